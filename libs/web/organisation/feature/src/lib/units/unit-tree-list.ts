import { ChangeDetectionStrategy, Component, computed, forwardRef, input, output } from '@angular/core';
import type { OrgUnitTreeNode } from '@kl/shared/contracts';
import { ORG_UNIT_KIND_LABELS, SERVICE_AREA_LABELS } from '@kl/web/organisation/data-access';

export type UnitActionKind = 'edit' | 'move' | 'close' | 'delete';

export interface UnitAction {
  kind: UnitActionKind;
  unit: OrgUnitTreeNode;
}

/** One level of the unit tree as a nested list; each unit has its facts and its actions. */
@Component({
  selector: 'kl-unit-tree-list',
  // The list renders its subunits with itself.
  imports: [forwardRef(() => UnitTreeList)],
  template: `
    <ul class="unit-tree" [class.is-nested]="nested()">
      @for (row of rows(); track row.node.id) {
        <li>
          <div class="unit-row">
            <span class="unit-name" [id]="'unit-' + row.node.id">{{ row.node.name }}</span>
            <span class="unit-facts">{{ row.facts }}</span>
            @if (row.closed) {
              <span class="tag">Stängd</span>
            }
            <span class="unit-actions" role="group" [attr.aria-label]="row.actionsLabel">
              <button type="button" class="button-link" [id]="'edit-' + row.node.id" (click)="act.emit({ kind: 'edit', unit: row.node })">
                Ändra<span class="visually-hidden"> {{ row.node.name }}</span>
              </button>
              <button type="button" class="button-link" [id]="'move-' + row.node.id" (click)="act.emit({ kind: 'move', unit: row.node })">
                Flytta<span class="visually-hidden"> {{ row.node.name }}</span>
              </button>
              @if (!row.closed) {
                <button type="button" class="button-link" [id]="'close-' + row.node.id" (click)="act.emit({ kind: 'close', unit: row.node })">
                  Stäng<span class="visually-hidden"> {{ row.node.name }}</span>
                </button>
              }
              <button type="button" class="button-link" [id]="'delete-' + row.node.id" (click)="act.emit({ kind: 'delete', unit: row.node })">
                Ta bort<span class="visually-hidden"> {{ row.node.name }}</span>
              </button>
            </span>
          </div>
          @if (row.node.children.length) {
            <kl-unit-tree-list [nodes]="row.node.children" [nested]="true" (act)="act.emit($event)" />
          }
        </li>
      }
    </ul>
  `,
  styleUrl: './unit-tree-list.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UnitTreeList {
  readonly nodes = input.required<OrgUnitTreeNode[]>();
  /** A subunit list: indented under its parent, with a line showing where the level runs. */
  readonly nested = input(false);
  readonly act = output<UnitAction>();

  protected readonly rows = computed(() =>
    this.nodes().map((node) => ({
      node,
      closed: node.closedAt !== null,
      facts: unitFacts(node),
      actionsLabel: `Åtgärder för ${node.name}`,
    })),
  );
}

/** "Enhet · Barn och unga · 3 anställda" */
export function unitFacts(unit: OrgUnitTreeNode): string {
  const staff = unit.activeStaffCount === 1 ? '1 anställd' : `${unit.activeStaffCount} anställda`;
  return [ORG_UNIT_KIND_LABELS[unit.kind], SERVICE_AREA_LABELS[unit.serviceAreaCode], staff].join(' · ');
}
