import type {
  NationalLevel,
  NationalTableFilters,
  NationalTableName,
  PublishedRoundDetail,
  PublishedTables,
} from '@kl/shared/contracts';
import { roundDecimalText } from '../decimal-text';
import { INDICATOR_LABELS, LEVEL_LABELS } from '../national-labels';
import { publishedFilterText, suppressionText } from './publication-definitions';
import {
  CASEWORKER_MEASURES,
  type PublishedNames,
  PUBLISHED_TABLE_TITLES,
  type StaffMeasure,
  TEAM_LEADER_MEASURES,
  valueAtKey,
} from './published-export';
import type { PublishedLine } from './published-lines';
import { publishedStaffingLines } from './published-staffing';
import { publishedTrainingLines } from './published-training';
import { PX_NOT_APPLICABLE, PX_SUPPRESSED, type PxTable, type PxVariable } from './px-file';

const LEVELS: readonly NationalLevel[] = ['G', 'F', 'S'];

/** A published value as a PX cell: the exact decimal text, `..` when left out, `.` when there is none. */
function cell(value: string | number | null, key: string, suppressed: readonly string[], asPercent = false): string {
  if (value === null) return suppressed.includes(key) ? PX_SUPPRESSED : PX_NOT_APPLICABLE;
  return asPercent ? percentText(String(value)) : String(value);
}

/** A published share (a fraction with 18 decimals) as percent with one decimal, rounded once. */
export function percentText(fraction: string): string {
  const [whole, decimals = ''] = fraction.split('.');
  const padded = decimals.padEnd(2, '0');
  const shifted = `${whole}${padded.slice(0, 2)}.${padded.slice(2) || '0'}`.replace(/^(-?)0+(?=\d)/, '$1');
  return roundDecimalText(shifted, 1);
}

/** `2026-12-04T10:15:00.000Z` as PX's CREATION-DATE, `CCYYMMDD hh:mm` in UTC. */
export function pxDate(iso: string): string {
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)} ${iso.slice(11, 16)}`;
}

/** What one published table is laid out as: stub, heading, content units, cells. */
interface Layout {
  stub: PxVariable[];
  heading: PxVariable[];
  content: { name: string; units: string[] };
  decimals: number;
  data: string[];
}

function topicsLayout(tables: PublishedTables, names: PublishedNames): Layout {
  const rows = tables.topics.rows;
  const columns = [
    ...LEVELS.flatMap((l) => [`${LEVEL_LABELS[l]}, årsarbetare`, `${LEVEL_LABELS[l]}, andel`]),
    'Totalt, årsarbetare',
    'N (kommuner)',
  ];
  return {
    stub: [{ name: 'inriktning', values: rows.map((r) => `${r.topic} ${names.topics.get(r.topic) ?? ''}`.trim()), codes: rows.map((r) => r.topic) }],
    heading: [{ name: 'uppgift', values: columns }],
    content: { name: 'uppgift', units: [...LEVELS.flatMap(() => ['årsarbetare', 'procent']), 'årsarbetare', 'kommuner'] },
    decimals: 1,
    data: rows.flatMap((r) => [
      ...LEVELS.flatMap((l) => [cell(r.fte[l], `fte.${l}`, r.suppressed), cell(r.share[l], `share.${l}`, r.suppressed, true)]),
      cell(r.total, 'total', r.suppressed),
      String(r.n),
    ]),
  };
}

function areasLayout(tables: PublishedTables, names: PublishedNames): Layout {
  const rows = tables.areas.rows;
  return {
    stub: [{ name: 'kompetensområde', values: rows.map((r) => `${r.area} ${names.areas.get(r.area) ?? ''}`.trim()), codes: rows.map((r) => r.area) }],
    heading: [
      {
        name: 'uppgift',
        values: [
          ...LEVELS.map((l) => `${LEVEL_LABELS[l]}, medel av inriktningarnas andelar`),
          ...LEVELS.map((l) => `${LEVEL_LABELS[l]}, andel av årsarbetarna`),
          ...LEVELS.map((l) => `${LEVEL_LABELS[l]}, årsarbetare`),
          'N (kommuner)',
        ],
      },
    ],
    content: { name: 'uppgift', units: [...LEVELS.map(() => 'procent'), ...LEVELS.map(() => 'procent'), ...LEVELS.map(() => 'årsarbetare'), 'kommuner'] },
    decimals: 1,
    data: rows.flatMap((r) => [
      ...LEVELS.map((l) => cell(r.meanOfTopicShares[l], `meanOfTopicShares.${l}`, r.suppressed, true)),
      ...LEVELS.map((l) => cell(r.pooledShare[l], `pooledShare.${l}`, r.suppressed, true)),
      ...LEVELS.map((l) => cell(r.fte[l], `fte.${l}`, r.suppressed)),
      String(r.n),
    ]),
  };
}

/** A staff table: its measures (and the N each rests on) down the stub, the round across. */
function staffLayout(table: PublishedTables['caseworkers'] | PublishedTables['team-leaders'], measures: readonly StaffMeasure[], round: string): Layout {
  const nRows = [...new Set(measures.map((m) => m.n))];
  const nLabel = (n: StaffMeasure['n']) => (n === 'n' ? 'N (kommuner)' : 'N, utbildning (kommuner)');
  return {
    stub: [{ name: 'uppgift', values: [...measures.map((m) => m.label), ...nRows.map(nLabel)], codes: [...measures.map((m) => m.key), ...nRows] }],
    heading: [{ name: 'omgång', values: [round] }],
    content: { name: 'uppgift', units: [...measures.map((m) => m.unit), ...nRows.map(() => 'kommuner')] },
    decimals: measures.some((m) => m.unit === 'årsarbetare') ? 1 : 0,
    data: [
      ...measures.map((m) => cell(valueAtKey(table, m.key), m.key, table.suppressed)),
      ...nRows.map((n) => String(valueAtKey(table, n))),
    ],
  };
}

function indicatorsLayout(tables: PublishedTables): Layout {
  const rows = tables.indicators.rows;
  return {
    stub: [{ name: 'indikator', values: rows.map((r) => INDICATOR_LABELS[r.measure]), codes: rows.map((r) => r.measure) }],
    heading: [{ name: 'svar', values: ['Ja', 'Delvis', 'Nej', 'N (kommuner)'] }],
    content: { name: 'svar', units: ['kommuner', 'kommuner', 'kommuner', 'kommuner'] },
    decimals: 0,
    data: rows.flatMap((r) => [cell(r.ja, 'ja', r.suppressed), cell(r.delvis, 'delvis', r.suppressed), cell(r.nej, 'nej', r.suppressed), String(r.n)]),
  };
}

const MATRIX: Record<NationalTableName, string> = {
  topics: 'KLInriktning',
  areas: 'KLOmrade',
  caseworkers: 'KLHandlaggare',
  'team-leaders': 'KLArbetsledare',
  indicators: 'KLIndikator',
  training: 'KLUtbildning',
  staffing: 'KLBemanning',
};

/** One published table of one filter as a PX table, with the round, the filter and the policy in its texts. */
export function publishedPxTable(
  table: NationalTableName,
  tables: PublishedTables,
  detail: PublishedRoundDetail,
  filters: NationalTableFilters,
  names: PublishedNames,
): PxTable {
  const layout =
    table === 'topics'
      ? topicsLayout(tables, names)
      : table === 'areas'
        ? areasLayout(tables, names)
        : table === 'caseworkers'
          ? staffLayout(tables.caseworkers, CASEWORKER_MEASURES, detail.code)
          : table === 'team-leaders'
            ? staffLayout(tables['team-leaders'], TEAM_LEADER_MEASURES, detail.code)
            : table === 'training'
              ? linesLayout(publishedTrainingLines(tables.training, names), 'antal, procent eller kronor')
              : table === 'staffing'
                ? linesLayout(publishedStaffingLines(tables.staffing), 'antal, medelantal, årsarbetare, procent, dagar eller kommuner')
                : indicatorsLayout(tables);
  const filterText = publishedFilterText(filters, detail);
  const title = `${PUBLISHED_TABLE_TITLES[table]}, omgång ${detail.code}, ${filterText.charAt(0).toLowerCase()}${filterText.slice(1)}`;
  return {
    matrix: MATRIX[table],
    subjectCode: 'KL',
    subjectArea: 'Kompetens i socialtjänstens myndighetsutövning',
    title,
    contents: PUBLISHED_TABLE_TITLES[table],
    units: layout.content.units[0],
    contentVariable: layout.content,
    stub: layout.stub,
    heading: layout.heading,
    decimals: layout.decimals,
    creationDate: pxDate(detail.publishedAt),
    source: 'Kompetensläget, kommunernas inlämningar till den nationella omgången',
    notes: [
      `Referensdatum ${detail.referenceDate}. Urval: ${filterText}.`,
      suppressionText(detail.policy),
      `"." betyder att uppgift inte kan förekomma (en andel av inga bedömda).`,
      ...(detail.sequence > 1 ? [`Rättelse ${detail.sequence - 1}: ${detail.note ?? ''}`] : []),
    ],
    data: layout.data,
  };
}

/** A table published as lines (training, staffing): the lines down the stub, one value across, units named in each line. */
function linesLayout(lines: readonly PublishedLine[], units: string): Layout {
  return {
    stub: [{ name: 'uppgift', values: lines.map((l) => l.label) }],
    heading: [{ name: 'mått', values: ['Värde'] }],
    content: { name: 'mått', units: [`${units} (se uppgiften)`] },
    decimals: 1,
    data: lines.map((l) => cell(l.value, l.key, l.suppressed, l.unit === 'procent')),
  };
}
