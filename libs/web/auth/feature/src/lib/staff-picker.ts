import { ChangeDetectionStrategy, Component, inject, input, model, signal } from '@angular/core';
import type { StaffMember } from '@kl/shared/contracts';
import { StaffApi, staffName } from '@kl/web/organisation/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';

/** A staff record an account is linked to: the person's own competence data. */
export interface LinkedStaff {
  id: string;
  name: string;
}

const SEARCH_DELAY_MS = 250;
const MAX_HITS = 8;

/**
 * Finds a staff record by name or employee number and links it: a search field and a list of
 * buttons, one per hit (plain controls rather than a combobox, so every screen reader and
 * keyboard can use it). A newer search makes the answers of older ones be ignored.
 */
@Component({
  selector: 'kl-staff-picker',
  template: `
    <div class="staff-picker">
      @if (selected(); as linked) {
        <p class="linked">
          Kopplad till <strong>{{ linked.name }}</strong>
          <button type="button" class="button-link" (click)="selected.set(null)">Ta bort kopplingen<span class="visually-hidden"> till {{ linked.name }}</span></button>
        </p>
      }
      <label [for]="inputId()">{{ label() }}</label>
      <p class="hint" [id]="inputId() + '-hint'">Sök på namn eller anställningsnummer.</p>
      <input
        type="search"
        [id]="inputId()"
        autocomplete="off"
        [attr.aria-describedby]="inputId() + '-hint'"
        [value]="query()"
        (input)="search($any($event.target).value)"
      />
      <p class="visually-hidden" role="status">{{ status() }}</p>
      @if (hits().length > 0) {
        <ul class="hits" [attr.aria-label]="'Träffar för ' + query()">
          @for (hit of hits(); track hit.id) {
            <li>
              <button type="button" class="button-secondary" (click)="choose(hit)">
                Koppla till {{ hit.name }}<span class="hit-facts"> – {{ hit.facts }}</span>
              </button>
            </li>
          }
        </ul>
      } @else if (message(); as text) {
        <p>{{ text }}</p>
      }
    </div>
  `,
  styleUrl: './auth-forms.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaffPicker {
  private readonly staff = inject(StaffApi);
  readonly inputId = input.required<string>();
  readonly label = input('Sök medarbetare att koppla kontot till');
  readonly selected = model<LinkedStaff | null>(null);

  protected readonly query = signal('');
  protected readonly hits = signal<(LinkedStaff & { facts: string })[]>([]);
  protected readonly message = signal<string | null>(null);
  protected readonly status = signal('');
  private timer?: ReturnType<typeof setTimeout>;
  private searches = 0;

  protected search(text: string): void {
    this.query.set(text);
    clearTimeout(this.timer);
    const term = text.trim();
    if (term.length < 2) {
      this.searches++;
      this.hits.set([]);
      this.message.set(null);
      this.status.set('');
      return;
    }
    this.timer = setTimeout(() => void this.load(term), SEARCH_DELAY_MS);
  }

  protected choose(hit: LinkedStaff): void {
    this.selected.set({ id: hit.id, name: hit.name });
    this.query.set('');
    this.hits.set([]);
    this.status.set(`Kontot kopplas till ${hit.name}.`);
  }

  private async load(term: string): Promise<void> {
    const search = ++this.searches;
    try {
      const page = await this.staff.list({ search: term, pageSize: MAX_HITS });
      if (search !== this.searches) return;
      this.hits.set(page.items.map((member) => ({ id: member.id, name: staffName(member), facts: facts(member) })));
      this.message.set(page.items.length === 0 ? `Ingen medarbetare matchar ”${term}”.` : null);
      this.status.set(page.items.length === 1 ? '1 träff.' : `${page.items.length} träffar.`);
    } catch (error) {
      if (search === this.searches) this.message.set(errorText(toErrorBody(error).code));
    }
  }
}

function facts(member: StaffMember): string {
  return `${member.employeeNumber}, ${member.unitName}`;
}
