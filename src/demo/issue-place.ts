// A JSON Pointer in words a person who keeps the spreadsheet can follow:
// "/programs/3/timeToComplete" → "program 4 (Cyber Technology Certificate) › timeToComplete".

const RECORD_WORDS: Record<string, string> = {
  fields: 'field',
  institutions: 'institution',
  programs: 'program',
  sources: 'source',
  outcomes: 'outcome',
  members: 'member',
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
  if (pointer === '') return 'The whole document';
  const segments = pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const words: string[] = [];
  let node = doc;
  segments.forEach((segment, i) => {
    const record = RECORD_WORDS[segments[0]!];
    if (i === 1 && record && /^\d+$/.test(segment)) {
      node = child(node, segment);
      words[0] = `${record[0]!.toUpperCase()}${record.slice(1)} ${Number(segment) + 1}${recordName(node)}`;
      return;
    }
    words.push(/^\d+$/.test(segment) && Array.isArray(node) ? `item ${Number(segment) + 1}` : segment);
    node = child(node, segment);
  });
  return words.join(' › ');
}
