// A JSON Pointer in words a person who keeps the spreadsheet can follow:
// "/programs/3/timeToComplete" → "program 4 (Cyber Technology Certificate) › timeToComplete",
// in the language in scope. Property names stay as the file writes them.
import { msg, str } from '../i18n/msg.js';

const RECORD_WORDS: Record<string, (n: number) => string> = {
  fields: (n) => msg(str`Field ${n}`),
  institutions: (n) => msg(str`Institution ${n}`),
  programs: (n) => msg(str`Program ${n}`),
  sources: (n) => msg(str`Source ${n}`),
  outcomes: (n) => msg(str`Outcome ${n}`),
  members: (n) => msg(str`Member ${n}`),
};

function child(node: unknown, key: string): unknown {
  if (Array.isArray(node)) return node[Number(key)];
  return node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
}

/** Names a record by its name, or else its id, when it has one that is text. */
function recordName(record: unknown): string {
  const name = child(record, 'name') ?? child(record, 'id');
  return typeof name === 'string' && name.trim() ? ` (${name.trim().slice(0, 80)})` : '';
}

export function placeWords(pointer: string, doc: unknown): string {
  if (pointer === '') return msg('The whole document');
  const segments = pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const words: string[] = [];
  let node = doc;
  const [section = ''] = segments;
  segments.forEach((segment, i) => {
    const record = Object.prototype.hasOwnProperty.call(RECORD_WORDS, section) ? RECORD_WORDS[section] : undefined;
    if (i === 1 && record && /^\d+$/.test(segment)) {
      node = child(node, segment);
      words[0] = `${record(Number(segment) + 1)}${recordName(node)}`;
      return;
    }
    words.push(/^\d+$/.test(segment) && Array.isArray(node) ? msg(str`item ${Number(segment) + 1}`) : segment);
    node = child(node, segment);
  });
  return words.join(' › ');
}
