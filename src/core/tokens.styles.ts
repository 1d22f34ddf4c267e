import { css } from 'lit';

/**
 * The `:host` reset every widget shares. Global tokens (`--stem-*`) are read here and turned into
 * the private properties (`--_*`) that component styles use, so a page can theme every widget at
 * once and still override one widget. No `rem`: a host page's `html { font-size: 62.5% }` must
 * not shrink the widgets.
 */
const darkTokens = css`
  --_color-text: var(--stem-color-text, #e6edf3);
  --_color-muted: var(--stem-color-muted, #9da7b3);
  --_color-surface: var(--stem-color-surface, #161b22);
  --_color-surface-alt: var(--stem-color-surface-alt, #21262d);
  --_color-border: var(--stem-color-border, #3d444d);
  --_color-accent: var(--stem-color-accent, #6cb6ff);
  --_color-accent-text: var(--stem-color-accent-text, #0d1117);
  --_color-danger: var(--stem-color-danger, #ff7b72);
  --_color-danger-surface: var(--stem-color-danger-surface, #2d1214);
  --_color-field-border: var(--stem-color-field-border, #768390);
  --_color-highlight: var(--stem-color-highlight, #473800);
  --_color-canvas: var(--stem-color-canvas, #0d1117);
  --_canvas-padding: var(--stem-canvas-padding, 16px);
  color-scheme: dark;
`;

export const hostStyles = css`
  :host {
    --_font-family: var(--stem-font-family, inherit);
    --_font-size: var(--stem-font-size, 16px);
    --_line-height: var(--stem-line-height, 1.5);
    --_color-text: var(--stem-color-text, #1f2328);
    --_color-muted: var(--stem-color-muted, #57606a);
    --_color-surface: var(--stem-color-surface, #ffffff);
    --_color-surface-alt: var(--stem-color-surface-alt, #f3f4f6);
    --_color-border: var(--stem-color-border, #d0d7de);
    --_color-accent: var(--stem-color-accent, #0b5cad);
    --_color-accent-text: var(--stem-color-accent-text, #ffffff);
    --_color-danger: var(--stem-color-danger, #b42318);
    --_color-danger-surface: var(--stem-color-danger-surface, #fef3f2);
    --_color-field-border: var(--stem-color-field-border, #818b98);
    --_color-highlight: var(--stem-color-highlight, #fff3b0);
    --_color-canvas: var(--stem-color-canvas, transparent);
    --_canvas-padding: var(--stem-canvas-padding, 0px);
    --_scroll-margin-top: var(--stem-scroll-margin-top, 0px);
    --_radius: var(--stem-radius, 8px);
    --_space: var(--stem-space, 8px);
    --_skeleton-min-height: var(--stem-skeleton-min-height, 240px);
    /* The focus outline: an outline shorthand (width, style, colour), in the accent colour by default. */
    --_focus-ring: var(--stem-focus-ring, 2px solid var(--_color-accent));

    display: block;
    box-sizing: border-box;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_color-text);
    text-align: start;
  }
  /* A page's own rules beat :host (a reset's "* { font: inherit }" reaches the host element), and
     text properties a theme sets on body are inherited: the widget's top-level elements set its
     typography again and put every inherited text property back to normal. */
  :host > * {
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    font-weight: normal;
    font-style: normal;
    font-variant: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-align: start;
    white-space: normal;
    color: var(--_color-text);
    /* A dark widget paints its own canvas: on a light page its light text would otherwise sit on
       the page's white. Light leaves the page's background showing (transparent, no padding).
       Painted here, not on the host, so a host stretched by a grid or flex row (or restyled by a
       page's reset) does not paint a tall empty box. A top-level element that paints its own
       surface (a card, the loading, empty and error boxes) overrides this: its rule comes later. */
    background: var(--_color-canvas);
    padding: var(--_canvas-padding);
    border-radius: var(--_radius);
  }
  :host([hidden]) {
    display: none;
  }
  /* theme="dark", or "auto" when the visitor's system is dark (see StemElement.theme). */
  :host([data-stem-theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([data-stem-theme='auto']) {
      ${darkTokens}
    }
  }
  /* Windows high contrast: the system's colours, and borders where colour alone separated things. */
  @media (forced-colors: active) {
    :host {
      --_color-text: CanvasText;
      --_color-muted: CanvasText;
      --_color-surface: Canvas;
      --_color-surface-alt: Canvas;
      --_color-border: CanvasText;
      --_color-accent: LinkText;
      --_color-accent-text: Canvas;
      --_color-danger: CanvasText;
      --_color-danger-surface: Canvas;
      --_color-field-border: CanvasText;
      --_color-highlight: Mark;
      --_color-canvas: Canvas;
    }
    mark {
      background: Mark;
      color: MarkText;
    }
  }
  /* Not "inherit": a page's "* { box-sizing: content-box }" reaches the host element. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  /* What focus moves to, or the visitor tabs to, stops clear of a page's sticky header: the page
     sets --stem-scroll-margin-top once (scroll-padding-top on its html element works too). */
  a,
  button,
  input,
  select,
  textarea,
  summary,
  [tabindex] {
    scroll-margin-top: var(--_scroll-margin-top);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
