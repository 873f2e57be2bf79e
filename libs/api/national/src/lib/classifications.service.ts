import { Injectable } from '@nestjs/common';
import { type Actor, type AggregateTransaction, cellText, KeptAggregates, readTable, ScopedData } from '@kl/api/core';
import type { ClassificationLoadResult, ClassificationSummary, FileRowError } from '@kl/shared/contracts';
import { ImportInvalidError } from './national.errors';
import { SKL_2011_CODE, SKL_2011_GROUPS } from './skl-2011-groups';
import type { UploadedFile } from './submission-file.service';
import { formProblem } from './tabular-file';

const COLUMNS = [
  { name: 'kommunkod', required: true },
  { name: 'gruppkod', required: true },
  { name: 'gruppnamn' },
  { name: 'definition' },
];

interface Group {
  code: string;
  name: string;
  definition: string | null;
}

/**
 * Kommungrupp classifications are data: the national analyst loads one from a `kommunkod;gruppkod`
 * file (with group names and definitions, or for SKL 2011 those of the SKL report). Loading again
 * replaces its memberships, and the kept aggregates of every round broken down by it are rebuilt.
 */
@Injectable()
export class ClassificationsService {
  constructor(
    private readonly data: ScopedData,
    private readonly kept: KeptAggregates,
  ) {}

  list(actor: Actor): Promise<ClassificationSummary[]> {
    return this.data.inAggregates(actor, async (tx) => {
      const rows = await tx.query<ClassificationSummary>(
        `SELECT c.code, c.name,
                coalesce((SELECT json_agg(json_build_object('code', g.code, 'name', g.name) ORDER BY length(g.code), g.code)
                          FROM municipality_group g WHERE g.classification_id = c.id), '[]') AS groups,
                (SELECT count(*)::int FROM municipality_group_membership m WHERE m.classification_id = c.id) AS kommuner
         FROM municipality_group_classification c ORDER BY c.is_current DESC, c.code`,
      );
      return rows;
    });
  }

  async load(actor: Actor, code: string, name: string, file: UploadedFile | undefined): Promise<ClassificationLoadResult> {
    if (!file) {
      throw new ImportInvalidError([{ row: 0, column: 'file', code: 'required', message: 'Ingen fil skickades (fältet file).' }]);
    }
    const table = await readTable(file.buffer, COLUMNS);
    if (table.problems.length > 0) {
      throw new ImportInvalidError(table.problems.map(formProblem));
    }
    return this.data.inAggregates(actor, async (tx) => {
      const kommuner = new Map(
        (await tx.query<{ code: string; id: string }>('SELECT code::text AS code, id FROM municipality')).map((k) => [k.code, k.id]),
      );
      const errors: FileRowError[] = [];
      const groups = new Map<string, Group>();
      const members = new Map<string, string>();
      const seen = new Map<string, number>();
      for (const row of table.rows) {
        const text = (column: string) => cellText(row.cell(column)) ?? '';
        const kommunkod = text('kommunkod');
        const gruppkod = text('gruppkod');
        const id = kommuner.get(kommunkod);
        if (!id) errors.push({ row: row.row, column: 'kommunkod', code: 'unknown_kommun', message: `Okänd kommunkod "${kommunkod}".` });
        else if (seen.has(kommunkod))
          errors.push({ row: row.row, column: 'kommunkod', code: 'duplicate', message: `Kommunen finns redan på rad ${seen.get(kommunkod)}.` });
        if (gruppkod === '') errors.push({ row: row.row, column: 'gruppkod', code: 'required', message: 'Gruppkod saknas.' });
        if (!id || gruppkod === '' || seen.has(kommunkod)) continue;
        seen.set(kommunkod, row.row);
        members.set(id, gruppkod);
        const known = code === SKL_2011_CODE ? SKL_2011_GROUPS[gruppkod] : undefined;
        const group = groups.get(gruppkod) ?? { code: gruppkod, name: known?.name ?? `Grupp ${gruppkod}`, definition: known?.definition ?? null };
        if (text('gruppnamn')) group.name = text('gruppnamn');
        if (text('definition')) group.definition = text('definition');
        groups.set(gruppkod, group);
      }
      if (errors.length > 0) throw new ImportInvalidError(errors);
      return write(tx, code, name, [...groups.values()], members);
    }).finally(() => this.kept.forget());
  }
}

async function write(
  tx: AggregateTransaction,
  code: string,
  name: string,
  groups: readonly Group[],
  members: ReadonlyMap<string, string>,
): Promise<ClassificationLoadResult> {
  const [{ id }] = await tx.query<{ id: string }>(
    `INSERT INTO municipality_group_classification (code, name) VALUES ($1, $2)
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
    [code, name],
  );
  await tx.query('DELETE FROM municipality_group_membership WHERE classification_id = $1', [id]);
  await tx.query(
    `INSERT INTO municipality_group (classification_id, code, name, definition)
     SELECT $1, g.code, g.name, g.definition FROM unnest($2::text[], $3::text[], $4::text[]) AS g(code, name, definition)
     ON CONFLICT (classification_id, code) DO UPDATE SET name = EXCLUDED.name, definition = EXCLUDED.definition`,
    [id, groups.map((g) => g.code), groups.map((g) => g.name), groups.map((g) => g.definition)],
  );
  await tx.query(
    `INSERT INTO municipality_group_membership (municipality_id, classification_id, group_id)
     SELECT m.id, $1, g.id FROM unnest($2::uuid[], $3::text[]) AS m(id, grp)
     JOIN municipality_group g ON g.classification_id = $1 AND g.code = m.grp`,
    [id, [...members.keys()], [...members.values()]],
  );
  await tx.query(
    `SELECT national_round_refresh(r.id) FROM national_round r WHERE r.classification_id = $1`,
    [id],
  );
  const result = { code, groups: groups.length, kommuner: members.size };
  await tx.audit({ entityType: 'municipality_group_classification', entityId: id, action: 'update', before: null, after: result });
  return result;
}
