/**
 * Where a person's data lives: one entry per table that holds data about a staff member, with
 * what the GDPR export reads from it and what erasure does to it. `person-data-registry.int-spec`
 * lists every table with a column naming a staff member (`staff_member_id`, `staff_member_ids`, a
 * foreign key to `staff_member`) and fails when one has no entry here: a new table is one more entry.
 *
 * In every SQL text: `$1` the kommun, `$2` the staff member, `$3` their linked accounts (uuid[]),
 * `$4` their employee number (each may be left unused; the runner types them).
 */
export interface PersonDataEntry {
  table: string;
  /** The columns that name the person (what the completeness spec finds). */
  personColumns: readonly string[];
  /** Heading of the section in the readable export (Swedish). */
  title: string;
  /** The person's rows, as JSON objects (one column `row`). */
  exportSql: string;
  erasure: Erasure;
}

export type Erasure =
  /** Deleted with the staff record (a foreign key ON DELETE CASCADE). */
  | { kind: 'cascade'; why: string }
  /** Kept without the link (a foreign key ON DELETE SET NULL): the figures stay, the identity goes. */
  | { kind: 'unlink'; why: string }
  /** A statement run before the staff record is deleted. */
  | { kind: 'sql'; sql: string; why: string }
  /** Done by `privacy_erase_person` (append-only tables the application cannot change itself). */
  | { kind: 'function'; why: string }
  /** The staff record itself: deleted last. */
  | { kind: 'record'; why: string };

export const PERSON_DATA_REGISTRY: readonly PersonDataEntry[] = [
  {
    table: 'staff_member',
    personColumns: ['id'],
    title: 'Personuppgifter',
    exportSql: `SELECT to_jsonb(s) - 'municipality_id' || jsonb_build_object('unit_name', u.name) AS row
                FROM staff_member s JOIN org_unit u ON u.id = s.unit_id WHERE s.municipality_id = $1 AND s.id = $2`,
    erasure: { kind: 'record', why: 'The record is deleted; its assessments go with it.' },
  },
  {
    table: 'employment_period',
    personColumns: ['staff_member_id'],
    title: 'Anställningsperioder',
    exportSql: `SELECT jsonb_build_object('employmentStart', p.employment_start, 'employmentEnd', p.employment_end, 'leavingReason', p.leaving_reason,
                  'role', p.role, 'employmentType', p.employment_type, 'fte', p.fte, 'unit', u.name) AS row
                FROM employment_period p LEFT JOIN org_unit u ON u.id = p.unit_id
                WHERE p.municipality_id = $1 AND p.staff_member_id = $2 ORDER BY p.employment_start`,
    erasure: {
      kind: 'unlink',
      why: 'fk_employment_period_staff_member ON DELETE SET NULL: the periods keep what turnover and retention count (dates, role, FTE, reason), without identity.',
    },
  },
  {
    table: 'assessment',
    personColumns: ['staff_member_id'],
    title: 'Bedömningar med historik',
    exportSql: `SELECT jsonb_build_object('round', r.name, 'topic', t.code, 'source', a.source, 'version', a.seq, 'value', a.value,
                  'comment', a.comment, 'assessedAt', a.assessed_at, 'assessorUserId', a.assessor_id) AS row
                FROM assessment a JOIN inventory_round r ON r.id = a.round_id JOIN competence_topic t ON t.id = a.topic_id
                WHERE a.municipality_id = $1 AND a.staff_member_id = $2 ORDER BY r.reference_date, t.code, a.source, a.seq`,
    erasure: { kind: 'cascade', why: 'fk_assessment_staff_member ON DELETE CASCADE; their audit snapshots are blanked by privacy_erase_person.' },
  },
  {
    table: 'assessment_cell',
    personColumns: ['staff_member_id'],
    title: 'Aktuella nivåer',
    exportSql: `SELECT jsonb_build_object('round', r.name, 'topic', t.code, 'source', c.source, 'value', c.value, 'version', c.seq) AS row
                FROM assessment_cell c JOIN inventory_round r ON r.id = c.round_id JOIN competence_topic t ON t.id = c.topic_id
                WHERE c.municipality_id = $1 AND c.staff_member_id = $2 ORDER BY r.reference_date, t.code, c.source`,
    erasure: { kind: 'cascade', why: 'fk_assessment_cell_staff_member ON DELETE CASCADE (the current row of each cell).' },
  },
  {
    table: 'round_population',
    personColumns: ['staff_member_id'],
    title: 'Frysta uppgifter i stängda omgångar',
    exportSql: `SELECT to_jsonb(p) - 'municipality_id' - 'staff_member_id' || jsonb_build_object('round', r.name) AS row
                FROM round_population p JOIN inventory_round r ON r.id = p.round_id
                WHERE p.municipality_id = $1 AND p.staff_member_id = $2 ORDER BY r.reference_date`,
    erasure: { kind: 'unlink', why: 'fk_round_population_staff_member ON DELETE SET NULL: the frozen row keeps what the figures need (unit, role, FTE, levels), without identity.' },
  },
  {
    table: 'user_account',
    personColumns: ['staff_member_id'],
    title: 'Användarkonto',
    exportSql: `SELECT jsonb_build_object('email', a.email, 'displayName', a.display_name, 'role', a.role, 'status', a.status, 'createdAt', a.created_at) AS row
                FROM user_account a WHERE a.municipality_id = $1 AND a.staff_member_id = $2`,
    erasure: {
      kind: 'sql',
      // The account stays as the actor of what its owner did (the audit keeps who did what), nameless and disabled.
      sql: `UPDATE user_account SET email = 'raderad-' || id || '@raderad.invalid', display_name = 'Raderad användare',
              password_hash = NULL, status = 'disabled', staff_member_id = NULL, row_version = row_version + 1, updated_at = now()
            WHERE municipality_id = $1 AND id = ANY($3)`,
      why: 'Pseudonymised, not deleted: audit events keep it as their actor. Its sessions and invitations are deleted by privacy_erase_person.',
    },
  },
  {
    table: 'personal_data_read',
    personColumns: ['staff_member_ids'],
    title: 'Vem som har läst uppgifterna',
    exportSql: `SELECT jsonb_build_object('readAt', r.occurred_at, 'readerUserId', r.actor_user_id, 'what', r.resource) AS row
                FROM personal_data_read r WHERE r.municipality_id = $1 AND $2 = ANY(r.staff_member_ids) ORDER BY r.occurred_at`,
    erasure: { kind: 'function', why: 'privacy_erase_person takes the person out of every read (the read itself stays).' },
  },
  {
    table: 'audit_event',
    personColumns: [],
    title: 'Ändringshistorik',
    exportSql: `SELECT jsonb_build_object('at', e.occurred_at, 'actorUserId', e.actor_user_id, 'entity', e.entity_type, 'action', e.action,
                  'before', e.before, 'after', e.after) AS row
                FROM audit_event e WHERE e.municipality_id = $1
                  AND ((e.entity_type = 'staff_member' AND e.entity_id = $2)
                    OR e.before->>'staffMemberId' = $2::text OR e.after->>'staffMemberId' = $2::text
                    OR (e.entity_type = 'user_account' AND e.entity_id = ANY($3)))
                ORDER BY e.occurred_at`,
    erasure: { kind: 'function', why: 'privacy_erase_person blanks the before/after snapshots about the person; who did what, and when, stays.' },
  },
  {
    table: 'participation',
    personColumns: ['staff_member_id'],
    title: 'Kursdeltagande',
    exportSql: `SELECT jsonb_build_object('course', c.title, 'startsOn', s.starts_on, 'endsOn', s.ends_on, 'status', pa.status,
                  'cancellationReason', pa.cancellation_reason, 'cost', pa.cost, 'fundingSource', pa.funding_source) AS row
                FROM participation pa JOIN course_session s ON s.id = pa.session_id JOIN course c ON c.id = s.course_id
                WHERE pa.municipality_id = $1 AND pa.staff_member_id = $2 ORDER BY s.starts_on`,
    erasure: {
      kind: 'unlink',
      why: 'fk_participation_staff_member ON DELETE SET NULL: the booking keeps its seat, cost and funding (grant figures stay), without identity.',
    },
  },
  {
    table: 'development_plan',
    personColumns: ['staff_member_id'],
    title: 'Individuell kompetensutvecklingsplan',
    exportSql: `SELECT to_jsonb(pl) - 'municipality_id' - 'staff_member_id' || jsonb_build_object('goals', coalesce((
                  SELECT jsonb_agg(to_jsonb(g) - 'municipality_id' - 'plan_id') FROM development_plan_goal g WHERE g.plan_id = pl.id), '[]'::jsonb)) AS row
                FROM development_plan pl WHERE pl.municipality_id = $1 AND pl.staff_member_id = $2 ORDER BY pl.year`,
    erasure: { kind: 'cascade', why: 'fk_development_plan_staff_member ON DELETE CASCADE: an individual plan is about the person only (its goals go with it).' },
  },
  {
    table: 'training_follow_up',
    personColumns: ['staff_member_id'],
    title: 'Uppföljning av genomförda kurser',
    exportSql: `SELECT jsonb_build_object('course', c.title, 'endsOn', s.ends_on, 'applied', f.applied, 'note', f.note,
                  'recordedOn', f.recorded_on, 'topics', coalesce((SELECT jsonb_agg(jsonb_build_object('topic', t.topic_code, 'reassessOn', t.reassess_on)
                    ORDER BY t.topic_code) FROM training_follow_up_topic t WHERE t.follow_up_id = f.id), '[]'::jsonb)) AS row
                FROM training_follow_up f JOIN participation pa ON pa.id = f.participation_id
                JOIN course_session s ON s.id = pa.session_id JOIN course c ON c.id = s.course_id
                WHERE f.municipality_id = $1 AND f.staff_member_id = $2 ORDER BY s.ends_on`,
    erasure: {
      kind: 'sql',
      sql: `UPDATE training_follow_up SET note = '', row_version = row_version + 1, updated_at = now()
            WHERE municipality_id = $1 AND staff_member_id = $2`,
      why: 'The note (free text about the person) is blanked; fk_training_follow_up_staff_member ON DELETE SET NULL then unlinks the row, whose answer (helt/delvis/nej) stays in the kommun\'s indicators like the participation it follows.',
    },
  },
  {
    table: 'staff_introduction',
    personColumns: ['staff_member_id', 'mentor_staff_member_id'],
    title: 'Introduktion som nyanställd och som mentor',
    exportSql: `SELECT jsonb_build_object('as', CASE WHEN i.staff_member_id = $2 THEN 'nyanställd' ELSE 'mentor' END,
                  'programme', pr.name, 'startDate', i.start_date,
                  'mentor', CASE WHEN i.staff_member_id = $2 THEN (SELECT ms.first_name || ' ' || ms.last_name FROM staff_member ms WHERE ms.id = i.mentor_staff_member_id) END,
                  'stepsDone', CASE WHEN i.staff_member_id = $2 THEN coalesce((SELECT jsonb_agg(jsonb_build_object('step', st.title, 'doneOn', m.done_on) ORDER BY st.position)
                    FROM staff_introduction_step m JOIN introduction_programme_step st ON st.id = m.step_id WHERE m.introduction_id = i.id), '[]'::jsonb) END) AS row
                FROM staff_introduction i JOIN introduction_programme pr ON pr.id = i.programme_id
                WHERE i.municipality_id = $1 AND (i.staff_member_id = $2 OR i.mentor_staff_member_id = $2) ORDER BY i.start_date`,
    erasure: {
      kind: 'sql',
      sql: `DELETE FROM staff_introduction WHERE municipality_id = $1 AND staff_member_id = $2`,
      why: "The new hire's introduction is about them only: deleted with its marked steps. As a mentor, fk_staff_introduction_mentor ON DELETE SET NULL unlinks them: the mentee's introduction then has no mentor.",
    },
  },
  {
    table: 'supervision_arrangement',
    personColumns: ['staff_member_id', 'supervisor_staff_member_id'],
    title: 'Ärendehandledning',
    exportSql: `SELECT jsonb_build_object('topic', a.topic_code, 'form', a.form, 'role', CASE WHEN a.staff_member_id = $2 THEN 'supervised' ELSE 'supervisor' END,
                  'externalSupervisor', a.external_supervisor, 'frequency', a.frequency, 'startsOn', a.starts_on, 'endsOn', a.ends_on,
                  'note', CASE WHEN a.staff_member_id = $2 THEN a.note END) AS row
                FROM supervision_arrangement a
                WHERE a.municipality_id = $1 AND (a.staff_member_id = $2 OR a.supervisor_staff_member_id = $2) ORDER BY a.starts_on`,
    erasure: {
      kind: 'sql',
      sql: `DELETE FROM supervision_arrangement WHERE municipality_id = $1 AND staff_member_id = $2`,
      why: 'The support given to a person is about that person only and goes (fk_supervision_arrangement_staff_member also cascades); fk_supervision_arrangement_supervisor ON DELETE SET NULL unlinks an erased supervisor from the others\' arrangements.',
    },
  },
  {
    table: 'import_job',
    personColumns: [],
    title: 'Importer som nämner personen',
    exportSql: `SELECT jsonb_build_object('file', j.file_name, 'at', j.created_at, 'state', j.state, 'rows', (
                  SELECT jsonb_agg(x) FROM jsonb_array_elements(j.preview->'rows') x WHERE x->>'key' = $4)) AS row
                FROM import_job j WHERE j.municipality_id = $1
                  AND EXISTS (SELECT 1 FROM jsonb_array_elements(j.preview->'rows') x WHERE x->>'key' = $4)
                ORDER BY j.created_at`,
    erasure: {
      kind: 'sql',
      // Files (and their validated plans) waiting for confirmation may name the person: they are dropped (the import must be uploaded again).
      sql: `UPDATE import_job SET
              preview = jsonb_set(preview, '{rows}', coalesce((SELECT jsonb_agg(x) FROM jsonb_array_elements(preview->'rows') x WHERE x->>'key' IS DISTINCT FROM $4), '[]'::jsonb)),
              file = NULL, plan = NULL, state = CASE WHEN state = 'previewed' THEN 'failed'::import_job_state ELSE state END
            WHERE municipality_id = $1 AND (file IS NOT NULL OR plan IS NOT NULL OR EXISTS (SELECT 1 FROM jsonb_array_elements(preview->'rows') x WHERE x->>'key' = $4))`,
      why: 'The preview rows naming the employee number are removed; pending files and their plans are dropped.',
    },
  },
];
