import type { CompletenessIssue, QualificationStatus } from '@kl/shared/contracts';
import { parseIsoDate } from './experience';
import type { PopulationMember } from './national-submission';

/** Longer than a working life: an experience start this far back is a placeholder, not a date. */
const MAX_PLAUSIBLE_EXPERIENCE_YEARS = 50;

export interface CompletenessMember extends PopulationMember {
  qualificationStatus: QualificationStatus | null;
}

/**
 * What one person of a round's population lacks for the national tables (the kinds are described
 * on `COMPLETENESS_ISSUES`); empty when nothing. `topicCodes` are the framework's topics, in which
 * a caseworker counts as assessed with any level (not applicable does not count).
 */
export function completenessIssues(
  member: CompletenessMember,
  topicCodes: readonly string[],
  referenceDate: string,
): CompletenessIssue[] {
  const issues: CompletenessIssue[] = [];
  if (member.role === 'caseworker' && !topicCodes.some((t) => isAssessed(member, t))) issues.push('not_assessed');
  const [fy, fm, fd] = parseIsoDate(member.experienceStart);
  const [ry, rm, rd] = parseIsoDate(referenceDate);
  const reference = Date.UTC(ry, rm - 1, rd);
  if (Date.UTC(fy, fm - 1, fd) > reference) issues.push('experience_after_reference_date');
  else if (Date.UTC(fy + MAX_PLAUSIBLE_EXPERIENCE_YEARS, fm - 1, fd) < reference) issues.push('experience_implausible');
  // SOSFS 2014:7 qualifies caseworkers through a degree: "ingen examen" and "behörig" contradict.
  if (member.degree === 'none' && member.qualificationStatus === 'qualified') issues.push('degree_contradicts_qualification');
  if (member.role === 'team_leader') {
    if (member.firstManagerialJob === null) issues.push('first_managerial_job_missing');
    if (member.needsDevelopment === null) issues.push('needs_development_missing');
  }
  return issues;
}

function isAssessed(member: PopulationMember, topic: string): boolean {
  const value = member.levels.get(topic);
  return value !== undefined && value !== null && value !== 'not_applicable';
}
