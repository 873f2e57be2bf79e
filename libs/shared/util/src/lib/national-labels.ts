import type { IndicatorMeasure, NationalLevel } from '@kl/shared/contracts';

/** The national tables' words, shared by the pages and the files the API writes. */
export const LEVEL_LABELS: Record<NationalLevel, string> = {
  G: 'Grundläggande (G)',
  F: 'Fördjupad (F)',
  S: 'Saknar tillräcklig (S)',
};

export const INDICATOR_LABELS: Record<IndicatorMeasure, string> = {
  ind_samlad_plan_handlaggare: 'Samlad plan för handläggarnas kompetensutveckling',
  ind_plan_arbetsledare: 'Plan för varje arbetsledares kompetensutveckling',
  ind_plan_foljs_upp_arligen: 'Planerna följs upp årligen',
  ind_uppfoljning_medarbetarsamtal: 'Kompetensen följs upp vid medarbetarsamtal',
  ind_genomfort_handlaggare: 'Planerad utbildning för handläggare genomförd',
  ind_genomfort_arbetsledare: 'Planerad utbildning för arbetsledare genomförd',
  ind_forvaltat: 'Genomförd utbildning förvaltad i praktiken',
};
