import type {
  CancellationReason,
  FundingSource,
  SuggestionReason,
  TargetLevel,
} from '@kl/shared/contracts';

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
