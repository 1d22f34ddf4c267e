// What the embed builder knows about each widget comes from custom-elements.json (made from the
// JSDoc by `npm run analyze`), so a new attribute gets a control without a change here.

/** The parts of the custom-elements manifest the builder reads. */
export interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}
interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: ManifestAttribute[];
  cssProperties?: { name: string; default?: string; description?: string }[];
}
export interface ManifestAttribute {
  name: string;
  fieldName?: string;
  type?: { text: string };
  description?: string;
}

export interface WidgetInfo {
  tag: string;
  /** Its `@summary`, else the first sentence of its description. */
  summary: string;
  attributes: ManifestAttribute[];
  cssProperties: { name: string; default: string; description: string }[];
}

/** `<stem-data>` shares data and shows nothing itself: it is not a widget to configure. */
const NOT_WIDGETS = new Set(['stem-data']);

/** The README's order; a widget it does not name comes last. */
const ORDER = ['stem-program-finder', 'stem-outcome-card', 'stem-member-directory'];
const order = (tag: string) => (ORDER.includes(tag) ? ORDER.indexOf(tag) : ORDER.length);

export function widgetsIn(manifest: Manifest): WidgetInfo[] {
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName && !NOT_WIDGETS.has(d.tagName))
    .map((d) => ({
      tag: d.tagName!,
      summary: d.summary ?? firstSentence(d.description ?? ''),
      attributes: d.attributes ?? [],
      cssProperties: (d.cssProperties ?? []).map((p) => ({ name: p.name, default: p.default ?? '', description: p.description ?? '' })),
    }))
    .sort((a, b) => order(a.tag) - order(b.tag));
}

export function firstSentence(text: string): string {
  const [first = ''] = text.split(/\.(?:\s|$)|\n/);
  return first.trim();
}

/**
 * The values an attribute accepts, when it lists them: a union of string literals as its type,
 * else the `code` words of its description's first sentence, which is how the JSDoc names them
 * ("`grid` (cards) or `list` (one per row)"). Empty when the attribute takes free text.
 */
export function choicesOf(attr: ManifestAttribute): string[] {
  const type = attr.type?.text ?? '';
  if (/^'[^']*'(\s*\|\s*'[^']*')+$/.test(type)) return type.split('|').map((t) => t.trim().slice(1, -1));
  return [...firstSentence(attr.description ?? '').matchAll(/`([\w-]+)`/g)].flatMap((m) => m[1] ?? []);
}

/** A comma-separated list of values ("comma-separated", "any of"), rather than one value. */
export function isList(attr: ManifestAttribute): boolean {
  return /comma-separated|any of/i.test(attr.description ?? '');
}
