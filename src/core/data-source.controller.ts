import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import { msg } from '../i18n/msg.js';
import { inLocale, localeReady, translatorFor } from './localization.js';
import { validate } from '../contract/validate.js';
import type { ContractDocument, ValidationResult } from '../contract/types.js';
import { emit } from './events.js';
import { dataContext, type DataState } from '../data/data-state.js';
import { failure } from '../data/load-error.js';
import { loadJson, resolveUrl } from '../data/loader.js';
import { reportFailure, reportIssues } from '../data/report.js';

/** The element that owns a data source: any widget, or `<stem-data>`. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  src?: string | null;
  data?: unknown;
  timeout?: number;
  /** The language the host speaks: its messages, and the validator's, are in it. */
  readonly stemLocale: string;
}

const validated = new WeakMap<object, Map<string, ValidationResult>>();

/** Validates once per parsed document and language, however many widgets read it. */
function validateOnce(json: unknown, locale: string): ValidationResult {
  const translator = translatorFor(locale);
  if (typeof json !== 'object' || json === null) return validate(json, { translator });
  let byLocale = validated.get(json);
  if (!byLocale) validated.set(json, (byLocale = new Map()));
  let result = byLocale.get(locale);
  if (!result) {
    result = validate(json, { translator });
    byLocale.set(locale, result);
  }
  return result;
}

/**
 * Resolves a widget's data, in this order: the `data` property, the `src` attribute, an inline
 * `<script type="application/json">` child, and (for widgets) the nearest `<stem-data>`.
 * It loads, validates, reports problems once, fires `stem-data-load` / `stem-data-error`, and
 * keeps `state` for the host to render.
 */
export class DataSourceController implements ReactiveController {
  state: DataState = { status: 'idle' };
  private inherited: DataState | undefined;
  private key: unknown = undefined;
  private abort: AbortController | undefined;

  constructor(
    private readonly host: DataHost,
    options: { inherit: boolean; onChange?: (state: DataState) => void },
  ) {
    this.onChange = options.onChange;
    host.addController(this);
    if (options.inherit) {
      new ContextConsumer(host, {
        context: dataContext,
        subscribe: true,
        callback: (value) => {
          this.inherited = value;
          this.sync();
        },
      });
    }
  }

  private readonly onChange: ((state: DataState) => void) | undefined;

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    // Leaving the page stops the request; coming back starts again.
    this.abort?.abort();
    this.abort = undefined;
    this.key = undefined;
  }

  hostUpdate(): void {
    this.sync();
  }

  /** Loads again from the network, skipping any earlier answer. */
  retry = (): void => {
    this.key = undefined;
    this.sync(true);
  };

  private set(state: DataState): void {
    this.state = state;
    this.onChange?.(state);
    this.host.requestUpdate();
  }

  private inlineJson(): string | null {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    return script ? (script.textContent ?? '') : null;
  }

  /** The language the current state's messages were made in; another one validates again. */
  private keyLocale = '';
  /** The last document loaded from `src`, to say its problems again in another language. */
  private loaded: { url: string; json: unknown } | undefined;

  private sync(reload = false): void {
    if (!this.host.isConnected) return;
    const { data, src } = this.host;
    const locale = this.host.stemLocale;
    // Not before the host's messages have loaded: its update waits for them, then syncs, so problems are said once, in its language.
    if (!localeReady(locale)) return;
    const same = (key: unknown) => this.key === key && this.keyLocale === locale;
    const settleIn = (source: () => string, result: ValidationResult) => {
      this.keyLocale = locale;
      this.settle(inLocale(locale, source), result);
    };
    // An empty value (a framework's or Storybook's blank control) means "no data given".
    if (data !== undefined && data !== null && data !== '') {
      if (same(data)) return;
      this.key = data;
      settleIn(() => msg('the data property'), validateOnce(data, locale));
    } else if (src) {
      let url: string;
      try {
        url = resolveUrl(src);
      } catch {
        url = src;
      }
      if (this.key === url && !reload) {
        if (this.keyLocale === locale) return;
        this.keyLocale = locale;
        // Loaded already: its problems in the new language, without asking the network again.
        const loaded = this.loaded;
        if (loaded?.url === url && this.state.status !== 'loading') this.settle(url, validateOnce(loaded.json, locale));
        return;
      }
      this.key = url;
      this.keyLocale = locale;
      void this.load(src, url, reload);
    } else {
      const inline = this.inlineJson();
      if (inline !== null) {
        if (same(inline)) return;
        this.key = inline;
        settleIn(() => msg('the inline JSON'), validate(inline, { translator: translatorFor(locale) }));
      } else if (this.inherited) {
        if (this.key === this.inherited) return;
        this.key = this.inherited;
        this.abort?.abort();
        this.set(this.inherited);
      } else if (this.state.status !== 'idle') {
        this.key = undefined;
        this.set({ status: 'idle' });
      }
    }
  }

  private async load(src: string, url: string, reload: boolean): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.set({ status: 'loading', source: url });
    try {
      const outcome = await loadJson(src, { signal: abort.signal, reload, ...(this.host.timeout ? { timeoutMs: this.host.timeout } : {}) });
      if (abort.signal.aborted || this.key !== url) return;
      if (!outcome.ok) {
        inLocale(this.keyLocale, () => reportFailure(url, outcome.error.message, outcome.error.detail, outcome));
        this.set({ status: 'error', source: url, error: outcome.error, issues: [], retry: this.retry });
        emit(this.host, 'stem-data-error', { error: outcome.error, source: url });
        return;
      }
      this.loaded = { url, json: outcome.json };
      this.settle(url, validateOnce(outcome.json, this.keyLocale));
    } catch (e) {
      if ((e as Error).name !== 'AbortError') throw e;
    }
  }

  private settle(source: string, result: ValidationResult): void {
    reportIssues(source, result);
    if (result.ok && result.data) {
      this.set({ status: 'ready', source, result: result as ValidationResult & { data: ContractDocument } });
      emit(this.host, 'stem-data-load', { data: result.data, issues: result.issues, source });
    } else {
      const fatal = result.issues.find((i) => i.severity === 'fatal');
      const error = failure('invalid', () => (fatal ? `${fatal.path || '/'}: ${fatal.message}` : ''));
      this.set({ status: 'error', source, error, issues: result.issues, retry: this.retry, language: this.keyLocale });
      emit(this.host, 'stem-data-error', { error, source });
    }
  }
}
