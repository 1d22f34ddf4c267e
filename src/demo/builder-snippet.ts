// The snippets the builder hands out: plain strings, escaped here, never parsed as HTML by the
// builder itself. Partner values (a URL or a pasted document) may hold quotes or `</script>`.
import { msg } from '../i18n/msg.js';

/** Where the builder suggests the partner puts their copy of the script-tag bundle. */
export const DEFAULT_SCRIPT_ADDRESS = '/js/stem-widgets.js';

/** The package's define file for one element: `stem-program-finder` → `stem-widgets/program-finder.js`. */
export const npmImport = (tag: string) => `stem-widgets/${tag.replace(/^stem-/, '')}.js`;

export const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * A document as the text of an inline `<script type="application/json">`: `<` only occurs inside
 * JSON strings, where `\u003c` means the same, so neither `</script>` nor `<!--` can end the
 * element early. Text that is not JSON is escaped the same way (the widget will report it).
 */
export function inlineJson(text: string): string {
  let json = text.trim();
  try {
    json = JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    // Kept as written: the widget says what is wrong with it.
  }
  return json.replace(/</g, '\\u003c');
}

export interface SnippetParts {
  tag: string;
  /** Attributes that differ from the element's defaults; `true` for a boolean one. */
  attributes: [name: string, value: string | true][];
  /** Changed tokens, as `[name, value]`. */
  tokens: [name: string, value: string][];
  /** A document to embed in the element, already passed through `inlineJson`. */
  json?: string;
}

export function elementMarkup({ tag, attributes, json }: SnippetParts): string {
  const attrs = attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
  if (json === undefined) return `<${tag}${attrs}></${tag}>`;
  const body = json
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
  return `<${tag}${attrs}>\n  <script type="application/json">\n${body}\n  </script>\n</${tag}>`;
}

export function styleBlock({ tag, tokens }: SnippetParts): string {
  if (tokens.length === 0) return '';
  return `<style>\n  ${tag} {\n${tokens.map(([name, value]) => `    ${name}: ${value};\n`).join('')}  }\n</style>\n`;
}

/** For a web page: the script tag loading the partner's own copy, the tokens, the element. */
export const scriptSnippet = (parts: SnippetParts, scriptAddress: string) =>
  `<script type="module" src="${escapeAttribute(scriptAddress)}"></script>\n${styleBlock(parts)}${elementMarkup(parts)}\n`;

/**
 * For npm users: the install from the release's package file, the import, and the markup for
 * their template; its two comments in the language in scope.
 */
export const npmSnippet = (parts: SnippetParts, version: string) =>
  `npm install ./stem-widgets-${version}.tgz\n\n// ${msg("once, in your app's entry module")}\nimport '${npmImport(parts.tag)}';\n\n<!-- ${msg('in your template')} -->\n${styleBlock(parts)}${elementMarkup(parts)}\n`;
