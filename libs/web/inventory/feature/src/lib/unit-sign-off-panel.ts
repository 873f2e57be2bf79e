import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  resource,
  signal,
} from '@angular/core';
import type { UnitProgress } from '@kl/shared/contracts';
import { InventoryApi } from '@kl/web/inventory/data-access';
import { formatDateTime } from '@kl/web/organisation/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';

/**
 * "Klar för enheten" beside the matrix: each unit in the caller's reach with how far it has come,
 * and a button to sign it off (or take that back). A new level in a unit undoes its sign-off, so
 * the list reads again after every save that wrote something (`revision`).
 */
@Component({
  selector: 'kl-unit-sign-off-panel',
  template: `
    <section class="panel sign-off" aria-labelledby="sign-off-heading">
      <h2 id="sign-off-heading">Klart för enheten?</h2>
      <p class="hint">
        Markera en enhet som klar när dess medarbetare är bedömda. Personalavdelningen ser vilka
        enheter som är klara. En ny bedömning i enheten tar bort markeringen.
      </p>
      @if (progress.error()) {
        <p class="field-error" role="alert">Enheternas läge kunde inte hämtas.</p>
      }
      @if (message(); as text) {
        <p role="status">{{ text }}</p>
      }
      <ul class="sign-off__units">
        @for (unit of units(); track unit.unitId) {
          <li>
            <strong>{{ unit.unitName }}</strong
            >: {{ unit.assessedStaff }} av {{ unit.staff }} bedömda.
            @if (unit.signOff; as done) {
              <span class="sign-off__done"
                >Klar – markerad av {{ done.signedByName ?? 'okänd' }} {{ when(done.signedAt) }}
                @if (done.unitId !== unit.unitId) {
                  , för {{ done.unitName }}
                }
                .</span
              >
              @if (done.unitId === unit.unitId) {
                <button
                  type="button"
                  class="button-secondary"
                  [disabled]="busy() || !editable()"
                  (click)="set(unit, false)"
                >
                  Ångra<span class="visually-hidden"> klarmarkeringen av {{ unit.unitName }}</span>
                </button>
              }
            } @else {
              <button
                type="button"
                class="button-secondary"
                [disabled]="busy() || !editable()"
                (click)="set(unit, true)"
              >
                Markera {{ unit.unitName }} som klar
              </button>
            }
          </li>
        } @empty {
          @if (!progress.isLoading()) {
            <li>Omgången har inga medarbetare i dina enheter.</li>
          }
        }
      </ul>
    </section>
  `,
  styles: `
    .sign-off__units {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 0.5rem;
    }
    .sign-off__units li {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    .sign-off__done {
      color: var(--color-success, #1b5e20);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UnitSignOffPanel {
  private readonly api = inject(InventoryApi);
  readonly roundId = input.required<string>();
  readonly revision = input(0);
  readonly editable = input(true);
  protected readonly busy = signal(false);
  protected readonly message = signal<string | null>(null);
  private readonly changed = signal(0);

  protected readonly progress = resource({
    params: () => ({ roundId: this.roundId(), revision: this.revision(), changed: this.changed() }),
    loader: ({ params }) => this.api.progress(params.roundId),
  });
  protected readonly units = computed(() =>
    this.progress.hasValue() ? this.progress.value().units : [],
  );
  protected readonly when = formatDateTime;

  protected async set(unit: UnitProgress, done: boolean): Promise<void> {
    this.busy.set(true);
    this.message.set(null);
    try {
      await this.api.signOff(this.roundId(), unit.unitId, done);
      this.message.set(
        done
          ? `${unit.unitName} är markerad som klar.`
          : `Klarmarkeringen av ${unit.unitName} är borttagen.`,
      );
    } catch (error) {
      this.message.set(errorText(toErrorBody(error).code));
    } finally {
      this.busy.set(false);
      this.changed.update((n) => n + 1);
    }
  }
}
