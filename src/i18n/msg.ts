/*
 * The library's own message seam: `msg` and `str` as lit-localize's extractor knows them (by the
 * brands on their types), with no runtime behind them but the translator in scope. The contract
 * and the validator use them and so depend on no UI library; whoever calls them says the language
 * by putting a translator in scope (`translating`), and without one they answer in English.
 * Nothing here is page-wide: an application's own @lit/localize is never configured or read.
 */

export interface StrResult {
  strTag: true;
  strings: TemplateStringsArray;
  values: unknown[];
}

export interface MsgOptions {
  id?: string;
  desc?: string;
}

/** Turns a source message (English) into the text of one language. */
export type Translator = (template: string | StrResult, options?: MsgOptions) => string;

const join = (strings: readonly string[], values: readonly unknown[]): string =>
  strings.reduce((text, part, i) => text + String(values[i - 1]) + part);

/** The source language: the message as written. */
export const english: Translator = (template) => (typeof template === 'string' ? template : join(template.strings, template.values));

let current: Translator = english;

/** Runs `fn` with `translator` answering every `msg` inside it; synchronous, so scopes never interleave. */
export function translating<T>(translator: Translator, fn: () => T): T {
  const outer = current;
  current = translator;
  try {
    return fn();
  } finally {
    current = outer;
  }
}

function translate(template: string | StrResult, options?: MsgOptions): string {
  return current(template, options);
}

/** A user-visible message, in the language of the translator in scope. */
export const msg = translate as typeof translate & { _LIT_LOCALIZE_MSG_?: never };

function strTag(strings: TemplateStringsArray, ...values: unknown[]): StrResult {
  return { strTag: true, strings, values };
}

/** Marks a message with values (`str\`Showing ${n}\``), which a translation may reorder. */
export const str = strTag as typeof strTag & { _LIT_LOCALIZE_STR_?: never };
