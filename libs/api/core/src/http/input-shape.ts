/**
 * Limits on the shape of input, checked before anything recursive (validation, transformation) sees it.
 * Both checks are loops with an explicit stack: a hostile body cannot overflow the call stack here.
 */

/** Deepest nesting of objects and arrays a request body may have. Real bodies nest 2 or 3 levels. */
export const MAX_JSON_DEPTH = 16;

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
/** In a `u` regex a surrogate pair is one code point, so this matches only a lone surrogate. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const BACKSLASH = 0x5c;

/** True when raw JSON text nests objects/arrays deeper than `max`; one pass over the bytes, strings skipped. */
export function jsonNestsDeeperThan(raw: Buffer | string, max: number): boolean {
  const bytes = typeof raw === 'string' ? Buffer.from(raw) : raw;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > max) return true;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
    }
  }
  return false;
}

/** Depth of an already parsed value (query strings parsed into objects), iteratively. */
export function valueNestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (typeof current !== 'object' || current === null) continue;
    if (depth + 1 > max) return true;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * The path (`email`, `languages.1`, `filter.q`) of the first string or key that is not well-formed
 * Unicode (a lone UTF-16 surrogate, which PostgreSQL would silently store as U+FFFD), or undefined.
 */
export function findIllFormedString(value: unknown, root = ''): string | undefined {
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length > 0) {
    const [current, path] = stack.pop() as [unknown, string];
    if (typeof current === 'string') {
      if (LONE_SURROGATE.test(current)) return (path || 'body').slice(0, 80);
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    const entries = Object.entries(current);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i];
      const childPath = path ? `${path}.${key}` : key;
      if (LONE_SURROGATE.test(key)) return (path || 'body').slice(0, 80);
      stack.push([child, childPath]);
    }
  }
  return undefined;
}
