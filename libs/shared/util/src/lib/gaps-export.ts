import type { RoundGaps, TargetLevel } from '@kl/shared/contracts';
import type { ExportTable } from './export-table';

const TARGET_LEVEL_TEXT: Record<TargetLevel, string> = {
  basic: 'grundläggande',
  advanced: 'fördjupad',
};

/**
 * The gap list as an export table (XLSX and CSV from `GET /api/rounds/:id/gaps/export`): shares
 * as fractions, FTE as numbers, Swedish headings. Every figure is the API's, rounded as it sends it.
 */
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
      { heading: 'Personer under målnivå', kind: 'integer' },
      { heading: 'Ej bedömda', kind: 'integer' },
    ],
    rows: gaps.topics.map((t) => [
      t.rank,
      t.areaName,
      `${t.topicCode} ${t.topicName}`,
      t.targetLevels.map((l) => TARGET_LEVEL_TEXT[l]).join(', '),
      Number(t.requiredShare) / 100,
      Number(t.assessedFte),
      Number(t.belowFte),
      t.belowShare === null ? null : Number(t.belowShare) / 100,
      Number(t.gapFte),
      t.belowStaff,
      t.notAssessedStaff,
    ]),
  };
}
