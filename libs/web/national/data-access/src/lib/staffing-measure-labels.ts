import type { StaffingMeasure } from '@kl/shared/contracts';

/** The staffing measures of the submission (docs/national.md §10), in Swedish for the preview table. */
export const STAFFING_MEASURE_LABELS: Record<StaffingMeasure, string> = {
  anstallda_handlaggare_medelantal: 'Handläggare: medelantal anställda under året',
  slutat_handlaggare_antal: 'Handläggare: slutat under året',
  anstallda_handlaggare_fte: 'Handläggare: anställda på referensdatum (årsarbetare)',
  konsult_handlaggare_fte: 'Handläggare: konsulter på referensdatum (årsarbetare)',
  anstallda_arbetsledare_medelantal: 'Arbetsledare: medelantal anställda under året',
  slutat_arbetsledare_antal: 'Arbetsledare: slutat under året',
  anstallda_arbetsledare_fte: 'Arbetsledare: anställda på referensdatum (årsarbetare)',
  konsult_arbetsledare_fte: 'Arbetsledare: konsulter på referensdatum (årsarbetare)',
  slutat_orsak_annan_kommun_antal: 'Slutat, orsak: annan kommuns socialtjänst',
  slutat_orsak_annan_arbetsgivare_antal: 'Slutat, orsak: annan arbetsgivare',
  slutat_orsak_lamnat_yrket_antal: 'Slutat, orsak: lämnat yrket',
  slutat_orsak_pension_antal: 'Slutat, orsak: pension',
  slutat_orsak_annat_antal: 'Slutat, orsak: annat',
  slutat_orsak_ej_angiven_antal: 'Slutat, orsak ej angiven',
  vakans_oppen_antal: 'Vakanser öppna på referensdatum',
  vakans_oppen_fte: 'Vakanser öppna på referensdatum (årsarbetare)',
  vakans_oppen_latt_antal: 'Varav lätta att tillsätta',
  vakans_oppen_svar_antal: 'Varav svåra att tillsätta',
  vakans_oppen_mycket_svar_antal: 'Varav mycket svåra att tillsätta',
  vakans_oppen_konsult_antal: 'Varav täckta av konsult',
  vakans_tillsatt_antal: 'Vakanser tillsatta under året',
  vakans_tillsatt_dagar: 'Dagar från öppnad till tillsatt, summa för årets tillsatta vakanser',
};
