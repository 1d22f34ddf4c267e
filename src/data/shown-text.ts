import { html, type TemplateResult } from 'lit';
import type { ContractDocument } from '../contract/types.js';
import { TEXT_PROPERTIES } from '../contract/schema.js';
import { primaryLanguage } from '../i18n/language-tag.js';

/*
 * The data in the visitor's language (contract 1.1 translations), and which language each text
 * shown is in: a text whose language differs from the widget's carries its own `lang` (WCAG
 * 3.1.2), so a Spanish voice does not read an English college name, nor an English one Spanish.
 * Texts are known by value: a name travels from the record into facet labels, chips and
 * headings, and stays recognisable there.
 */

/** A document as one language shows it. */
export interface ShownDocument {
  doc: ContractDocument;
  /** The document's own language (`language`, default `en`). */
  language: string;
  /** Texts taken from translations into the shown language. */
  translated: ReadonlySet<string>;
  /** Texts in the document's own language (untranslated), to mark where that is not the widget's. */
  original: ReadonlySet<string>;
  /** Whether the document's own language is not the shown one, so its untranslated texts need a `lang`. */
  foreign: boolean;
}

type Translations = Record<string, Record<string, unknown>>;

/** The translations for `locale`: the tag itself, else one of the same language (`es-US` for `es`). */
function pick(translations: Translations, locale: string): Record<string, unknown> | undefined {
  if (translations[locale]) return translations[locale];
  const key = Object.keys(translations).find((tag) => primaryLanguage(tag) === locale);
  return key === undefined ? undefined : translations[key];
}

function collect(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const item of value) if (typeof item === 'string') into.add(item);
}

function localize(value: unknown, locale: string, translated: Set<string>, original: Set<string>): unknown {
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    value.forEach((item, i) => {
      const shown = localize(item, locale, translated, original);
      if (shown !== item) (out ??= [...value])[i] = shown;
    });
    return out ?? value;
  }
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  const chosen = record.translations ? pick(record.translations as Translations, locale) : undefined;
  for (const [key, child] of Object.entries(record)) {
    if (key === 'translations') continue;
    const text = chosen?.[key];
    if (text !== undefined) {
      (out ??= { ...record })[key] = text;
      collect(text, translated);
    } else if (TEXT_PROPERTIES.has(key) && (typeof child === 'string' || Array.isArray(child))) {
      collect(child, original);
    } else if (typeof child === 'object' && child !== null) {
      const shown = localize(child, locale, translated, original);
      if (shown !== child) (out ??= { ...record })[key] = shown;
    }
  }
  return out ?? value;
}

const shownBy = new WeakMap<ContractDocument, Map<string, ShownDocument>>();

/** The document in `locale` ("en", "es"), falling back to its own language; made once per document and language. */
export function shownDocument(doc: ContractDocument, locale: string): ShownDocument {
  let byLocale = shownBy.get(doc);
  if (!byLocale) shownBy.set(doc, (byLocale = new Map()));
  let shown = byLocale.get(locale);
  if (!shown) {
    const language = typeof doc.language === 'string' && doc.language ? doc.language : 'en';
    const translated = new Set<string>();
    const original = new Set<string>();
    const foreign = primaryLanguage(language) !== locale;
    // In its own language the document is shown as written: no walk, nothing to mark.
    const localized = foreign ? (localize(doc, locale, translated, original) as ContractDocument) : doc;
    shown = { doc: localized, language, translated, original, foreign };
    byLocale.set(locale, shown);
  }
  return shown;
}

let current: ShownDocument | undefined;

/** Renders with `shown` as the data in scope: `dataText` marks its texts. */
export function withShown<T>(shown: ShownDocument | undefined, fn: () => T): T {
  const outer = current;
  current = shown;
  try {
    return fn();
  } finally {
    current = outer;
  }
}

/** The `lang` a text from the data needs in the widget rendering now, or undefined when it is the widget's. */
export function dataLang(text: string | undefined): string | undefined {
  if (!current?.foreign || text === undefined || current.translated.has(text) || !current.original.has(text)) return undefined;
  return current.language;
}

/** A text from the data (or what renders it: a highlighted name), in a `lang` span where its language is not the widget's. */
export function dataText(text: string | undefined, content: unknown = text): unknown {
  const lang = dataLang(text);
  return lang ? html`<span lang=${lang}>${content}</span>` : content;
}

/**
 * A message with texts from the data inside it ("Source: {name}"), each marked as `dataText`
 * marks it: the message is made with placeholders, then split around them.
 */
export function withData(message: (...slots: string[]) => string, texts: readonly (string | undefined)[]): TemplateResult | string {
  if (!texts.some((t) => dataLang(t))) return message(...texts.map((t) => t ?? ''));
  const slots = texts.map((_, i) => `\uE000${i}\uE001`);
  const parts = message(...slots).split(/\uE000(\d+)\uE001/);
  return html`${parts.map((part, i) => (i % 2 ? dataText(texts[Number(part)]) : part))}`;
}

/** Parts (texts from the data among them) joined by `separator`, the empty ones left out. */
export function joined(parts: readonly unknown[], separator: string): unknown[] {
  return parts.filter((p) => p !== undefined && p !== '' && p !== null && p !== false).flatMap((p, i) => (i ? [separator, p] : [p]));
}
