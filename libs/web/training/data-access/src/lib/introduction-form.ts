import {
  type FieldErrorCode,
  INTRODUCTION_MAX_WEEK,
  type IntroductionProgramme,
  type IntroductionStepKind,
  type SaveIntroductionProgrammeRequest,
  type StaffRole,
} from '@kl/shared/contracts';

/** A step as the programme form holds it: the week as typed. */
export interface StepDraft {
  /** Kept from the programme as it was (its progress stays); absent for a new step. */
  id?: string;
  kind: IntroductionStepKind;
  title: string;
  dueWeek: string;
  courseId: string;
}

export interface ProgrammeDraft {
  name: string;
  /** '' for any role. */
  targetRole: StaffRole | '';
  steps: StepDraft[];
}

export function emptyProgrammeDraft(): ProgrammeDraft {
  return { name: '', targetRole: 'caseworker', steps: [emptyStep()] };
}

export function emptyStep(): StepDraft {
  return { kind: 'mentor_meeting', title: '', dueWeek: '1', courseId: '' };
}

export function programmeDraftOf(p: IntroductionProgramme): ProgrammeDraft {
  return {
    name: p.name,
    targetRole: p.targetRole ?? '',
    steps: p.steps.map((s) => ({
      id: s.id,
      kind: s.kind,
      title: s.title,
      dueWeek: String(s.dueWeek),
      courseId: s.courseId ?? '',
    })),
  };
}

/**
 * The form's own checks, in the API's field codes and paths (`steps.0.dueWeek`), so that the
 * same Swedish text shows whichever side found the fault.
 */
export function programmeDraftErrors(draft: ProgrammeDraft): Record<string, FieldErrorCode> {
  const errors: Record<string, FieldErrorCode> = {};
  if (!draft.name.trim()) errors['name'] = 'required';
  draft.steps.forEach((s, i) => {
    if (!s.title.trim()) errors[`steps.${i}.title`] = 'required';
    const week = s.dueWeek.trim();
    if (!week) errors[`steps.${i}.dueWeek`] = 'required';
    else if (!/^\d+$/.test(week)) errors[`steps.${i}.dueWeek`] = 'invalid_type';
    else if (Number(week) < 1) errors[`steps.${i}.dueWeek`] = 'min';
    else if (Number(week) > INTRODUCTION_MAX_WEEK) errors[`steps.${i}.dueWeek`] = 'max';
    if (s.kind === 'course' && !s.courseId) errors[`steps.${i}.courseId`] = 'required';
  });
  return errors;
}

export function programmeRequest(draft: ProgrammeDraft, version?: number): SaveIntroductionProgrammeRequest {
  return {
    ...(version === undefined ? {} : { version }),
    name: draft.name.trim(),
    targetRole: draft.targetRole || null,
    steps: draft.steps.map((s) => ({
      ...(s.id ? { id: s.id } : {}),
      kind: s.kind,
      title: s.title.trim(),
      dueWeek: Number(s.dueWeek.trim()),
      courseId: s.kind === 'course' ? s.courseId : null,
    })),
  };
}
