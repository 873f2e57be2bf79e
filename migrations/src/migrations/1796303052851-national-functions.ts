import { AGGREGATE_GROUP_ROLE, APP_GROUP_ROLE, TENANT_SETTING } from '@kl/api/core';

/**
 * The SQL functions of migration AddNationalRoundsSubmissions1796303052851 (kept beside it for
 * reading; a later change is a new migration). docs/national.md says what they keep.
 */

const SUBMISSION_ARRAYS = `p_measure text[], p_topic text[], p_level text[], p_gender text[], p_value numeric[], p_answer text[]`;
/** Up to this many kommuner, a submission updates the kept aggregates by delta; more rewrite the keys. */
const DELTA_MAX_KOMMUNER = 20;
const SUBMISSION_ARRAY_TYPES = 'text[], text[], text[], text[], numeric[], text[]';

/** Signature and the roles that may call it; the others are internal (owner only). */
export const NATIONAL_FUNCTION_SIGNATURES: [signature: string, roles: string[]][] = [
  ['national_cohort(uuid)', [AGGREGATE_GROUP_ROLE]],
  ['national_cells(uuid, text, text, text)', [AGGREGATE_GROUP_ROLE]],
  ['national_cells_by_key(uuid)', []],
  ['national_kommun_keys(uuid, uuid[])', []],
  ['national_aggregate_apply(uuid, uuid[], uuid[])', []],
  ['national_aggregate_refresh(uuid, text[])', []],
  ['national_round_refresh(uuid)', [AGGREGATE_GROUP_ROLE]],
  [`national_submissions_write(uuid, national_submission_source, uuid[], ${SUBMISSION_ARRAY_TYPES})`, []],
  [`national_submissions_store(uuid, uuid[], ${SUBMISSION_ARRAY_TYPES})`, [AGGREGATE_GROUP_ROLE]],
  [`national_submission_store_own(uuid, national_submission_source, ${SUBMISSION_ARRAY_TYPES})`, [APP_GROUP_ROLE]],
];

export const NATIONAL_FUNCTIONS = [
  // A kommun's cohort: the first national round (by reference date) it has a current submission to.
  `CREATE FUNCTION national_cohort(p_municipality uuid) RETURNS text
    LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
      SELECT r.code FROM national_submission s JOIN national_round r ON r.id = s.national_round_id
      WHERE s.municipality_id = p_municipality AND s.replaced_at IS NULL
      ORDER BY r.reference_date, r.code LIMIT 1
    $$`,

  // The sums of a round's current submissions over the kommuner matching the filters (null: any):
  // each cell, then each measure's coverage row (level, gender, answer '*': total, kommuner that
  // reported it, kommuner with a non-zero total) and each area's ('@' + area code). An indicator
  // counts the kommuner that gave the answer.
  `CREATE FUNCTION national_cells(p_round uuid, p_group text, p_lan text, p_cohort text)
    RETURNS TABLE (measure text, topic text, level text, gender text, answer text, value_sum numeric, kommuner integer, nonzero integer)
    LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
      WITH r AS (SELECT id, framework_id, classification_id FROM national_round WHERE id = p_round),
      k AS (
        SELECT s.id AS submission_id, s.municipality_id
        FROM national_submission s
        JOIN r ON s.national_round_id = r.id
        JOIN municipality m ON m.id = s.municipality_id
        JOIN county c ON c.id = m.county_id
        WHERE s.replaced_at IS NULL
          AND (p_lan IS NULL OR c.code = p_lan)
          AND (p_group IS NULL OR EXISTS (
                SELECT 1 FROM municipality_group_membership gm JOIN municipality_group g ON g.id = gm.group_id
                WHERE gm.municipality_id = m.id AND gm.classification_id = r.classification_id AND g.code = p_group))
          AND (p_cohort IS NULL OR national_cohort(m.id) = p_cohort)
      ),
      v AS (
        SELECT v.municipality_id, v.measure, v.topic, v.level, v.gender, coalesce(v.answer, '') AS answer,
               coalesce(v.value, 1) AS value
        FROM k JOIN national_submission_value v ON v.submission_id = k.submission_id
      ),
      per_kommun AS (
        SELECT v.municipality_id, v.measure, v.topic, sum(v.value) AS total FROM v GROUP BY 1, 2, 3
      ),
      topic_area AS MATERIALIZED (
        SELECT t.code AS topic, a.code AS area FROM r
        JOIN competence_topic t ON t.framework_id = r.framework_id JOIN competence_area a ON a.id = t.area_id
      ),
      per_area AS (
        SELECT p.municipality_id, ta.area AS code, sum(p.total) AS total
        FROM per_kommun p JOIN topic_area ta ON ta.topic = p.topic
        WHERE p.measure = 'bedomning_fte'
        GROUP BY 1, 2
      )
      SELECT v.measure, v.topic, v.level, v.gender, v.answer, sum(v.value), count(*)::int, count(*) FILTER (WHERE v.value <> 0)::int
      FROM v GROUP BY 1, 2, 3, 4, 5
      UNION ALL
      SELECT p.measure, p.topic, '*', '*', '*', sum(p.total), count(*)::int, count(*) FILTER (WHERE p.total <> 0)::int
      FROM per_kommun p GROUP BY 1, 2
      UNION ALL
      SELECT 'bedomning_fte', '@' || p.code, '*', '*', '*', sum(p.total), count(*)::int, count(*) FILTER (WHERE p.total <> 0)::int
      FROM per_area p GROUP BY p.code
    $$`,

  // Every filter key of a round in one pass (GROUPING SETS): 'all', and each kommungrupp, län and
  // cohort that has a kommun with a current submission. The same sums as national_cells.
  `CREATE FUNCTION national_cells_by_key(p_round uuid)
    RETURNS TABLE (filter_key text, measure text, topic text, level text, gender text, answer text, value_sum numeric, kommuner integer, nonzero integer)
    LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
      WITH r AS (SELECT id, framework_id, classification_id FROM national_round WHERE id = p_round),
      -- Materialised: each kommun's cohort is looked up once, not once per value row.
      k AS MATERIALIZED (
        SELECT s.id AS submission_id, s.municipality_id, 'kommungrupp=' || g.code AS kg, 'lan=' || c.code AS kl,
               'cohort=' || national_cohort(m.id) AS kc
        FROM national_submission s
        JOIN r ON s.national_round_id = r.id
        JOIN municipality m ON m.id = s.municipality_id
        JOIN county c ON c.id = m.county_id
        LEFT JOIN municipality_group_membership gm ON gm.municipality_id = m.id AND gm.classification_id = r.classification_id
        LEFT JOIN municipality_group g ON g.id = gm.group_id
        WHERE s.replaced_at IS NULL
      ),
      v AS MATERIALIZED (
        SELECT k.municipality_id, k.kg, k.kl, k.kc, v.measure, v.topic, v.level, v.gender, coalesce(v.answer, '') AS answer,
               coalesce(v.value, 1) AS value
        FROM k JOIN national_submission_value v ON v.submission_id = k.submission_id
      ),
      per_kommun AS MATERIALIZED (
        SELECT v.municipality_id, v.kg, v.kl, v.kc, v.measure, v.topic, sum(v.value) AS total FROM v GROUP BY 1, 2, 3, 4, 5, 6
      ),
      topic_area AS MATERIALIZED (
        SELECT t.code AS topic, a.code AS area FROM r
        JOIN competence_topic t ON t.framework_id = r.framework_id JOIN competence_area a ON a.id = t.area_id
      ),
      per_area AS (
        SELECT p.municipality_id, p.kg, p.kl, p.kc, ta.area, sum(p.total) AS total
        FROM per_kommun p JOIN topic_area ta ON ta.topic = p.topic
        WHERE p.measure = 'bedomning_fte'
        GROUP BY 1, 2, 3, 4, 5
      ),
      cells AS (
        SELECT CASE WHEN grouping(v.kg) = 0 THEN v.kg WHEN grouping(v.kl) = 0 THEN v.kl WHEN grouping(v.kc) = 0 THEN v.kc ELSE 'all' END AS key,
               v.measure, v.topic, v.level, v.gender, v.answer, sum(v.value) AS s, count(*)::int AS n, count(*) FILTER (WHERE v.value <> 0)::int AS nz
        FROM v GROUP BY GROUPING SETS ((v.measure, v.topic, v.level, v.gender, v.answer), (v.kg, v.measure, v.topic, v.level, v.gender, v.answer),
                                       (v.kl, v.measure, v.topic, v.level, v.gender, v.answer), (v.kc, v.measure, v.topic, v.level, v.gender, v.answer))
        UNION ALL
        SELECT CASE WHEN grouping(p.kg) = 0 THEN p.kg WHEN grouping(p.kl) = 0 THEN p.kl WHEN grouping(p.kc) = 0 THEN p.kc ELSE 'all' END,
               p.measure, p.topic, '*', '*', '*', sum(p.total), count(*)::int, count(*) FILTER (WHERE p.total <> 0)::int
        FROM per_kommun p GROUP BY GROUPING SETS ((p.measure, p.topic), (p.kg, p.measure, p.topic), (p.kl, p.measure, p.topic), (p.kc, p.measure, p.topic))
        UNION ALL
        SELECT CASE WHEN grouping(a.kg) = 0 THEN a.kg WHEN grouping(a.kl) = 0 THEN a.kl WHEN grouping(a.kc) = 0 THEN a.kc ELSE 'all' END,
               'bedomning_fte', '@' || a.area, '*', '*', '*', sum(a.total), count(*)::int, count(*) FILTER (WHERE a.total <> 0)::int
        FROM per_area a GROUP BY GROUPING SETS ((a.area), (a.kg, a.area), (a.kl, a.area), (a.kc, a.area))
      )
      SELECT c.key, c.measure, c.topic, c.level, c.gender, c.answer, c.s, c.n, c.nz FROM cells c WHERE c.key IS NOT NULL
    $$`,

  // The filter keys the given kommuner count in for a round: their kommungrupp, län and cohort.
  `CREATE FUNCTION national_kommun_keys(p_round uuid, p_kommuner uuid[]) RETURNS text[]
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      SELECT coalesce(array_agg(DISTINCT x.key), '{}')
      FROM municipality m
      JOIN county c ON c.id = m.county_id
      JOIN national_round r ON r.id = p_round
      LEFT JOIN municipality_group_membership gm ON gm.municipality_id = m.id AND gm.classification_id = r.classification_id
      LEFT JOIN municipality_group g ON g.id = gm.group_id
      CROSS JOIN LATERAL unnest(ARRAY['kommungrupp=' || g.code, 'lan=' || c.code, 'cohort=' || national_cohort(m.id)]) AS x(key)
      WHERE m.id = ANY(p_kommuner) AND x.key IS NOT NULL
    $$`,

  // Rewrites the kept aggregates of a round for the filter keys given ('all', 'kommungrupp=…', 'lan=…', 'cohort=…').
  `CREATE FUNCTION national_aggregate_refresh(p_round uuid, p_keys text[]) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        DELETE FROM national_aggregate WHERE national_round_id = p_round AND filter_key = ANY(p_keys);
        INSERT INTO national_aggregate (national_round_id, filter_key, measure, topic, level, gender, answer, value_sum, kommuner, nonzero)
        SELECT p_round, c.filter_key, c.measure, c.topic, c.level, c.gender, c.answer, c.value_sum, c.kommuner, c.nonzero
        FROM national_cells_by_key(p_round) c WHERE c.filter_key = ANY(p_keys);
      END
    $$`,

  // Every key of a round afresh (after a classification was loaded, or to recompute a round).
  `CREATE FUNCTION national_round_refresh(p_round uuid) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        v_keys text[];
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended('national_round:' || p_round::text, 0));
        SELECT array(
          SELECT 'all'
          UNION SELECT unnest(national_kommun_keys(p_round,
                   array(SELECT s.municipality_id FROM national_submission s WHERE s.national_round_id = p_round AND s.replaced_at IS NULL)))
          UNION SELECT DISTINCT a.filter_key FROM national_aggregate a WHERE a.national_round_id = p_round)
        INTO v_keys;
        PERFORM national_aggregate_refresh(p_round, v_keys);
      END
    $$`,

  // A few kommuner's change as a delta on the kept aggregates of their keys: the replaced
  // submissions' values out, the new ones in (a handful of rows instead of a pass over the round).
  // Only when no kommun's cohort moved (their keys are then the same before and after).
  `CREATE FUNCTION national_aggregate_apply(p_round uuid, p_old uuid[], p_new uuid[]) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        WITH r AS (SELECT id, framework_id, classification_id FROM national_round WHERE id = p_round),
        subs AS (
          SELECT s.id, s.municipality_id, CASE WHEN s.id = ANY(p_new) THEN 1 ELSE -1 END AS sign
          FROM national_submission s WHERE s.id = ANY(p_old) OR s.id = ANY(p_new)
        ),
        keys AS MATERIALIZED (
          SELECT sb.id, sb.sign, x.key
          FROM subs sb
          JOIN r ON true
          JOIN municipality m ON m.id = sb.municipality_id
          JOIN county c ON c.id = m.county_id
          LEFT JOIN municipality_group_membership gm ON gm.municipality_id = m.id AND gm.classification_id = r.classification_id
          LEFT JOIN municipality_group g ON g.id = gm.group_id
          CROSS JOIN LATERAL unnest(ARRAY['all', 'kommungrupp=' || g.code, 'lan=' || c.code, 'cohort=' || national_cohort(m.id)]) AS x(key)
          WHERE x.key IS NOT NULL
        ),
        v AS MATERIALIZED (
          SELECT k.key, k.sign, k.id AS submission_id, v.measure, v.topic, v.level, v.gender, coalesce(v.answer, '') AS answer,
                 coalesce(v.value, 1) AS value
          FROM keys k JOIN national_submission_value v ON v.submission_id = k.id
        ),
        per_kommun AS (
          SELECT v.key, v.sign, v.submission_id, v.measure, v.topic, sum(v.value) AS total FROM v GROUP BY 1, 2, 3, 4, 5
        ),
        topic_area AS (
          SELECT t.code AS topic, a.code AS area FROM r
          JOIN competence_topic t ON t.framework_id = r.framework_id JOIN competence_area a ON a.id = t.area_id
        ),
        per_area AS (
          SELECT p.key, p.sign, p.submission_id, ta.area, sum(p.total) AS total
          FROM per_kommun p JOIN topic_area ta ON ta.topic = p.topic WHERE p.measure = 'bedomning_fte' GROUP BY 1, 2, 3, 4
        ),
        delta(key, measure, topic, level, gender, answer, s, n, nz) AS (
          SELECT v.key, v.measure, v.topic, v.level, v.gender, v.answer, sum(v.sign * v.value), sum(v.sign),
                 coalesce(sum(v.sign) FILTER (WHERE v.value <> 0), 0)
          FROM v GROUP BY 1, 2, 3, 4, 5, 6
          UNION ALL
          SELECT p.key, p.measure, p.topic, '*', '*', '*', sum(p.sign * p.total), sum(p.sign), coalesce(sum(p.sign) FILTER (WHERE p.total <> 0), 0)
          FROM per_kommun p GROUP BY 1, 2, 3
          UNION ALL
          SELECT a.key, 'bedomning_fte', '@' || a.area, '*', '*', '*', sum(a.sign * a.total), sum(a.sign),
                 coalesce(sum(a.sign) FILTER (WHERE a.total <> 0), 0)
          FROM per_area a GROUP BY 1, a.area
        )
        INSERT INTO national_aggregate AS g (national_round_id, filter_key, measure, topic, level, gender, answer, value_sum, kommuner, nonzero)
        SELECT p_round, d.key, d.measure, d.topic, d.level, d.gender, d.answer, d.s, d.n, d.nz FROM delta d
        ON CONFLICT ON CONSTRAINT pk_national_aggregate DO UPDATE
          SET value_sum = g.value_sum + EXCLUDED.value_sum, kommuner = g.kommuner + EXCLUDED.kommuner, nonzero = g.nonzero + EXCLUDED.nonzero;
        -- A cell no kommun reports any more is gone (as a rewrite would leave it out).
        DELETE FROM national_aggregate WHERE national_round_id = p_round AND kommuner = 0;
      END
    $$`,

  // Writes submissions (one per kommun in p_kommun) to a round, set-based: each kommun's previous
  // one is kept as replaced, and the kept aggregates the change touches are rewritten in the same
  // transaction. Submissions to one round are serialised, so each refresh sees the others.
  `CREATE FUNCTION national_submissions_write(p_round uuid, p_source national_submission_source, p_kommun uuid[], ${SUBMISSION_ARRAYS})
    RETURNS TABLE (kommuner integer, rows integer, replaced integer)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        v_kommuner uuid[];
        v_old uuid[];
        v_before jsonb;
        v_after jsonb;
        v_replaced integer;
        v_keys text[];
        v_round uuid;
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended('national_round:' || p_round::text, 0));
        SELECT array_agg(DISTINCT k) INTO v_kommuner FROM unnest(p_kommun) AS k;
        IF v_kommuner IS NULL THEN
          RETURN QUERY SELECT 0, 0, 0;
          RETURN;
        END IF;
        SELECT coalesce(jsonb_object_agg(m, national_cohort(m)), '{}') INTO v_before FROM unnest(v_kommuner) AS m;

        WITH replaced AS (
          UPDATE national_submission s SET replaced_at = now()
          WHERE s.national_round_id = p_round AND s.municipality_id = ANY(v_kommuner) AND s.replaced_at IS NULL
          RETURNING s.id
        )
        SELECT coalesce(array_agg(id), '{}') INTO v_old FROM replaced;
        v_replaced := cardinality(v_old);

        WITH counts AS (
          SELECT k AS municipality_id, count(*)::int AS n FROM unnest(p_kommun) AS k GROUP BY k
        ), inserted AS (
          INSERT INTO national_submission (national_round_id, municipality_id, source, row_count)
          SELECT p_round, c.municipality_id, p_source, c.n FROM counts c
          RETURNING id, municipality_id
        )
        INSERT INTO national_submission_value (submission_id, municipality_id, measure, topic, level, gender, value, answer)
        SELECT i.id, u.k, u.m, u.t, u.l, u.g, u.v, u.a
        FROM unnest(p_kommun, p_measure, p_topic, p_level, p_gender, p_value, p_answer) AS u(k, m, t, l, g, v, a)
        JOIN inserted i ON i.municipality_id = u.k;

        SELECT coalesce(jsonb_object_agg(m, national_cohort(m)), '{}') INTO v_after FROM unnest(v_kommuner) AS m;
        -- A correction of a few kommuner whose cohort stays: a delta. Else: rewrite the touched keys.
        IF v_before = v_after AND cardinality(v_kommuner) <= ${DELTA_MAX_KOMMUNER} THEN
          PERFORM national_aggregate_apply(p_round, v_old, array(
            SELECT s.id FROM national_submission s
            WHERE s.national_round_id = p_round AND s.municipality_id = ANY(v_kommuner) AND s.replaced_at IS NULL));
          RETURN QUERY SELECT cardinality(v_kommuner), cardinality(p_kommun), v_replaced;
          RETURN;
        END IF;
        SELECT array(
          SELECT 'all'
          UNION SELECT unnest(national_kommun_keys(p_round, v_kommuner))
          UNION SELECT 'cohort=' || value FROM jsonb_each_text(v_before) WHERE value IS NOT NULL)
        INTO v_keys;
        PERFORM national_aggregate_refresh(p_round, v_keys);

        -- A submission to an earlier round moves the kommun's cohort in every later round it is in.
        IF v_before IS DISTINCT FROM v_after THEN
          SELECT array(
            SELECT 'cohort=' || value FROM jsonb_each_text(v_before) WHERE value IS NOT NULL
            UNION SELECT 'cohort=' || value FROM jsonb_each_text(v_after) WHERE value IS NOT NULL)
          INTO v_keys;
          FOR v_round IN
            SELECT DISTINCT s.national_round_id FROM national_submission s
            WHERE s.municipality_id = ANY(v_kommuner) AND s.replaced_at IS NULL AND s.national_round_id <> p_round
          LOOP
            PERFORM pg_advisory_xact_lock(hashtextextended('national_round:' || v_round::text, 0));
            PERFORM national_aggregate_refresh(v_round, v_keys);
          END LOOP;
        END IF;

        RETURN QUERY SELECT cardinality(v_kommuner), cardinality(p_kommun), v_replaced;
      END
    $$`,

  // The national analyst's load: any kommuner, any round.
  `CREATE FUNCTION national_submissions_store(p_round uuid, p_kommun uuid[], ${SUBMISSION_ARRAYS})
    RETURNS TABLE (kommuner integer, rows integer, replaced integer)
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      SELECT * FROM national_submissions_write(p_round, 'national_file', p_kommun, p_measure, p_topic, p_level, p_gender, p_value, p_answer)
    $$`,

  // A kommun's own submission: always and only for the kommun set for the transaction.
  `CREATE FUNCTION national_submission_store_own(p_round uuid, p_source national_submission_source, ${SUBMISSION_ARRAYS})
    RETURNS TABLE (kommuner integer, rows integer, replaced integer)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        v_kommun uuid := nullif(current_setting('${TENANT_SETTING}', true), '')::uuid;
      BEGIN
        IF v_kommun IS NULL OR p_source = 'national_file' THEN
          RAISE EXCEPTION 'a kommun submits for itself only' USING ERRCODE = '42501';
        END IF;
        RETURN QUERY SELECT * FROM national_submissions_write(p_round, p_source,
          array_fill(v_kommun, ARRAY[cardinality(p_measure)]), p_measure, p_topic, p_level, p_gender, p_value, p_answer);
      END
    $$`,
];
