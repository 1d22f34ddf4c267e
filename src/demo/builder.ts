// The embed builder: a site owner picks a widget and its data, sets its attributes and tokens
// with controls made from custom-elements.json, sees it live, and copies the snippet. The preview
// is built from the same parts as the snippet, so what is copied is what was seen; only the
// addresses differ: the snippet names where the partner's copies of the script and the data will
// be, never this page's server (under `npm start`, a development server). Its words are in the
// page's language (the switch beside the navigation); the widget previewed speaks its own `lang`,
// else the page's, as on a partner's page.
import '../define.js';
import { html, nothing, render } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ContractDocument } from '../contract/types.js';
import { VERSION } from '../core/version.js';
import { formatLocale } from '../core/localization.js';
import { formatNumber } from '../core/format.js';
import { msg, str } from '../i18n/msg.js';
import { addDemoNav } from './nav.js';
import { widgetsIn, type Manifest, type WidgetInfo } from './builder-manifest.js';
import { controlsFor, controlTemplate, tokenTemplate, type Control, type Value } from './builder-controls.js';
import { tokensFor, isSafeCssValue, type Token } from './builder-tokens.js';
import { documentValues } from './builder-values.js';
import { DEFAULT_SCRIPT_ADDRESS, inlineJson, npmSnippet, scriptSnippet, type SnippetParts } from './builder-snippet.js';
import { copyText } from './copy-text.js';
import { widgetSummary, withCode } from './builder-help.js';
import { inPageLanguage, pageLanguage, readPageLanguage } from './page-language.js';

readPageLanguage();

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = byId<HTMLFormElement>('controls');
const frame = byId<HTMLDivElement>('preview-frame');
const previewStatus = byId<HTMLParagraphElement>('preview-status');
const scriptOut = byId<HTMLElement>('snippet-script');
const npmOut = byId<HTMLElement>('snippet-npm');
const copyStatus = byId<HTMLParagraphElement>('copy-status');

const SAMPLES = { consortium: () => msg('The sample consortium'), coalition: () => msg('The sample coalition') } as const;
type DataKind = keyof typeof SAMPLES | 'url' | 'paste';
const WIDTHS = ['full', '768px', '480px', '320px'] as const;

const state = {
  widgets: [] as WidgetInfo[],
  widget: undefined as unknown as WidgetInfo,
  controls: [] as Control[],
  values: {} as Record<string, Value>,
  tokens: [] as Token[],
  tokenValues: {} as Record<string, string>,
  data: 'consortium' as DataKind,
  url: '',
  pasted: '',
  /** The two addresses on the partner's site; an empty one means the suggestion. */
  scriptAddress: '',
  dataAddress: '',
  width: 'full' as (typeof WIDTHS)[number],
  doc: undefined as ContractDocument | undefined,
};

/**
 * What the preview's status says, kept as words to make: made again in a new language. The
 * widget's failure is read inside this scope too, as its message is made when it is read.
 */
let status: () => string = () => msg('Loading the builder…');
function showStatus(words: () => string): void {
  status = words;
  previewStatus.textContent = inPageLanguage(words);
}

function chooseWidget(tag: string): void {
  state.widget = state.widgets.find((w) => w.tag === tag)!;
  state.controls = controlsFor(state.widget);
  state.values = Object.fromEntries(state.controls.map((c) => [c.name, c.default]));
  state.tokens = tokensFor(state.widget);
  state.tokenValues = Object.fromEntries(state.tokens.map((t) => [t.name, t.default]));
}

/** Where the preview reads the data: a sample from this site, or the partner's URL. */
function previewSrc(): string {
  if (state.data === 'url') return state.url.trim();
  if (state.data === 'paste') return '';
  return new URL(`../sample/${state.data}.json`, location.href).href;
}

/** The data address the snippet writes: the one typed in, else the URL being previewed, else a suggestion. */
function dataAddress(): string {
  if (state.data === 'paste') return '';
  return state.dataAddress.trim() || (state.data === 'url' ? state.url.trim() : `/data/${state.data}.json`);
}

const scriptAddress = () => state.scriptAddress.trim() || DEFAULT_SCRIPT_ADDRESS;

function snippetParts(src: string): SnippetParts {
  const attributes: SnippetParts['attributes'] = [];
  if (src) attributes.push(['src', src]);
  for (const c of state.controls) {
    const value = state.values[c.name] ?? c.default;
    if (value === c.default) continue;
    if (typeof value === 'boolean') {
      if (value) attributes.push([c.name, true]);
    } else attributes.push([c.name, value]);
  }
  const tokens = state.tokens.flatMap((t) => {
    const value = state.tokenValues[t.name] ?? t.default;
    return value !== t.default && isSafeCssValue(value) ? [[t.name, value] as [string, string]] : [];
  });
  return { tag: state.widget.tag, attributes, tokens, ...(state.data === 'paste' ? { json: inlineJson(state.pasted) } : {}) };
}

/** A fresh widget from the snippet's parts: preselections and data apply from the start, as on a new page. */
function rebuildPreview(parts: SnippetParts): void {
  // No data yet: say what to do rather than show an empty widget.
  if (parts.json === '' || (parts.json === undefined && !parts.attributes.some(([name]) => name === 'src'))) {
    frame.replaceChildren();
    showStatus(() =>
      parts.json === ''
        ? msg('Paste your JSON document to see the widget on it.')
        : msg('Enter your data file’s URL to see the widget on it.'),
    );
    return;
  }
  showStatus(() => msg('Loading the data…'));
  const el = document.createElement(parts.tag);
  for (const [name, value] of parts.attributes) el.setAttribute(name, value === true ? '' : value);
  if (parts.json !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = parts.json;
    el.append(script);
  }
  el.addEventListener('stem-data-load', (e) => {
    const problems = e.detail.issues.length;
    showStatus(() => {
      const n = formatNumber(problems, formatLocale(pageLanguage()));
      return !problems
        ? msg('Data loaded.')
        : problems === 1
          ? msg(str`Data loaded, with ${n} problem (see the data checker).`)
          : msg(str`Data loaded, with ${n} problems (see the data checker).`);
    });
    state.doc = e.detail.data;
    if (!pruneToDocument()) renderControls();
  });
  el.addEventListener('stem-data-error', (e) => {
    const { error, source } = e.detail;
    showStatus(() => {
      if (error.kind === 'network') return unreadable(source);
      // Read here, in the builder's language: the failure's words are made when read.
      const detail = error.detail;
      return detail
        ? msg(str`The data could not be used: ${error.message} ${detail}`)
        : msg(str`The data could not be used: ${error.message}`);
    });
  });
  frame.replaceChildren(el);
}

/**
 * A request that failed without an answer: from another site, almost always CORS (the browser
 * hides which), so say what the partner can do about it rather than "the request failed".
 */
function unreadable(url: string): string {
  const crossOrigin = new URL(url, location.href).origin !== location.origin;
  return crossOrigin
    ? msg(
        str`Your browser could not read ${url} from this page. The server must allow it: add the header Access-Control-Allow-Origin: * to that file, or check the data with the file itself: choose “Paste a document” above and paste it.`,
      )
    : msg(str`Your browser could not read ${url}. Check the address, and that the server is running.`);
}

/** Drops chosen values the new document does not have; true when that changed the snippet. */
function pruneToDocument(): boolean {
  let changed = false;
  for (const c of state.controls) {
    const value = state.values[c.name];
    const choices =
      c.fromDocument && typeof value === 'string' && value ? documentValues(state.widget.tag, c.name, state.doc, state.values) : undefined;
    if (!choices) continue;
    const kept = value!
      .toString()
      .split(',')
      .filter((v) => choices.some((choice) => choice.value === v.trim()))
      .join(',');
    if (kept !== value) {
      state.values[c.name] = kept;
      changed = true;
    }
  }
  if (changed) update();
  return changed;
}

function applyStyle(parts: SnippetParts): void {
  const el = frame.firstElementChild as HTMLElement | null;
  if (!el) return;
  el.removeAttribute('style');
  for (const [name, value] of parts.tokens) el.style.setProperty(name, value);
  frame.style.maxWidth = state.width === 'full' ? '' : state.width;
}

let shownMarkup = '';
/** Updates the snippets and the preview; the widget is rebuilt only when its markup changed. */
function update(): void {
  const parts = snippetParts(dataAddress());
  scriptOut.textContent = scriptSnippet(parts, scriptAddress());
  // Its comments are in the page's language.
  npmOut.textContent = inPageLanguage(() => npmSnippet(parts, VERSION));
  const preview = snippetParts(previewSrc());
  const markup = JSON.stringify([preview.tag, preview.attributes, preview.json]);
  if (markup !== shownMarkup) {
    shownMarkup = markup;
    rebuildPreview(preview);
  }
  applyStyle(preview);
  renderControls();
}

function setData(kind: DataKind): void {
  state.data = kind;
  state.doc = undefined;
  update();
}

let pasteTimer: ReturnType<typeof setTimeout> | undefined;
function dataTemplate() {
  const radio = (kind: DataKind, label: string) =>
    html`<label class="choice"
      ><input type="radio" name="data" value=${kind} .checked=${live(state.data === kind)} @change=${() => setData(kind)} /> ${label}</label
    >`;
  return html`<fieldset class="group">
    <legend>${msg('Data')}</legend>
    ${radio('consortium', SAMPLES.consortium())} ${radio('coalition', SAMPLES.coalition())} ${radio('url', msg('Your data file’s URL'))}
    ${
      state.data === 'url'
        ? html`<label for="data-url" class="block-label">${msg('URL of your JSON file, to preview the widget on it')}</label>
            <input
              id="data-url"
              type="url"
              placeholder="https://example.edu/data/consortium.json"
              .value=${live(state.url)}
              @change=${(e: Event) => {
                state.url = (e.target as HTMLInputElement).value;
                state.doc = undefined;
                update();
              }}
            />`
        : nothing
    }
    ${radio('paste', msg('Paste a document (it goes into the snippet)'))}
    ${
      state.data === 'paste'
        ? html`<label for="data-text" class="block-label">${msg('Your JSON document')}</label>
            <textarea
              id="data-text"
              rows="8"
              spellcheck="false"
              .value=${live(state.pasted)}
              @input=${(e: Event) => {
                state.pasted = (e.target as HTMLTextAreaElement).value;
                clearTimeout(pasteTimer);
                // Rebuilt when typing pauses, not on every key.
                pasteTimer = setTimeout(update, 300);
              }}
            ></textarea>`
        : nothing
    }
  </fieldset>`;
}

/** The two addresses on the partner's site that the snippet uses. */
function addressesTemplate() {
  const field = (id: string, label: string, value: string, hint: string, set: (v: string) => void) =>
    html`<div class="control">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        type="text"
        inputmode="url"
        spellcheck="false"
        aria-describedby="${id}-hint"
        .value=${live(value)}
        @change=${(e: Event) => {
          set((e.target as HTMLInputElement).value);
          update();
        }}
      />
      <p class="hint" id="${id}-hint">${hint}</p>
    </div>`;
  return html`<fieldset class="group">
    <legend>${msg('On your site')}</legend>
    ${field(
      'script-address',
      msg('Address of stem-widgets.js on your site'),
      scriptAddress(),
      msg(str`Copy stem-widgets.js from the release file stem-widgets-${VERSION}.zip to your site, then type its address.`),
      (v) => (state.scriptAddress = v),
    )}
    ${
      state.data === 'paste'
        ? html`<p class="hint">${msg('The pasted document goes into the snippet: no data file is needed.')}</p>`
        : field(
            'data-address',
            msg('Address of your data file'),
            dataAddress(),
            msg('Where your JSON file will be. An address that starts with / works from every page of your site.'),
            (v) => (state.dataAddress = v),
          )
    }
  </fieldset>`;
}

function renderControls(): void {
  inPageLanguage(renderForm);
}

function renderForm(): void {
  const widgetRadio = (w: WidgetInfo) =>
    html`<label class="choice"
      ><input
        type="radio"
        name="widget"
        value=${w.tag}
        .checked=${live(state.widget.tag === w.tag)}
        @change=${() => {
          chooseWidget(w.tag);
          update();
        }}
      />
      <span><code>&lt;${w.tag}&gt;</code> ${widgetSummary(w.tag) ?? w.summary}</span></label
    >`;
  render(
    html`<fieldset class="group">
        <legend>${msg('Widget')}</legend>
        ${state.widgets.map(widgetRadio)}
      </fieldset>
      ${dataTemplate()} ${addressesTemplate()}
      <fieldset class="group">
        <legend>${msg('Attributes')}</legend>
        <p class="hint">${msg('Only the ones you change go into the snippet.')}</p>
        ${state.controls.map((c) =>
          controlTemplate(c, {
            value: state.values[c.name] ?? c.default,
            documentChoices: c.fromDocument ? documentValues(state.widget.tag, c.name, state.doc, state.values) : undefined,
            onChange: (value) => {
              state.values[c.name] = value;
              update();
            },
          }),
        )}
      </fieldset>
      <fieldset class="group">
        <legend>${msg('Theme tokens')}</legend>
        <p class="hint">
          ${withCode(msg(str`Changed tokens go into a ${'`<style>`'} block; move it to your stylesheet if your site forbids inline styles.`))}
        </p>
        ${state.tokens.map((t) =>
          tokenTemplate(t, state.tokenValues[t.name] ?? t.default, (value) => {
            state.tokenValues[t.name] = value;
            update();
          }),
        )}
        <button
          type="button"
          class="secondary"
          @click=${() => {
            state.tokenValues = Object.fromEntries(state.tokens.map((t) => [t.name, t.default]));
            update();
          }}
        >
          ${msg('Reset the tokens')}
        </button>
      </fieldset>
      <div class="control">
        <label for="preview-width">${msg('Preview width (your page sets the real one)')}</label>
        <select
          id="preview-width"
          @change=${(e: Event) => {
            state.width = (e.target as HTMLSelectElement).value as (typeof WIDTHS)[number];
            update();
          }}
        >
          ${WIDTHS.map((w) => html`<option value=${w} ?selected=${state.width === w}>${w === 'full' ? msg('The full column') : w}</option>`)}
        </select>
      </div>`,
    form,
  );
}

/** The page's fixed words, by the data-text of the element that shows each. */
const STATIC_WORDS: Record<string, () => string> = {
  heading: () => msg('Embed builder'),
  intro: () =>
    msg(
      'Choose a widget and its data, set it up, and see it as your visitors will. Then copy the snippet into your page: one script tag and the element, with only what you changed.',
    ),
  configure: () => msg('Configure'),
  preview: () => msg('Preview'),
  snippet: () => msg('Your snippet'),
  'script-heading': () => msg('In any web page'),
  'copy-script': () => msg('Copy the snippet'),
  'npm-heading': () => msg('With npm and a bundler'),
  'copy-npm': () => msg('Copy the npm snippet'),
};

/** Everything in the page's language: its words, the form, the status and the snippet's comments. */
function changeLanguage(): void {
  inPageLanguage(() => {
    document.title = `${msg('Embed builder')} · stem-widgets`;
    for (const el of document.querySelectorAll<HTMLElement>('[data-text]')) {
      const words = STATIC_WORDS[el.dataset.text!];
      if (words) el.textContent = words();
    }
    previewStatus.textContent = status();
    copyStatus.textContent = '';
  });
  if (state.widget) update();
}

addDemoNav({ onLanguageChange: changeLanguage });
changeLanguage();

form.addEventListener('submit', (e) => e.preventDefault());
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
  button.addEventListener('click', () => {
    const words = inPageLanguage(() => ({ copied: msg('Copied'), selected: msg('Selected: press Ctrl+C (⌘C on a Mac) to copy') }));
    void copyText(byId(button.dataset.copy!), copyStatus, words);
  });
}

async function start(): Promise<void> {
  const response = await fetch(new URL('../../custom-elements.json', import.meta.url));
  if (!response.ok) throw new Error(`custom-elements.json: ${response.status}`);
  state.widgets = widgetsIn((await response.json()) as Manifest);
  await Promise.all(state.widgets.map((w) => customElements.whenDefined(w.tag)));
  const first = state.widgets.find((w) => w.tag === 'stem-program-finder') ?? state.widgets[0];
  if (!first) throw new Error('custom-elements.json: no widget');
  chooseWidget(first.tag);
  update();
}

start().catch((e: Error) => {
  showStatus(() => msg(str`The builder could not start (${e.message}). Run npm run analyze, which writes custom-elements.json.`));
});
