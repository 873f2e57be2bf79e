import { Injectable } from '@nestjs/common';
import { type Actor, ScopedData, SqlParams } from '@kl/api/core';
import type { ResponseRate, SubmissionStatus, SubmissionStatusKommun } from '@kl/shared/contracts';
import { exactShare } from '@kl/shared/util';
import { loadNationalRound } from './national-round-row';

/** Which kommuner have submitted to a round, the response rate per län and kommungrupp, and who to remind. */
@Injectable()
export class SubmissionStatusService {
  constructor(private readonly data: ScopedData) {}

  status(actor: Actor, code: string): Promise<SubmissionStatus> {
    return this.data.inAggregates(actor, async (tx) => {
      const round = await loadNationalRound(tx, code);
      const p = new SqlParams(round.id, round.classificationId);
      const kommuner = await tx.query<SubmissionStatusKommun & { countyName: string; groupName: string | null }>(
        `SELECT m.code::text AS kommunkod, m.name, c.code::text AS "countyCode", c.name AS "countyName",
                g.code AS "groupCode", g.name AS "groupName",
                to_char(s.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "submittedAt", s.source
         FROM municipality m
         JOIN county c ON c.id = m.county_id
         LEFT JOIN municipality_group_membership gm ON gm.municipality_id = m.id AND gm.classification_id = $2
         LEFT JOIN municipality_group g ON g.id = gm.group_id
         LEFT JOIN national_submission s ON s.municipality_id = m.id AND s.national_round_id = $1 AND s.replaced_at IS NULL
         WHERE ${tx.countyFilter(p, 'c.code')}
         ORDER BY m.code`,
        p,
      );
      return {
        round: round.code,
        kommuner: kommuner.map(({ countyName: _c, groupName: _g, ...k }) => k),
        byCounty: rates(kommuner, (k) => [k.countyCode, k.countyName]),
        byGroup: rates(kommuner, (k) => [k.groupCode ?? '', k.groupName ?? 'Utan kommungrupp']),
        total: rate('all', 'Hela landet', kommuner),
      };
    }, 'National round');
  }
}

function rates<T extends { submittedAt: string | null }>(
  kommuner: readonly T[],
  by: (k: T) => [code: string, name: string],
): ResponseRate[] {
  const groups = new Map<string, { name: string; members: T[] }>();
  for (const k of kommuner) {
    const [code, name] = by(k);
    const group = groups.get(code) ?? { name, members: [] };
    group.members.push(k);
    groups.set(code, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'sv'))
    .map(([code, g]) => rate(code, g.name, g.members));
}

function rate(code: string, name: string, members: readonly { submittedAt: string | null }[]): ResponseRate {
  const submitted = members.filter((m) => m.submittedAt !== null).length;
  return { code, name, submitted, kommuner: members.length, rate: exactShare(BigInt(submitted), BigInt(members.length)) };
}
