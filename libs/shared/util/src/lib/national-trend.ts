import type { NationalLevel, NationalTrendPoint } from '@kl/shared/contracts';
import { CellIndex, exactShare, tenthsToDecimal } from './national-tables';
import type { TopicLineage } from './trend';

const LEVELS: readonly NationalLevel[] = ['G', 'F', 'S'];

/**
 * A topic's point in an earlier round: the FTE of its source topics there, pooled per level, and
 * the share of the pooled total (a renamed topic keeps its figures, a split one gives each half
 * the old figures, a merged one pools its sources; a new topic has none).
 */
export function trendPoint(round: string, lineage: TopicLineage, cells: CellIndex): NationalTrendPoint {
  const fte: Record<NationalLevel, bigint> = { G: 0n, F: 0n, S: 0n };
  for (const source of lineage.sources) {
    for (const level of LEVELS) fte[level] += cells.tenths('bedomning_fte', source, level);
  }
  const total = fte.G + fte.F + fte.S;
  return {
    round,
    kind: lineage.kind,
    fte: { G: tenthsToDecimal(fte.G), F: tenthsToDecimal(fte.F), S: tenthsToDecimal(fte.S) },
    total: tenthsToDecimal(total),
    share: { G: exactShare(fte.G, total), F: exactShare(fte.F, total), S: exactShare(fte.S, total) },
    n: Math.max(0, ...lineage.sources.map((s) => cells.coverage('bedomning_fte', s).nonzero)),
  };
}
