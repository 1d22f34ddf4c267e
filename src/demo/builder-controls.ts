// One form control per attribute, made from the manifest entry and the element's real default:
// booleans are switches, numbers number fields, listed values a select (one) or checkboxes
// (a comma-separated list), values from the document the same, and anything else a text field.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { choicesOf, isList, type ManifestAttribute, type WidgetInfo } from './builder-manifest.js';
import { DOCUMENT_VALUES, type Choice } from './builder-values.js';
import { isSafeCssValue, type Token } from './builder-tokens.js';
import { attributeHelp, tokenHelp, withCode } from './builder-help.js';
import { msg, str } from '../i18n/msg.js';

export type Value = string | boolean;

export interface Control {
  name: string;
  /** The manifest's description (English, with `code` in backticks). */
  description: string;
  /** The description in the language in scope: the builder's own words, else the manifest's. */
  help: () => string;
  kind: 'boolean' | 'number' | 'choice' | 'list' | 'text';
  /** The element's own default, as an attribute value ('' for none). */
  default: Value;
  /** Values listed in the manifest; document values replace them when a document is loaded. */
  choices: Choice[];
  fromDocument: boolean;
}

/** Attributes the builder sets elsewhere: the data section writes `src`. */
const NOT_CONTROLS = new Set(['src']);

const camel = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/** The controls for a widget; defaults are read from a fresh element, so they are the real ones. */
export function controlsFor(widget: WidgetInfo): Control[] {
  const fresh = document.createElement(widget.tag) as unknown as Record<string, unknown>;
  return widget.attributes
    .filter((a) => !NOT_CONTROLS.has(a.name))
    .map((attr: ManifestAttribute) => {
      const initial = fresh[attr.fieldName ?? camel(attr.name)];
      const fromDocument = Boolean(DOCUMENT_VALUES[widget.tag]?.[attr.name]);
      const choices = choicesOf(attr).map((value) => ({ value, label: value }));
      const kind =
        typeof initial === 'boolean'
          ? 'boolean'
          : typeof initial === 'number' || attr.type?.text === 'number'
            ? 'number'
            : isList(attr)
              ? 'list'
              : choices.length > 0 || fromDocument
                ? 'choice'
                : 'text';
      const description = attr.description ?? '';
      return {
        name: attr.name,
        description,
        help: () => attributeHelp(widget.tag, attr.name) ?? description,
        kind,
        default: typeof initial === 'boolean' ? initial : initial === null || initial === undefined ? '' : String(initial),
        choices,
        fromDocument,
      } satisfies Control;
    });
}

const splitList = (value: string) =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export interface ControlContext {
  value: Value;
  /** The document's values for this attribute, when it takes them and a document is loaded. */
  documentChoices: Choice[] | undefined;
  onChange: (value: Value) => void;
}

function hint(control: Control) {
  return html`<p class="hint" id="hint-${control.name}">${withCode(control.help())}</p>`;
}

/** The control for one attribute; its label is the attribute's name, as it is written in the snippet. */
export function controlTemplate(control: Control, { value, documentChoices, onChange }: ControlContext): TemplateResult {
  const id = `attr-${control.name}`;
  const label = html`<label for=${id}><code>${control.name}</code></label>`;
  const described = `hint-${control.name}`;
  const text = (e: Event) => onChange((e.target as HTMLInputElement | HTMLSelectElement).value);
  const choices = documentChoices ?? control.choices;
  if (control.kind === 'boolean') {
    return html`<div class="control switch-control">
      <input
        type="checkbox"
        role="switch"
        aria-checked=${value === true ? 'true' : 'false'}
        id=${id}
        aria-describedby=${described}
        .checked=${live(value === true)}
        @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)}
      />
      ${label} ${hint(control)}
    </div>`;
  }
  if (control.kind === 'list' && choices.length > 0) {
    const selected = new Set(splitList(String(value)));
    // Checked values in the order offered: `filters` shows its groups in the order written.
    const toggle = (choice: string, on: boolean) =>
      onChange(
        choices
          .map((c) => c.value)
          .filter((v) => (v === choice ? on : selected.has(v)))
          .join(','),
      );
    return html`<fieldset class="control list-control" aria-describedby=${described}>
      <legend><code>${control.name}</code></legend>
      ${hint(control)}
      <div class="choices">
        ${choices.map(
          (c, i) =>
            html`<label class="choice"
              ><input
                type="checkbox"
                id="${id}-${i}"
                value=${c.value}
                .checked=${live(selected.has(c.value))}
                @change=${(e: Event) => toggle(c.value, (e.target as HTMLInputElement).checked)}
              />
              ${c.label}</label
            >`,
        )}
      </div>
    </fieldset>`;
  }
  if (control.kind === 'choice' && choices.length > 0) {
    // Without a default, "not set" is a choice of its own (the widget decides, or inherits).
    const blank = control.default === '' ? html`<option value="" ?selected=${value === ''}>${msg('Not set')}</option>` : nothing;
    return html`<div class="control">
      ${label}
      <select id=${id} aria-describedby=${described} @change=${text}>
        ${blank} ${choices.map((c) => html`<option value=${c.value} ?selected=${c.value === value}>${c.label}</option>`)}
      </select>
      ${hint(control)}
    </div>`;
  }
  // Numbers, free text, and lists or subjects before a document has loaded (typed by hand).
  return html`<div class="control">
    ${label}
    <input
      id=${id}
      type=${control.kind === 'number' ? 'number' : 'text'}
      aria-describedby=${described}
      .value=${live(String(value))}
      @change=${text}
    />
    ${hint(control)}
  </div>`;
}

export function tokenTemplate(token: Token, value: string, onChange: (value: string) => void): TemplateResult {
  const id = `token${token.name}`;
  const invalid = !token.color && !isSafeCssValue(value);
  const description = tokenHelp(token.name) ?? token.description;
  return html`<div class="control token-control">
    <label for=${id}><code>${token.name}</code></label>
    <input
      id=${id}
      type=${token.color ? 'color' : 'text'}
      .value=${live(value)}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby="tokenhint${token.name}"
      @input=${(e: Event) => onChange((e.target as HTMLInputElement).value)}
    />
    <p class="hint" id="tokenhint${token.name}">
      ${invalid ? html`<strong>${msg('Not used:')}</strong> ${msg(str`a value cannot contain ${'; { } < >'} or \\.`)} ` : nothing}${withCode(description)}
      ${token.default ? html`${msg('Default:')} <code>${token.default}</code>.` : nothing}
    </p>
  </div>`;
}
