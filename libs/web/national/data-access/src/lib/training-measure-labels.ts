import { TRAINING_TARGET_MEASURES, type TrainingMeasure } from '@kl/shared/contracts';

const ROLE: Record<string, string> = { handlaggare: 'handläggare', arbetsledare: 'arbetsledare' };
const BAND: Record<string, string> = { under1ar: '< 1 års erfarenhet', '1till3ar': '1–3 års erfarenhet', minst3ar: 'minst 3 års erfarenhet' };

/** `deltagare_handlaggare_utan_socionom_1till3ar_antal` → "Deltagare: handläggare utan socionomexamen, 1–3 års erfarenhet". */
function targetLabel(measure: string): string {
  const [, role, ...rest] = measure.replace(/_antal$/, '').split('_');
  const band = rest[rest.length - 1];
  const degree = rest.includes('utan') ? 'utan socionomexamen' : 'med socionomexamen';
  return `Deltagare: ${ROLE[role]} ${degree}, ${BAND[band]}`;
}

/** The training measures of the submission (docs/national.md §7), in Swedish for the preview table. */
export const TRAINING_MEASURE_LABELS: Record<TrainingMeasure, string> = {
  aktivitet_hogskolekurs_antal: 'Genomförda aktiviteter: högskolekurs',
  aktivitet_endagskurs_antal: 'Genomförda aktiviteter: endagskurs',
  aktivitet_tvadagarskurs_antal: 'Genomförda aktiviteter: tvådagarskurs',
  aktivitet_handledning_antal: 'Genomförda aktiviteter: handledning',
  aktivitet_introduktionsprogram_antal: 'Genomförda aktiviteter: introduktionsprogram',
  aktivitet_uppdragsutbildning_antal: 'Genomförda aktiviteter: uppdragsutbildning',
  aktivitet_natverk_konferens_antal: 'Genomförda aktiviteter: nätverk eller konferens',
  aktivitet_webbutbildning_antal: 'Genomförda aktiviteter: webbutbildning',
  aktivitet_annan_antal: 'Genomförda aktiviteter: annan',
  aktivitet_hp_antal: 'Varav med högskolepoäng',
  aktivitet_samverkan_antal: 'Varav i samverkan med andra kommuner',
  aktivitet_inriktning_antal: 'Aktiviteter per inriktning',
  deltagare_inriktning_antal: 'Deltagare per inriktning',
  ...(Object.fromEntries(TRAINING_TARGET_MEASURES.map((m) => [m, targetLabel(m)])) as Record<
    (typeof TRAINING_TARGET_MEASURES)[number],
    string
  >),
  deltagare_hp: 'Deltagarnas högskolepoäng',
  introduktionsprogram_antal: 'Introduktionsprogram i bruk',
  statsbidrag_rekvirerat_kr: 'Statsbidrag rekvirerat (kr)',
  statsbidrag_anvant_kr: 'Statsbidrag använt (kr)',
};
