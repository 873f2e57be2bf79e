import type {
  CancellationReason,
  FundingSource,
  FundingSummary,
  RoundGaps,
  SuggestionReason,
  TargetLevel,
} from '@kl/shared/contracts';
import type { ExportTable } from '@kl/web/shared/util';

export const LEVEL_LABELS: Record<TargetLevel, string> = {
  basic: 'grundläggande',
  advanced: 'fördjupad',
};

export const FUNDING_LABELS: Record<FundingSource, string> = {
  ordinary_budget: 'Ordinarie budget',
  grant: 'Statsbidrag',
  other: 'Annan finansiering',
};

export const CANCELLATION_LABELS: Record<CancellationReason, string> = {
  workload: 'Arbetsbelastning',
  no_substitute: 'Vikarie saknas',
  illness: 'Sjukdom',
  course_cancelled: 'Kursen ställdes in',
  other: 'Annat',
};

/** A decimal from the API ("1.50") in Swedish ("1,50"). */
export function decimalText(value: string | null, suffix = ''): string {
  return value === null ? '–' : `${value.replace('.', ',')}${suffix}`;
}

/** Kronor: "12000.00" → "12 000 kr". */
export function moneyText(value: string): string {
  const [whole, fraction = '00'] = value.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${grouped}${fraction === '00' ? '' : `,${fraction}`} kr`;
}

/** Why a suggestion is where it is, in Swedish. */
export function reasonText(reason: SuggestionReason): string {
  switch (reason.kind) {
    case 'topic_level':
      return reason.fit === 'exact'
        ? `Ger ${LEVEL_LABELS[reason.courseLevel]} nivå, som behövs`
        : reason.fit === 'above'
          ? `Ger ${LEVEL_LABELS[reason.courseLevel]} nivå, mer än ${LEVEL_LABELS[reason.needed]} som behövs`
          : `Ger ${LEVEL_LABELS[reason.courseLevel]} nivå, mindre än ${LEVEL_LABELS[reason.needed]} som behövs`;
    case 'target_group':
      return reason.fits ? 'Passar målgruppen' : 'Riktar sig till en annan målgrupp';
    case 'session':
      return `Nästa tillfälle ${reason.startsOn}, ${reason.seatsLeft} platser kvar${reason.enoughSeats ? '' : ' (inte plats för alla)'}`;
    case 'no_session':
      return 'Inget bokningsbart tillfälle ännu';
    case 'cost':
      return `${moneyText(reason.perParticipant)} per deltagare, ${moneyText(reason.total)} för alla`;
  }
}

/** The gap list as an export table: shares as fractions, FTE as numbers. */
export function gapsExportTable(gaps: RoundGaps): ExportTable {
  return {
    sheetName: 'Kompetensglapp',
    columns: [
      { heading: 'Rang', kind: 'integer' },
      { heading: 'Område', kind: 'text' },
      { heading: 'Inriktning', kind: 'text' },
      { heading: 'Målnivå', kind: 'text' },
      { heading: 'Krav på andel', kind: 'share' },
      { heading: 'Bedömda årsarbetare', kind: 'decimal', decimals: 3, minDecimals: 2 },
      { heading: 'Årsarbetare under målnivå', kind: 'decimal', decimals: 3, minDecimals: 2 },
      { heading: 'Andel under målnivå', kind: 'share', emptyText: '–' },
      { heading: 'Glapp (årsarbetare)', kind: 'decimal', decimals: 3, minDecimals: 2 },
      { heading: 'Ej bedömda', kind: 'integer' },
    ],
    rows: gaps.topics.map((t) => [
      t.rank,
      t.areaName,
      `${t.topicCode} ${t.topicName}`,
      t.targetLevels.map((l) => LEVEL_LABELS[l]).join(', '),
      Number(t.requiredShare) / 100,
      Number(t.assessedFte),
      Number(t.belowFte),
      t.belowShare === null ? null : Number(t.belowShare) / 100,
      Number(t.gapFte),
      t.notAssessedStaff,
    ]),
  };
}

/** The year's costs per funding source, for the chart "kostnad per finansieringskälla". */
export function fundingSeries(summary: FundingSummary): { name: string; value: number }[] {
  return summary.sources.map((s) => ({
    name: FUNDING_LABELS[s.source],
    value: Number(s.used) + Number(s.planned),
  }));
}
