import { css } from 'lit';

export const finderStyles = css`
  :host {
    --stem-finder-card-min-width: 260px;
    --stem-finder-sidebar-width: 240px;
    container: finder / inline-size;
  }
  .finder {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .search label {
    display: block;
    font-weight: 600;
    margin-block-end: calc(var(--_space) / 2);
  }
  input[type='search'],
  select {
    font: inherit;
    color: inherit;
    min-height: 44px;
    padding: 0 var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  input[type='search'] {
    width: 100%;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .count {
    margin: 0;
    font-weight: 600;
    margin-inline-end: auto;
  }
  .count:focus {
    outline: none;
  }
  .toolbar label {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .chips ul {
    display: contents;
    list-style: none;
  }
  .chip {
    font: inherit;
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    min-height: 32px;
    padding: 2px calc(var(--_space) * 1.25);
    border: 1px solid var(--_color-accent);
    border-radius: 999px;
    background: var(--_color-surface);
    color: var(--_color-accent);
    cursor: pointer;
  }
  .link-button {
    font: inherit;
    min-height: 32px;
    padding: 0 calc(var(--_space) / 2);
    border: 0;
    background: none;
    color: var(--_color-accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .secondary {
    font: inherit;
    min-height: 44px;
    padding: 0 calc(var(--_space) * 2);
    border: 1px solid var(--_color-accent);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-accent);
    cursor: pointer;
  }
  .body {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .filters.collapsed {
    display: none;
  }
  .facet-group {
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
    border: 0;
  }
  .facet-group legend {
    font-weight: 600;
    padding: 0;
    margin-block-end: calc(var(--_space) / 2);
  }
  .facet-group ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .facet-group label {
    display: flex;
    align-items: center;
    gap: var(--_space);
    min-height: 32px;
    cursor: pointer;
  }
  .facet-group input {
    width: 18px;
    height: 18px;
    margin: 0;
    accent-color: var(--_color-accent);
  }
  .count,
  .muted {
    color: var(--_color-muted);
  }
  .count {
    color: inherit;
  }
  .facet-group .count {
    color: var(--_color-muted);
  }
  .empty-option {
    color: var(--_color-muted);
    cursor: default;
  }
  .results {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .layout-grid {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--stem-finder-card-min-width)), 1fr));
    gap: calc(var(--_space) * 2);
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
  .card-title a {
    color: var(--_color-accent);
  }
  .card p {
    margin: calc(var(--_space) / 2) 0;
  }
  .description {
    display: -webkit-box;
    -webkit-line-clamp: 3;
    -webkit-box-orient: vertical;
    overflow: hidden;
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
  .outcome {
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_color-border);
    font-size: 0.9375em;
  }
  .source {
    display: block;
    font-size: 0.875em;
  }
  mark {
    background: var(--stem-color-highlight, #fff3b0);
    color: inherit;
    border-radius: 2px;
  }
  .notice {
    margin: 0;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_color-surface-alt);
  }
  .more {
    justify-self: center;
    display: grid;
    justify-items: center;
    gap: calc(var(--_space) / 2);
  }
  .empty ul {
    margin: var(--_space) 0 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
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
  .filters-toggle {
    display: inline-flex;
  }

  /* Wide: filters beside the results, always open. */
  @container finder (min-width: 720px) {
    .body {
      grid-template-columns: var(--stem-finder-sidebar-width) 1fr;
      align-items: start;
    }
    .filters.collapsed {
      display: block;
    }
    .filters-toggle {
      display: none;
    }
  }
`;
