import type { SendRemindersResult, UnitProgress } from '@kl/shared/contracts';
import type { ExportTable } from '@kl/web/shared/util';

/** "Klar – Nora Norr 2026-12-03 10:15" or "Ej klar", as the progress table and its export say it. */
export function signOffText(unit: UnitProgress, formatTime: (iso: string) => string): string {
  const done = unit.signOff;
  if (!done) return 'Ej klar';
  const by = done.signedByName ?? 'okänd';
  const covering = done.unitId === unit.unitId ? '' : ` (för ${done.unitName})`;
  return `Klar – ${by} ${formatTime(done.signedAt)}${covering}`;
}

/** Units done and in all, for the heading of the follow-up. */
export function progressSummary(units: readonly UnitProgress[]): string {
  const done = units.filter((u) => u.signOff !== null).length;
  const staff = units.reduce((n, u) => n + u.staff, 0);
  const assessed = units.reduce((n, u) => n + u.assessedStaff, 0);
  return `${done} av ${units.length} enheter klara; ${assessed} av ${staff} medarbetare har minst en bedömning.`;
}

/** What a reminder did, in Swedish. */
export function remindersText(result: SendRemindersResult): string {
  if (result.recipients === 0)
    return 'Ingen påminnelse skickades: ingen arbetsledare med konto leder enheterna som inte är klara.';
  const mail =
    result.emailed === 0
      ? 'Påminnelsen syns när de loggar in (e-post är inte inställd).'
      : `${result.emailed} av dem fick den också med e-post.`;
  return `Påminnelse skickad till ${result.recipients} arbetsledare. ${mail}`;
}

export function progressExportTable(
  units: readonly UnitProgress[],
  formatTime: (iso: string) => string,
): ExportTable {
  return {
    sheetName: 'Enheter',
    columns: [
      { heading: 'Enhet', kind: 'text' },
      { heading: 'Medarbetare', kind: 'integer' },
      { heading: 'Bedömda', kind: 'integer' },
      { heading: 'Klar', kind: 'text' },
      { heading: 'Arbetsledare', kind: 'text' },
    ],
    rows: units.map((u) => [
      u.unitName,
      u.staff,
      u.assessedStaff,
      signOffText(u, formatTime),
      u.teamLeaders.map((l) => l.displayName).join(', '),
    ]),
  };
}
