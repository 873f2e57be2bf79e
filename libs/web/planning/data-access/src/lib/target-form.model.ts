import type {
  FieldErrorCode,
  InheritedTarget,
  SaveTargetSetRequest,
  TargetChoice,
  TargetOrigin,
  TargetSet,
  TargetSetTopic,
} from '@kl/shared/contracts';
import { fieldErrorText } from '@kl/web/shared/util';

export const TARGET_CHOICE_LABELS: Record<TargetChoice, string> = {
  basic: 'Grundläggande',
  advanced: 'Fördjupad',
  none: 'Ingen målnivå',
};

/** A topic's select value: a choice, or `''` = not set here (a unit inherits; the kommun has no target). */
export type TargetSelectValue = TargetChoice | '';
export type TargetFormValue = Record<string, TargetSelectValue>;

export interface TargetOption {
  value: TargetSelectValue;
  label: string;
}

export function originName(origin: TargetOrigin): string {
  return origin.unitName ?? 'hela kommunen';
}

/** "ärvs från Socialförvaltningen: Grundläggande"; null when nothing above sets the topic. */
export function inheritedText(inherited: InheritedTarget | null): string | null {
  return inherited
    ? `ärvs från ${originName(inherited.origin)}: ${TARGET_CHOICE_LABELS[inherited.choice]}`
    : null;
}

const topicsOf = (set: TargetSet): TargetSetTopic[] => set.areas.flatMap((area) => area.topics);

/**
 * The choices of a topic's select. A unit may inherit (the first option names what it would
 * get), set no target explicitly, or set a level; the kommun-wide set has nothing to inherit.
 */
export function targetOptions(topic: TargetSetTopic, isKommunWide: boolean): TargetOption[] {
  const levels: TargetOption[] = [
    { value: 'basic', label: TARGET_CHOICE_LABELS.basic },
    { value: 'advanced', label: TARGET_CHOICE_LABELS.advanced },
  ];
  if (isKommunWide) return [{ value: '', label: TARGET_CHOICE_LABELS.none }, ...levels];
  const inherit = topic.inherited
    ? `Ärv (${originName(topic.inherited.origin)}: ${TARGET_CHOICE_LABELS[topic.inherited.choice]})`
    : 'Ärv (ingen målnivå ovanför)';
  return [
    { value: '', label: inherit },
    { value: 'none', label: TARGET_CHOICE_LABELS.none },
    ...levels,
  ];
}

/** What applies to the topic with the chosen value, and where it comes from. */
export function appliesText(topic: TargetSetTopic, value: TargetSelectValue): string {
  if (value !== '') return `${TARGET_CHOICE_LABELS[value]}, satt här`;
  const inherited = inheritedText(topic.inherited);
  return inherited
    ? inherited.charAt(0).toUpperCase() + inherited.slice(1)
    : TARGET_CHOICE_LABELS.none;
}

export function formValueOf(set: TargetSet): TargetFormValue {
  return Object.fromEntries(topicsOf(set).map((topic) => [topic.code, topic.own ?? '']));
}

/** The whole set to save, in the framework's order: topics left at `''` inherit. */
export function toSaveRequest(
  set: TargetSet,
  value: TargetFormValue,
  version = set.version,
): SaveTargetSetRequest {
  const targets = topicsOf(set).flatMap((topic) => {
    const choice = value[topic.code] ?? '';
    return choice === '' ? [] : [{ topicCode: topic.code, choice }];
  });
  return { unitId: set.unitId, frameworkId: set.frameworkId, role: set.role, version, targets };
}

/** Topics whose chosen value differs from the saved set. */
export function changedTopics(set: TargetSet, value: TargetFormValue): string[] {
  return topicsOf(set)
    .filter((topic) => (value[topic.code] ?? '') !== (topic.own ?? ''))
    .map((topic) => topic.code);
}

/** A topic whose saved setting differs from this user's (the shape of the shared conflict panel's rows). */
export interface TargetConflictRow {
  label: string;
  theirs: string;
  mine: string;
}

const settingText = (value: TargetSelectValue, isKommunWide: boolean): string =>
  value === '' ? (isKommunWide ? TARGET_CHOICE_LABELS.none : 'Ärvs') : TARGET_CHOICE_LABELS[value];

/** After a 409: each topic where the newly saved set and this user's choices differ. */
export function conflictRows(current: TargetSet, mine: TargetFormValue): TargetConflictRow[] {
  const isKommunWide = current.unitId === null;
  return topicsOf(current)
    .filter((topic) => (topic.own ?? '') !== (mine[topic.code] ?? ''))
    .map((topic) => ({
      label: `${topic.code} ${topic.name}`,
      theirs: settingText(topic.own ?? '', isKommunWide),
      mine: settingText(mine[topic.code] ?? '', isKommunWide),
    }));
}

/**
 * A refused save's field errors as sentences naming the topic: `targets.3.choice` is the fourth
 * topic of the request. Errors on the set itself (unit, framework) name the field.
 */
export function saveErrorMessages(
  errors: Record<string, FieldErrorCode>,
  request: SaveTargetSetRequest,
  set: TargetSet,
): string[] {
  const names = new Map(topicsOf(set).map((topic) => [topic.code, `${topic.code} ${topic.name}`]));
  const fields: Record<string, string> = {
    unitId: 'Enhet',
    frameworkId: 'Ramverk',
    role: 'Roll',
    version: 'Version',
  };
  return Object.entries(errors).map(([path, code]) => {
    const index = /^targets\.(\d+)/.exec(path)?.[1];
    const topicCode = index === undefined ? undefined : request.targets[Number(index)]?.topicCode;
    const subject = topicCode ? (names.get(topicCode) ?? topicCode) : (fields[path] ?? path);
    return `${subject}: ${fieldErrorText(code)}`;
  });
}
