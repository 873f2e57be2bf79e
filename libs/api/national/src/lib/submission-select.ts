/** A kept submission as the contract's {@link NationalSubmission}. */
export const SUBMISSION_SELECT = `
  SELECT s.id, r.code AS "roundCode", m.code::text AS kommunkod, m.name AS "kommunName", s.source, s.row_count AS rows,
         to_char(s.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "submittedAt",
         to_char(s.replaced_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "replacedAt"
  FROM national_submission s
  JOIN national_round r ON r.id = s.national_round_id
  JOIN municipality m ON m.id = s.municipality_id`;
