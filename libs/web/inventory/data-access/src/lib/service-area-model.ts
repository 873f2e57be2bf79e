import type { ServiceAreaHeadline } from '@kl/shared/contracts';
import { SERVICE_AREA_LABELS } from '@kl/web/organisation/data-access';
import { type ExportTable, swedishPercent } from '@kl/web/shared/util';
import { coverageText, LEVEL_COLUMNS, levelFraction } from './dashboard-model';

/** One service area on the overview, every figure already written in Swedish. */
export interface ServiceAreaRow {
  roundId: string;
  serviceArea: string;
  roundName: string;
  framework: string;
  coverage: string;
  /** Share per level of every topic pooled, in LEVEL_COLUMNS order. */
  shares: string[];
  weakestTopic: string;
}

export function serviceAreaRows(headlines: readonly ServiceAreaHeadline[]): ServiceAreaRow[] {
  return headlines.map((headline) => ({
    roundId: headline.round.id,
    serviceArea: SERVICE_AREA_LABELS[headline.serviceAreaCode],
    roundName: headline.round.name,
    framework: `${headline.frameworkCode}, version ${headline.frameworkVersion} (${headline.topicCount} inriktningar)`,
    coverage: coverageText(headline.coverage),
    shares: LEVEL_COLUMNS.map(({ level }) => swedishPercent(headline.overall.shares[level])),
    weakestTopic: headline.weakestTopic
      ? `${headline.weakestTopic.name} (${swedishPercent(headline.weakestTopic.insufficientShare)} saknar tillräcklig)`
      : '–',
  }));
}

/** The same for export: shares as unrounded fractions of the exact FTE sums. */
export function serviceAreaExportTable(headlines: readonly ServiceAreaHeadline[]): ExportTable {
  return {
    sheetName: 'Verksamhetsområden',
    columns: [
      { heading: 'Verksamhetsområde', kind: 'text' },
      { heading: 'Inventeringsomgång', kind: 'text' },
      { heading: 'Referensdatum', kind: 'date' },
      { heading: 'Kompetensramverk', kind: 'text' },
      { heading: 'Medarbetare', kind: 'integer' },
      { heading: 'Bedömda', kind: 'integer' },
      ...LEVEL_COLUMNS.map(({ heading }) => ({ heading: `${heading}, andel`, kind: 'share' as const, emptyText: '–' })),
      { heading: 'Störst andel saknar tillräcklig', kind: 'text' },
    ],
    rows: headlines.map((headline) => [
      SERVICE_AREA_LABELS[headline.serviceAreaCode],
      headline.round.name,
      headline.round.referenceDate,
      `${headline.frameworkCode}, version ${headline.frameworkVersion}`,
      headline.coverage.staff,
      headline.coverage.assessedStaff,
      ...LEVEL_COLUMNS.map(({ level }) => levelFraction(headline.overall, level)),
      headline.weakestTopic ? `${headline.weakestTopic.code} ${headline.weakestTopic.name}` : '',
    ]),
  };
}
