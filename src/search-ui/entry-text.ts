import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dataLang } from '../data/shown-text.js';
import { msg } from '../i18n/msg.js';
import { markedText } from './marked-text.js';

/** The id of the one "(opens in a new tab)" note each list refers to, instead of a copy inside every heading. */
export const NEW_TAB_NOTE = 'new-tab-note';

/** Rendered once per widget, hidden: read as the description of each link that opens a new tab. */
export function renderNewTabNote(): TemplateResult {
  return html`<span id=${NEW_TAB_NOTE} hidden>${msg('(opens in a new tab)')}</span>`;
}

/** A description this long shows whole; a longer one starts short, with a button for the rest. */
const SHORT = 180;
const WHOLE_UP_TO = 240;

export interface TextToggle {
  /** The entries whose whole description the visitor opened. */
  openTexts: ReadonlySet<string>;
  onToggleText: (id: string) => void;
}

/**
 * An entry's description: short ones whole; long ones cut at a word with "Read more", which shows
 * all of it in place (no line clamp, so text spacing or zoom never hides part of it). `label`
 * names the entry for the button ("Read more: Cybersecurity Certificate, Lakeshore College").
 */
export function renderDescription(id: string, label: string, text: string, terms: readonly string[], ctx: TextToggle): TemplateResult {
  const long = text.length > WHOLE_UP_TO;
  const open = long && ctx.openTexts.has(id);
  const shown = long && !open ? excerpt(text, SHORT) : text;
  // Every character but letters, digits and "-" escaped: "a.b" and "a_b" stay two ids.
  const textId = `text-${id.replace(/[^A-Za-z0-9-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}_`)}`;
  return html`<p class="description" id=${textId} dir="auto" lang=${ifDefined(dataLang(text))} ${markedText(shown, terms)}></p>
    ${
      long
        ? html`<button
            class="link-button more-text"
            type="button"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${textId}
            @click=${() => ctx.onToggleText(id)}
          >
            ${open ? msg('Show less') : msg('Read more')}<span class="visually-hidden">: ${label}</span>
          </button>`
        : ''
    }`;
}

/** Cards show a few lines of a description: a long one is cut at a word, near `max` characters. */
export function excerpt(text: string, max = 600): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return `${text.slice(0, cut > max / 2 ? cut : max).trimEnd()}…`;
}
