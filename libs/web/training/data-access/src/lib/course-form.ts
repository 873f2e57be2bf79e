import {
  COURSE_TITLE_MAX,
  COURSE_TOPICS_MAX,
  type Course,
  type CourseProvider,
  type CourseTargetDegree,
  type CourseTargetExperience,
  type CourseTopic,
  type CourseType,
  type FieldErrorCode,
  type SaveCourseRequest,
  type StaffRole,
} from '@kl/shared/contracts';
import { fieldErrorText } from '@kl/web/shared/util';
import {
  COURSE_PROVIDER_LABELS,
  COURSE_TYPE_LABELS,
  courseTopicsText,
  creditsText,
  durationText,
  targetGroupText,
  type TopicOption,
} from './course-text';
import { moneyText } from './training-text';

/**
 * The course form as its inputs hold it: text for numbers, '' for "not chosen". Errors are keyed
 * by the API's field paths (`targetGroup.role`, `topics.0.topicCode`), so that the server's field
 * errors land at the input they belong to.
 */
export interface CourseFormValue {
  title: string;
  type: CourseType | '';
  provider: CourseProvider | '';
  credits: string;
  durationDays: string;
  costPerParticipant: string;
  topics: CourseTopic[];
  role: StaffRole | '';
  degree: CourseTargetDegree;
  experience: CourseTargetExperience;
  shared: boolean;
}

export type FieldErrors = Record<string, FieldErrorCode>;

/** A decimal with at most one decimal (hp, days), point or comma, as the API takes it. */
const DECIMAL_1 = /^\d{1,4}([.,]\d)?$/;
/** Kronor with at most two decimals, as the API takes them (spaces between thousands are dropped). */
const MONEY = /^\d{1,8}([.,]\d{1,2})?$/;

export function emptyCourseForm(): CourseFormValue {
  return {
    title: '',
    type: '',
    provider: '',
    credits: '',
    durationDays: '',
    costPerParticipant: '',
    topics: [],
    role: '',
    degree: 'any',
    experience: 'any',
    shared: false,
  };
}

export function toCourseFormValue(course: Course): CourseFormValue {
  return {
    title: course.title,
    type: course.type,
    provider: course.provider,
    credits: numberInput(course.credits),
    durationDays: numberInput(course.durationDays),
    costPerParticipant: numberInput(course.costPerParticipant),
    topics: course.topics.map((t) => ({ ...t })),
    role: course.targetGroup.role ?? '',
    degree: course.targetGroup.degree,
    experience: course.targetGroup.experience,
    shared: course.shared,
  };
}

/** The request for a valid form; `version` on a change of an existing course. */
export function toSaveCourseRequest(value: CourseFormValue, version?: number): SaveCourseRequest {
  return {
    title: value.title.trim(),
    type: value.type as CourseType,
    provider: value.provider as CourseProvider,
    credits: apiDecimal(value.credits),
    durationDays: apiDecimal(value.durationDays),
    costPerParticipant: apiDecimal(value.costPerParticipant) ?? '',
    topics: value.topics.map((t) => ({ topicCode: t.topicCode, level: t.level })),
    targetGroup: { role: value.role || null, degree: value.degree, experience: value.experience },
    shared: value.shared,
    ...(version === undefined ? {} : { version }),
  };
}

/** What is wrong with the form, by the API's field paths; the API checks the same and more. */
export function validateCourseForm(value: CourseFormValue): FieldErrors {
  const errors: FieldErrors = {};
  if (!value.title.trim()) errors['title'] = 'required';
  else if (value.title.trim().length > COURSE_TITLE_MAX) errors['title'] = 'max_length';
  if (!value.type) errors['type'] = 'required';
  if (!value.provider) errors['provider'] = 'required';
  if (value.credits.trim() && !DECIMAL_1.test(value.credits.trim()))
    errors['credits'] = 'invalid_format';
  if (value.durationDays.trim() && !DECIMAL_1.test(value.durationDays.trim()))
    errors['durationDays'] = 'invalid_format';
  const cost = withoutSpaces(value.costPerParticipant);
  if (!cost) errors['costPerParticipant'] = 'required';
  else if (!MONEY.test(cost)) errors['costPerParticipant'] = 'invalid_format';
  if (value.topics.length > COURSE_TOPICS_MAX) errors['topics'] = 'max';
  const seen = new Set<string>();
  value.topics.forEach((t, i) => {
    if (!t.topicCode) errors[`topics.${i}.topicCode`] = 'required';
    else if (seen.has(t.topicCode)) errors[`topics.${i}.topicCode`] = 'not_unique';
    seen.add(t.topicCode);
  });
  return errors;
}

const LABELS: Record<string, string> = {
  title: 'Kursens namn',
  type: 'Typ av utbildning',
  provider: 'Anordnare',
  credits: 'Högskolepoäng',
  durationDays: 'Längd i dagar',
  costPerParticipant: 'Kostnad per deltagare',
  topics: 'Inriktningar',
  'targetGroup.role': 'Målgrupp',
  'targetGroup.degree': 'Examen',
  'targetGroup.experience': 'Erfarenhet',
  shared: 'Dela med länets kommuner',
  version: 'Version',
};

const CHOICES = new Set([
  'type',
  'provider',
  'targetGroup.role',
  'targetGroup.degree',
  'targetGroup.experience',
]);

/** The label of a field path as the error summary names it ("Inriktning 2" for `topics.1.topicCode`). */
export function courseFieldLabel(path: string): string {
  const topic = /^topics\.(\d+)/.exec(path);
  if (topic) return `Inriktning ${Number(topic[1]) + 1}`;
  return LABELS[path] ?? path;
}

/** The Swedish message for one field's error, with the format asked for where that helps. */
export function courseFieldMessage(path: string, code: FieldErrorCode): string {
  const label = courseFieldLabel(path);
  const topic = path.startsWith('topics.');
  if (code === 'required')
    return `${CHOICES.has(path) || topic ? 'Välj' : 'Fyll i'} ${label.toLowerCase()}.`;
  if (code === 'invalid_format' || code === 'invalid_type') {
    if (path === 'costPerParticipant')
      return 'Skriv beloppet i kronor med högst två decimaler, till exempel 3500 eller 3500,50.';
    if (path === 'credits' || path === 'durationDays')
      return 'Skriv ett tal med högst en decimal, till exempel 7,5.';
  }
  if (topic && code === 'invalid_value')
    return 'Inriktningen finns inte i något publicerat ramverk.';
  if (topic && code === 'not_unique') return 'Inriktningen finns redan med i kursen.';
  if (path === 'topics' && code === 'max')
    return `En kurs kan utveckla högst ${COURSE_TOPICS_MAX} inriktningar.`;
  return fieldErrorText(code);
}

/** The fields that differ between the course as saved by someone else and this user's changes. */
export function courseConflictRows(
  theirs: Course,
  mine: SaveCourseRequest,
  topics: readonly TopicOption[],
): { label: string; theirs: string; mine: string }[] {
  const shown = (c: SaveCourseRequest | Course): Record<string, string> => ({
    [LABELS['title']]: c.title,
    [LABELS['type']]: COURSE_TYPE_LABELS[c.type],
    [LABELS['provider']]: COURSE_PROVIDER_LABELS[c.provider],
    [LABELS['credits']]: creditsText(c.credits ?? null),
    [LABELS['durationDays']]: durationText(c.durationDays ?? null),
    [LABELS['costPerParticipant']]: moneyText(c.costPerParticipant),
    [LABELS['topics']]: courseTopicsText(c, topics).join('; ') || '–',
    [LABELS['targetGroup.role']]: targetGroupText(c),
    [LABELS['shared']]: c.shared ? 'Ja' : 'Nej',
  });
  const before = shown(theirs);
  const after = shown(mine);
  return Object.keys(before)
    .filter((label) => before[label] !== after[label])
    .map((label) => ({ label, theirs: before[label], mine: after[label] }));
}

/** "3500.00" → "3500", "7.5" → "7,5": as a person would type it. */
function numberInput(value: string | null): string {
  return value === null ? '' : value.replace(/\.0+$/, '').replace('.', ',');
}

function withoutSpaces(value: string): string {
  return value.replace(/[\s\u00a0]/g, '');
}

/** Text as the API's exact decimal ("3 500,50" → "3500.50"); null when empty. */
function apiDecimal(value: string): string | null {
  const text = withoutSpaces(value);
  return text ? text.replace(',', '.') : null;
}
