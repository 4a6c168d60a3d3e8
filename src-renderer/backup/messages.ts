// Turns a schema issue into one sentence a user can act on, e.g.
// 'Record 4 of study sessions has a bad "date": expected a calendar date …'.
import type { z } from 'zod';
import { TABLE_INFO, TABLE_NAMES, type TableName } from './format';

type Issue = z.core.$ZodIssue;

function isTableName(value: unknown): value is TableName {
  return typeof value === 'string' && (TABLE_NAMES as readonly string[]).includes(value);
}

function kindOf(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

const EXPECTED_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
};

function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function reason(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED_WORDS[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return 'it is missing';
      return `expected ${expected} but found ${kindOf(issue.input)}`;
    }
    case 'unrecognized_keys':
      return `it has unexpected fields: ${issue.keys.map((key) => `"${clip(key)}"`).join(', ')}`;
    case 'invalid_value':
      return `expected ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}`;
    case 'invalid_union':
      return 'it is neither of the accepted forms';
    case 'too_big':
      if (issue.origin === 'string') return `it is longer than ${issue.maximum} characters`;
      if (issue.origin === 'array') return `it has more than ${issue.maximum} items`;
      return issue.message.startsWith('it ') ? issue.message : `it is more than ${issue.maximum}`;
    case 'too_small':
      if (issue.origin === 'string') return 'it is empty or too short';
      return issue.message.startsWith('it ') ? issue.message : `it is less than ${issue.minimum}`;
    default:
      return issue.message;
  }
}

function describeField(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `item ${part + 1}` : `"${clip(String(part))}"`)).join(' → ');
}

/** One plain sentence naming where the problem is and what is wrong. */
export function describeIssue(issue: Issue): string {
  const path = issue.path;
  const why = reason(issue);
  if (path[0] === 'data' && isTableName(path[1])) {
    const label = TABLE_INFO[path[1]].label;
    if (typeof path[2] === 'number') {
      const field = path.slice(3);
      const what = field.length ? `a bad ${describeField(field)}` : 'a problem';
      return `Record ${path[2] + 1} of ${label} has ${what}: ${why}.`;
    }
    return `The list of ${label} is not usable: ${why}.`;
  }
  if (path.length === 0) return `The backup is not usable: ${why}.`;
  return `The backup's ${describeField(path)} is not usable: ${why}.`;
}
