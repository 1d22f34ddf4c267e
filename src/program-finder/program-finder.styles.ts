import { css } from 'lit';

export const finderStyles = css`
  :host {
    --stem-finder-card-min-width: 260px;
  }
  .finder {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .layout-grid {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--stem-finder-card-min-width)), 1fr));
    gap: calc(var(--_space) * 2);
  }
  /* While the visitor is in the search box, a card off screen is not laid out or painted until it
     nears the viewport, so a keystroke renders the few cards a visitor can see (a third of the
     frame at 10,000 programs). Until then it keeps its last height, or about a card's; its width
     is the grid's. Only then: a card skipped this way is blank in a full-page capture, and
     printing never shows it. */
  .search:focus-within ~ .body .results > li {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 30em;
  }
  @media print {
    .search:focus-within ~ .body .results > li {
      content-visibility: visible;
    }
  }
  .card {
    height: 100%;
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .card-title {
    font-size: 1.125em;
    font-weight: 600;
    line-height: 1.3;
  }
  /* A one-line title is a 24 px target (2.5.8), not the 21 px of its text. */
  .card-title a {
    color: var(--_color-accent);
    padding-block: 2px;
  }
  .card p {
    margin: calc(var(--_space) / 2) 0;
  }
  /* Never clamped: a long description starts short with "Read more" (entry-text.ts). */
  .description {
    overflow-wrap: anywhere;
  }
  .more-text {
    min-height: 24px;
    padding: 0;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(120px, 1fr));
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    margin: var(--_space) 0;
  }
  .facts dt {
    font-size: 0.875em;
    color: var(--_color-muted);
  }
  .facts dd {
    margin: 0;
  }
  .layout-list .facts {
    grid-template-columns: repeat(auto-fill, minmax(160px, 1fr));
  }
  .badge {
    display: inline-block;
    padding: 0 var(--_space);
    border-radius: 999px;
    background: var(--_color-surface-alt);
    font-size: 0.875em;
  }
  /* Its fill is gone in forced colours: an outline keeps it a badge. */
  @media (forced-colors: active) {
    .badge {
      border: 1px solid CanvasText;
    }
  }
  .outcome {
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_color-border);
    font-size: 0.9375em;
  }
  .source {
    display: block;
    font-size: 0.875em;
  }
  dialog {
    width: min(720px, calc(100vw - 32px));
    max-height: calc(100vh - 32px);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .dialog-header {
    display: flex;
    justify-content: space-between;
    align-items: start;
    gap: var(--_space);
  }
  .dialog-header h2 {
    margin: 0;
    font-size: 1.125em;
  }
`;
