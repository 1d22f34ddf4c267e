import { msg, str } from '../i18n/msg.js';
import type * as v from 'valibot';

/** How a value that was found is named in a message: the text itself when short, else its kind. */
export function describeValue(input: unknown): string {
  if (typeof input === 'string') {
    const s = input.length > 40 ? input.slice(0, 39) + '…' : input;
    return input.trim() === '' ? msg('empty text') : `'${s}'`;
  }
  if (typeof input === 'number') return Number.isFinite(input) ? String(input) : msg('a number that is not finite');
  if (typeof input === 'boolean') return String(input);
  if (input === null) return 'null';
  if (Array.isArray(input)) return msg('a list');
  if (typeof input === 'object') return msg('an object');
  return msg(str`a value of type ${typeof input}`);
}

/** What a schema expected, in words, when no phrase was written for it. */
function expectedByType(issue: v.BaseIssue<unknown>): string {
  switch (issue.type) {
    case 'string':
      return msg('text');
    case 'number':
    case 'finite':
      return msg('a number');
    case 'boolean':
      return msg('true or false');
    case 'object':
      return msg('an object');
    case 'array':
      return msg('a list');
    case 'picklist': {
      const options = (issue.expected ?? '').replace(/[()]/g, '').split(' | ').join(', ');
      return msg(str`one of ${options}`);
    }
    default:
      return issue.expected ?? msg('a valid value');
  }
}

/** "expected an ISO 8601 duration such as P1Y, got 'one year'", or "is required but missing". */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  // valibot reports a missing key as an "object" issue at the key's path.
  if (issue.input === undefined && issue.type === 'object') return msg('is required but missing');
  const expected = issue.message || expectedByType(issue);
  // A cross-field check sees the whole record; name the value at the path it points to.
  const crossField = issue.type === 'check' || issue.type === 'raw_check';
  const at = crossField ? issue.path?.at(-1) : undefined;
  const input = at ? at.value : issue.input;
  if (input === undefined) return msg(str`is missing (expected ${expected})`);
  return msg(str`expected ${expected}, got ${describeValue(input)}`);
}
