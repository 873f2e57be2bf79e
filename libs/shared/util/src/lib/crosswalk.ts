import type { CrosswalkEntry, FieldErrorCode } from '@kl/shared/contracts';

/**
 * Checks that a crosswalk between two framework versions is complete and consistent: every topic
 * of the new version and every topic of the previous one is accounted for, each entry's kind
 * matches its shape (`new` has no previous topic, `removed` no new one), and a `split` or
 * `merged` really involves several topics. Answers field codes keyed by entry index.
 */
export function crosswalkErrors(
  entries: readonly CrosswalkEntry[],
  topicCodes: readonly string[],
  previousTopicCodes: readonly string[],
): Record<string, FieldErrorCode> {
  const errors: Record<string, FieldErrorCode> = {};
  const current = new Set(topicCodes);
  const previous = new Set(previousTopicCodes);
  const seen = new Set<string>();

  entries.forEach((entry, index) => {
    const at = `entries.${index}`;
    const key = `${entry.topicCode ?? ''}>${entry.previousTopicCode ?? ''}`;
    if (seen.has(key)) {
      errors[at] = 'not_unique';
      return;
    }
    seen.add(key);
    if (entry.topicCode === null && entry.kind !== 'removed') {
      errors[`${at}.topicCode`] = 'required';
    } else if (entry.topicCode !== null && entry.kind === 'removed') {
      errors[`${at}.topicCode`] = 'not_allowed';
    } else if (entry.topicCode !== null && !current.has(entry.topicCode)) {
      errors[`${at}.topicCode`] = 'invalid_value';
    }
    if (entry.previousTopicCode === null && entry.kind !== 'new') {
      errors[`${at}.previousTopicCode`] = 'required';
    } else if (entry.previousTopicCode !== null && entry.kind === 'new') {
      errors[`${at}.previousTopicCode`] = 'not_allowed';
    } else if (entry.previousTopicCode !== null && !previous.has(entry.previousTopicCode)) {
      errors[`${at}.previousTopicCode`] = 'invalid_value';
    }
    if (entry.kind === 'same' && entry.topicCode !== entry.previousTopicCode) {
      errors[`${at}.kind`] = 'invalid_value';
    }
  });

  const count = (pick: (e: CrosswalkEntry) => string | null, code: string, kind: CrosswalkEntry['kind']) =>
    entries.filter((e) => pick(e) === code && e.kind === kind).length;
  entries.forEach((entry, index) => {
    if (entry.kind === 'split' && entry.previousTopicCode && count((e) => e.previousTopicCode, entry.previousTopicCode, 'split') < 2) {
      errors[`entries.${index}.kind`] ??= 'invalid_value';
    }
    if (entry.kind === 'merged' && entry.topicCode && count((e) => e.topicCode, entry.topicCode, 'merged') < 2) {
      errors[`entries.${index}.kind`] ??= 'invalid_value';
    }
  });

  const mapped = new Set(entries.map((e) => e.topicCode));
  const mappedPrevious = new Set(entries.map((e) => e.previousTopicCode));
  for (const code of topicCodes) {
    if (!mapped.has(code)) errors[`topics.${code}`] = 'required';
  }
  for (const code of previousTopicCodes) {
    if (!mappedPrevious.has(code)) errors[`previousTopics.${code}`] = 'required';
  }
  return errors;
}
