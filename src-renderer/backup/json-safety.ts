// Checks on raw text and parsed JSON that run before any schema: they keep
// hostile structures (prototype-pollution keys, absurd nesting, giant strings)
// away from the rest of the code, and tell a cut-off file from a garbled one.

/** Keys that could reach an object's prototype if some code ever merged them. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
export const MAX_DEPTH = 40;
export const MAX_STRING_CHARS = 1_000_000;

/**
 * True when text that failed to parse looks like valid JSON cut short: it
 * ends inside a string or with objects or arrays still open.
 */
export function looksTruncated(text: string): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') {
      depth--;
      // Below zero it is garbled; at zero the file held a whole value and failed
      // after it (two files glued together, trailing junk): not cut off.
      if (depth <= 0) return false;
    }
  }
  return inString || depth > 0;
}

/**
 * Walks parsed JSON without recursion and returns a plain-words problem, or
 * null when the structure is safe to hand to the schemas.
 */
export function findUnsafeJson(root: unknown): string | null {
  const stack: Array<{ value: unknown; depth: number; where: string }> = [{ value: root, depth: 0, where: 'the file' }];
  while (stack.length > 0) {
    const { value, depth, where } = stack.pop()!;
    if (typeof value === 'string') {
      if (value.length > MAX_STRING_CHARS) return `A text in ${where} is longer than ${MAX_STRING_CHARS} characters.`;
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_DEPTH) return `The data in ${where} is nested more than ${MAX_DEPTH} levels deep.`;
    if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, depth: depth + 1, where });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return `The file contains a field named "${key}", which a backup never has.`;
      if (key.length > MAX_STRING_CHARS) return `A field name in ${where} is too long.`;
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1, where: depth === 0 ? `"${key}"` : where });
    }
  }
  return null;
}
