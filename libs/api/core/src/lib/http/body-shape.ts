/** Bounds a parsed JSON body must keep before any validation or transformation sees it. */
export interface BodyShapeLimits {
  /** Objects and arrays inside one another; our deepest DTO needs 5. */
  maxDepth: number;
  /** Elements of one array; our largest batch takes 2 000. */
  maxArrayLength: number;
}

export const BODY_SHAPE_LIMITS: BodyShapeLimits = { maxDepth: 16, maxArrayLength: 5_000 };

/**
 * Keys that reach an object's prototype when copied naively; no DTO has them, so they are
 * unknown fields wherever they appear.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** At most this many field problems are reported: enough to act on, never an echo of the body. */
const MAX_REPORTED = 20;

export type BodyShapeProblem =
  | { kind: 'not_an_object' }
  | { kind: 'too_deep' }
  | { kind: 'array_too_long'; path: string }
  | { kind: 'fields'; errors: Record<string, 'unknown_field' | 'invalid_format'> };

/**
 * Checks a parsed JSON body without recursion (a deeply nested body must not overflow the stack
 * here either): the top level is an object, nesting and array lengths stay within the limits,
 * no key is `__proto__`/`constructor`/`prototype`, and every string and key is well-formed UTF-16
 * (a lone surrogate makes validators that URI-encode throw, and cannot be stored as UTF-8).
 */
export function findBodyShapeProblem(body: unknown, limits: BodyShapeLimits = BODY_SHAPE_LIMITS): BodyShapeProblem | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { kind: 'not_an_object' };
  }
  // A Map, then fromEntries: assigning `errors['__proto__']` would set a prototype, not a field.
  const errors = new Map<string, 'unknown_field' | 'invalid_format'>();
  const report = (path: string, code: 'unknown_field' | 'invalid_format') => {
    if (errors.size < MAX_REPORTED) errors.set(path, code);
  };
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: body, path: '', depth: 1 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop() as { value: unknown; path: string; depth: number };
    if (depth > limits.maxDepth) {
      return { kind: 'too_deep' };
    }
    if (Array.isArray(value) && value.length > limits.maxArrayLength) {
      return { kind: 'array_too_long', path };
    }
    const entries: [string, unknown][] = Array.isArray(value)
      ? value.map((item, index) => [String(index), item])
      : Object.entries(value as object);
    for (const [key, child] of entries) {
      if (hasLoneSurrogate(key)) {
        report(pathOf(path, key.replace(LONE_SURROGATES, '\ufffd')), 'invalid_format');
        continue;
      }
      const childPath = pathOf(path, key);
      if (!Array.isArray(value) && FORBIDDEN_KEYS.has(key)) {
        report(childPath, 'unknown_field');
        continue;
      }
      if (typeof child === 'string') {
        if (hasLoneSurrogate(child)) report(childPath, 'invalid_format');
      } else if (typeof child === 'object' && child !== null) {
        stack.push({ value: child, path: childPath, depth: depth + 1 });
      }
    }
  }
  return errors.size > 0 ? { kind: 'fields', errors: Object.fromEntries(errors) } : null;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE, 'g');

/** `String.prototype.isWellFormed` negated, for the ES2023 library this code is typed against. */
export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

const pathOf = (parent: string, key: string) => (parent ? `${parent}.${key}` : key);
