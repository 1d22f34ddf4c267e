// The theming tokens the builder offers: the global `--stem-*` tokens with their light defaults,
// read from the widgets' own :host styles (the one place they are defined), then the widget's
// own CSS properties from the manifest.
import { hostStyles } from '../core/tokens.styles.js';
import type { WidgetInfo } from './builder-manifest.js';

export interface Token {
  name: string;
  /** The value the widget uses when the page sets none, as the builder's control starts. */
  default: string;
  /** A colour, for a colour picker; otherwise free text such as `12px`. */
  color: boolean;
  description: string;
}

const HEX = /^#[0-9a-f]{6}$/i;

/** `--stem-*` with its default, in the order of the light `:host` rule (the first one). */
export function globalTokens(): Token[] {
  const lightRule = hostStyles.cssText.slice(0, hostStyles.cssText.indexOf('}'));
  return [...lightRule.matchAll(/--_[\w-]+:\s*var\((--stem-[\w-]+),\s*([^;]+)\);/g)].map(([, name, fallback]) => {
    const value = fallback!.replace(/\)$/, '').trim();
    return { name: name!, default: value, color: HEX.test(value), description: '' };
  });
}

/** The global tokens, then the widget's own, whose `var(--stem-…)` defaults resolve to a global one's. */
export function tokensFor(widget: WidgetInfo): Token[] {
  const global = globalTokens();
  const byName = new Map(global.map((t) => [t.name, t.default]));
  const own = widget.cssProperties.map((p) => {
    const value = p.default.replace(/^var\((--stem-[\w-]+)\)$/, (_, ref: string) => byName.get(ref) ?? '');
    return { name: p.name, default: value, color: HEX.test(value), description: p.description };
  });
  return [...global, ...own];
}

/**
 * A value that can go into a `<style>` block as one declaration: no `;`, braces, `<` or
 * backslash, so a typed value cannot end the rule or the block.
 */
export function isSafeCssValue(value: string): boolean {
  return value.trim() !== '' && !/[;{}<>\\]/.test(value);
}
