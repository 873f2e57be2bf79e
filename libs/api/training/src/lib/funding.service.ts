import { Injectable } from '@nestjs/common';
import {
  type Actor,
  type KommunTransaction,
  NotFoundError,
  ScopedData,
  StaleVersionError,
  ValidationFailedError,
} from '@kl/api/core';
import {
  FUNDING_SOURCES,
  type FundingSummary,
  type SaveGrantRequest,
  type StateGrant,
} from '@kl/shared/contracts';
import { toScaled } from '@kl/shared/util';
import { moneyText } from './dto/money';

/** Money bound: booked, done, or not attended (the seat was paid for). Planned is only planned. */
const BOUND = `('booked', 'completed', 'no_show')`;

const GRANT_SELECT = `
  SELECT g.id, g.name, g.year, g.granted::text AS granted, g.requisitioned::text AS requisitioned,
         coalesce(sum(pa.cost) FILTER (WHERE pa.status IN ${BOUND}), 0)::numeric(12,2)::text AS used,
         coalesce(sum(pa.cost) FILTER (WHERE pa.status = 'planned'), 0)::numeric(12,2)::text AS planned,
         (g.granted - coalesce(sum(pa.cost) FILTER (WHERE pa.status IN ${BOUND}), 0))::numeric(12,2)::text AS left,
         g.row_version AS version
  FROM state_grant g
  LEFT JOIN participation pa ON pa.grant_id = g.id AND pa.municipality_id = g.municipality_id`;

/**
 * Funding: the kommun's statsbidrag with what is used and left, and every cost of a year by
 * source. Totals are sums in PostgreSQL numeric, never floats. The administrator's work.
 */
@Injectable()
export class FundingService {
  constructor(private readonly data: ScopedData) {}

  grants(actor: Actor): Promise<StateGrant[]> {
    return this.data.inKommun(actor, (tx) => loadGrants(tx, 'true', []));
  }

  create(actor: Actor, request: SaveGrantRequest): Promise<StateGrant> {
    return this.data.inKommun(actor, async (tx) => {
      await requireNameFree(tx, request, null);
      const [{ id }] = await tx.query<{ id: string }>(
        `INSERT INTO state_grant (municipality_id, name, year, granted, requisitioned)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [
          tx.municipalityId,
          request.name,
          request.year,
          moneyText(request.granted),
          moneyText(request.requisitioned ?? '0'),
        ],
      );
      const grant = await requireGrant(tx, id);
      await tx.audit({
        entityType: 'state_grant',
        entityId: id,
        action: 'create',
        before: null,
        after: grant,
      });
      return grant;
    });
  }

  update(actor: Actor, id: string, request: SaveGrantRequest): Promise<StateGrant> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const before = await requireGrant(tx, id);
        if (request.version === undefined) throw new ValidationFailedError({ version: 'required' });
        if (before.version !== request.version) throw new StaleVersionError('Grant', before);
        await requireNameFree(tx, request, id);
        // Less granted than is already bound would leave the grant overdrawn.
        const bound = toScaled(before.granted, 2) - toScaled(before.left, 2);
        if (toScaled(moneyText(request.granted), 2) < bound)
          throw new ValidationFailedError({ granted: 'min' });
        const updated = await tx.modify<{ id: string }>(
          `UPDATE state_grant SET name = $3, year = $4, granted = $5, requisitioned = $6,
                  row_version = row_version + 1, updated_at = now()
           WHERE municipality_id = $1 AND id = $2 AND row_version = $7 RETURNING id`,
          [
            tx.municipalityId,
            id,
            request.name,
            request.year,
            moneyText(request.granted),
            moneyText(request.requisitioned ?? before.requisitioned),
            request.version,
          ],
        );
        if (updated.length === 0) throw new StaleVersionError('Grant', await requireGrant(tx, id));
        const after = await requireGrant(tx, id);
        await tx.audit({
          entityType: 'state_grant',
          entityId: id,
          action: 'update',
          before,
          after,
        });
        return after;
      },
      'Grant',
    );
  }

  /** Every cost of sessions starting in the year, by funding source; and the year's grants. */
  summary(actor: Actor, year: number): Promise<FundingSummary> {
    return this.data.inKommun(actor, async (tx) => {
      const rows = await tx.query<{ source: string; used: string; planned: string }>(
        `SELECT pa.funding_source AS source,
                coalesce(sum(pa.cost) FILTER (WHERE pa.status IN ${BOUND}), 0)::numeric(12,2)::text AS used,
                coalesce(sum(pa.cost) FILTER (WHERE pa.status = 'planned'), 0)::numeric(12,2)::text AS planned
         FROM participation pa JOIN course_session s ON s.id = pa.session_id
         WHERE pa.municipality_id = $1 AND extract(year FROM s.starts_on) = $2
         GROUP BY pa.funding_source`,
        [tx.municipalityId, year],
      );
      const bySource = new Map(rows.map((r) => [r.source, r]));
      return {
        year,
        sources: FUNDING_SOURCES.map((source) => ({
          source,
          used: bySource.get(source)?.used ?? '0.00',
          planned: bySource.get(source)?.planned ?? '0.00',
        })),
        grants: await loadGrants(tx, 'g.year = $2', [year]),
      };
    });
  }
}

function loadGrants(
  tx: KommunTransaction,
  where: string,
  params: unknown[],
): Promise<StateGrant[]> {
  return tx.query<StateGrant>(
    `${GRANT_SELECT} WHERE g.municipality_id = $1 AND ${where}
     GROUP BY g.id ORDER BY g.year DESC, g.name, g.id`,
    [tx.municipalityId, ...params],
  );
}

async function requireGrant(tx: KommunTransaction, id: string): Promise<StateGrant> {
  const [grant] = await loadGrants(tx, 'g.id = $2', [id]);
  if (!grant) throw new NotFoundError('Grant');
  return grant;
}

async function requireNameFree(
  tx: KommunTransaction,
  r: SaveGrantRequest,
  except: string | null,
): Promise<void> {
  const rows = await tx.query(
    'SELECT 1 FROM state_grant WHERE municipality_id = $1 AND name = $2 AND year = $3 AND id IS DISTINCT FROM $4::uuid',
    [tx.municipalityId, r.name, r.year, except],
  );
  if (rows.length > 0) throw new ValidationFailedError({ name: 'not_unique' });
}

/**
 * What a grant can still take, in öre: granted less every planned and bound cost on it (a planned
 * course is money promised), without the participation `except` (the one being changed).
 */
export async function grantLeft(
  tx: KommunTransaction,
  grantId: string,
  except: string | null,
): Promise<bigint> {
  const [row] = await tx.query<{ left: string }>(
    `SELECT (g.granted - coalesce((SELECT sum(pa.cost) FROM participation pa
                                   WHERE pa.municipality_id = g.municipality_id AND pa.grant_id = g.id
                                     AND pa.status <> 'cancelled' AND pa.id IS DISTINCT FROM $3::uuid), 0))::numeric(12,2)::text AS left
     FROM state_grant g WHERE g.municipality_id = $1 AND g.id = $2 FOR UPDATE`,
    [tx.municipalityId, grantId, except],
  );
  return toScaled(row.left, 2);
}
