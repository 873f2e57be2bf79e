import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthStore } from '@kl/web/auth/data-access';
import { flattenUnitTree, UnitsApi, type UnitOption } from '@kl/web/organisation/data-access';
import { ExportButtons } from '@kl/web/shared/ui';
import { type ChartSeries, GroupedBarChart, LineChart } from '@kl/web/shared/ui-charts';
import { errorText, toErrorBody } from '@kl/web/shared/util';
import {
  AGE_BAND_TEXT,
  ageTable,
  DIFFICULTY_TEXT,
  forecastTable,
  headcountTable,
  LEAVING_REASON_TEXT,
  numberText,
  percentText,
  rangeText,
  retentionTable,
  riskTable,
  turnoverTable,
  vacanciesTable,
  WorkforceApi,
} from '@kl/web/workforce/data-access';
import {
  LEAVING_REASONS,
  type PlannedChange,
  type StaffRole,
  VACANCY_DIFFICULTIES,
  type Vacancy,
  type VacancyDifficulty,
  type WorkforceFigures,
  type WorkforceForecast,
  type WorkforceSettings,
} from '@kl/shared/contracts';

const thisYear = new Date().getFullYear();

/**
 * /bemanning: the staffing of the last five years and the need of the next three on one page
 * (docs/workforce.md). HR sees it all and enters vacancies, planned changes and the pension age;
 * a team leader sees their units' figures, small groups shown as "..".
 */
@Component({
  selector: 'kl-workforce-page',
  imports: [RouterLink, ExportButtons, GroupedBarChart, LineChart],
  templateUrl: './workforce-page.html',
  styleUrl: './workforce-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WorkforcePage {
  private readonly api = inject(WorkforceApi);
  private readonly unitsApi = inject(UnitsApi);
  protected readonly isAdmin = inject(AuthStore).role() === 'municipality_admin';

  protected readonly units = signal<UnitOption[]>([]);
  protected readonly unitId = signal('');
  protected readonly role = signal<StaffRole | ''>('caseworker');
  protected readonly fromYear = signal(thisYear - 5);
  protected readonly years = Array.from({ length: 11 }, (_v, i) => thisYear - 10 + i);
  protected readonly figures = signal<WorkforceFigures | null>(null);
  protected readonly forecast = signal<WorkforceForecast | null>(null);
  protected readonly vacancies = signal<Vacancy[]>([]);
  protected readonly changes = signal<PlannedChange[]>([]);
  protected readonly settings = signal<WorkforceSettings | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly saved = signal<string | null>(null);

  protected readonly reasons = [...LEAVING_REASONS, 'unknown'] as const;
  protected readonly reasonText = LEAVING_REASON_TEXT;
  protected readonly difficulties = VACANCY_DIFFICULTIES;
  protected readonly difficultyText = DIFFICULTY_TEXT;
  protected readonly ageText = AGE_BAND_TEXT;
  protected readonly num = numberText;
  protected readonly pct = percentText;
  protected readonly range = rangeText;
  protected readonly openVacancies = computed(() => this.vacancies().filter((v) => v.filledOn === null));

  protected readonly turnoverSeries = computed<ChartSeries[]>(() => {
    const years = (this.figures()?.turnoverByYear ?? []).filter((t) => t.rate !== null);
    return years.length ? [{ name: 'Personalomsättning', series: years.map((t) => ({ name: t.from.slice(0, 4), value: Math.round(Number(t.rate) * 1000) / 10 })) }] : [];
  });
  protected readonly ageSeries = computed<ChartSeries[]>(() =>
    (this.figures()?.ageStructure ?? []).map((b) => ({ name: AGE_BAND_TEXT[b.band], series: [{ name: 'Anställda', value: b.headcount }] })),
  );
  protected readonly forecastSeries = computed<ChartSeries[]>(() =>
    (this.forecast()?.years ?? []).map((y) => ({
      name: String(y.year),
      series: [
        { name: 'Lägst', value: Number(y.recruitment.low) },
        { name: 'Förväntat', value: Number(y.recruitment.expected) },
        { name: 'Högst', value: Number(y.recruitment.high) },
      ],
    })),
  );

  protected readonly tables = {
    headcount: () => headcountTable(this.required(this.figures())),
    turnover: () => turnoverTable(this.required(this.figures())),
    retention: () => retentionTable(this.required(this.figures())),
    age: () => ageTable(this.required(this.figures())),
    vacancies: () => vacanciesTable(this.vacancies()),
    forecast: () => forecastTable(this.required(this.forecast())),
    risk: () => riskTable(this.required(this.forecast())),
  };

  constructor() {
    void this.unitsApi.tree().then((tree) => this.units.set(flattenUnitTree(tree).filter((u) => !u.closed)), () => this.units.set([]));
    void this.load();
  }

  private required<T>(value: T | null): T {
    if (value === null) throw new Error('Nothing loaded yet');
    return value;
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    const query = { unitId: this.unitId() || undefined, role: this.role() || undefined, from: `${this.fromYear()}-01-01` };
    try {
      const [figures, vacancies] = await Promise.all([this.api.figures(query), this.api.vacancies({ unitId: query.unitId, role: query.role })]);
      this.figures.set(figures);
      this.vacancies.set(vacancies);
      if (this.isAdmin) {
        const [forecast, changes, settings] = await Promise.all([
          this.api.forecast({ unitId: query.unitId, role: query.role }),
          this.api.plannedChanges(),
          this.api.settings(),
        ]);
        this.forecast.set(forecast);
        this.changes.set(changes);
        this.settings.set(settings);
      }
    } catch (error) {
      this.error.set(errorText(toErrorBody(error).code));
    } finally {
      this.loading.set(false);
    }
  }

  protected choose(event: Event, field: 'unit' | 'role' | 'from'): void {
    const value = (event.target as HTMLSelectElement).value;
    if (field === 'unit') this.unitId.set(value);
    if (field === 'role') this.role.set(value as StaffRole | '');
    if (field === 'from') this.fromYear.set(Number(value));
    void this.load();
  }

  protected suppressed(key: string): boolean {
    return this.figures()?.suppressed.includes(key) ?? false;
  }

  protected async addVacancy(form: HTMLFormElement): Promise<void> {
    const data = new FormData(form);
    await this.save(form, 'Vakansen är sparad.', () =>
      this.api.createVacancy({
        unitId: String(data.get('unitId') ?? ''),
        role: String(data.get('role')) as StaffRole,
        fte: Number(String(data.get('fte') ?? '').replace(',', '.')),
        openedOn: String(data.get('openedOn') ?? ''),
        difficulty: String(data.get('difficulty')) as VacancyDifficulty,
        coveredByConsultant: data.get('coveredByConsultant') === 'on',
      }),
    );
  }

  protected async markFilled(vacancy: Vacancy, input: HTMLInputElement): Promise<void> {
    await this.save(null, 'Vakansen är markerad som tillsatt.', () => this.api.updateVacancy(vacancy.id, { ...vacancy, filledOn: input.value || null }));
  }

  protected async addChange(form: HTMLFormElement): Promise<void> {
    const data = new FormData(form);
    await this.save(form, 'Den planerade förändringen är sparad.', () =>
      this.api.createPlannedChange({
        unitId: String(data.get('unitId') ?? '') || null,
        role: String(data.get('role')) as StaffRole,
        year: Number(data.get('year')),
        headcountChange: Number(data.get('headcountChange')),
        note: String(data.get('note') ?? '') || null,
      }),
    );
  }

  /** A vacancy entered by mistake (a filled one is marked filled, not removed). */
  protected async removeVacancy(vacancy: Vacancy): Promise<void> {
    await this.save(null, 'Vakansen är borttagen.', () => this.api.deleteVacancy(vacancy.id));
  }

  protected async removeChange(change: PlannedChange): Promise<void> {
    await this.save(null, 'Den planerade förändringen är borttagen.', () => this.api.deletePlannedChange(change.id));
  }

  protected async savePensionAge(input: HTMLInputElement): Promise<void> {
    const current = this.settings();
    if (!current) return;
    await this.save(null, 'Pensionsåldern är sparad.', () => this.api.updateSettings({ pensionAge: Number(input.value), version: current.version }));
  }

  private async save(form: HTMLFormElement | null, message: string, write: () => Promise<unknown>): Promise<void> {
    this.error.set(null);
    this.saved.set(null);
    try {
      await write();
      form?.reset();
      this.saved.set(message);
      await this.load();
    } catch (error) {
      const body = toErrorBody(error);
      const fields = body.errors ? ` (${Object.keys(body.errors).join(', ')})` : '';
      this.error.set(`${errorText(body.code)}${fields}`);
    }
  }

  protected readonly forecastYears = [thisYear + 1, thisYear + 2, thisYear + 3];
}
