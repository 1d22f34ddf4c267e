import { css } from 'lit';

/** The search box, filters, chips, count and pages that the finder and the directory share. */
export const searchUiStyles = css`
  :host {
    --stem-search-sidebar-width: 240px;
    container-type: inline-size;
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
    /* The border is the field's only edge: 3:1 against the surface (WCAG 1.4.11), unlike the
       decorative card borders. */
    border: 1px solid var(--_color-field-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  input[type='search'] {
    width: 100%;
  }
  /* The browser's own placeholder grey is 3.75:1 on the dark surface; the muted text passes in both. */
  input::placeholder {
    color: var(--_color-muted);
    opacity: 1;
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
    /* The label is a flex row: without this a long option label squeezes the box to 13px. */
    flex: none;
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
  mark {
    background: var(--_color-highlight);
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
  .filters-toggle {
    display: inline-flex;
    align-items: center;
    justify-content: center;
  }

  /* Wide: filters beside the results, always open. */
  @container (min-width: 720px) {
    .body {
      grid-template-columns: var(--stem-search-sidebar-width) 1fr;
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
