import { css } from 'lit';

export const directoryStyles = css`
  :host {
    --stem-directory-card-min-width: 240px;
    --stem-directory-logo-size: 64px;
  }
  .directory {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .group-heading {
    margin: calc(var(--_space) * 2) 0 var(--_space);
    font-size: 1em;
    font-weight: 600;
    scroll-margin-top: var(--_scroll-margin-top);
  }
  /* Focus lands here after a jump, from a click too: show where the visitor landed. */
  .group-heading:focus {
    outline: var(--_focus-ring);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .layout-grid {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--stem-directory-card-min-width)), 1fr));
    gap: calc(var(--_space) * 2);
  }
  .layout-compact {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 220px), 1fr));
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
  }
  .member {
    display: grid;
    grid-template-columns: var(--stem-directory-logo-size) 1fr;
    gap: calc(var(--_space) * 1.5);
    align-items: start;
    height: 100%;
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .member.compact {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space);
    padding: calc(var(--_space) / 2) 0;
    border: 0;
    border-block-end: 1px solid var(--_color-border);
    border-radius: 0;
    background: none;
  }
  .layout-list .member {
    --stem-directory-logo-size: 48px;
  }
  .logo {
    display: grid;
    place-items: center;
    width: var(--stem-directory-logo-size);
    height: var(--stem-directory-logo-size);
    overflow: hidden;
    border-radius: var(--_radius);
    background: var(--_color-surface-alt);
  }
  .logo img {
    width: 100%;
    height: 100%;
    object-fit: contain;
  }
  .initials {
    font-weight: 700;
    font-size: calc(var(--stem-directory-logo-size) * 0.35);
    color: var(--_color-muted);
  }
  .member p {
    margin: calc(var(--_space) / 2) 0 0;
  }
  .name {
    font-weight: 600;
    line-height: 1.3;
  }
  .name a {
    color: var(--_color-accent);
    padding-block: 2px;
  }
  .role {
    display: inline-block;
    margin-block-start: calc(var(--_space) / 2);
    padding: 0 var(--_space);
    border-radius: 999px;
    font-size: 0.8125em;
    background: var(--_color-surface-alt);
  }
  .role-chair,
  .role-co-chair {
    background: var(--_color-accent);
    color: var(--_color-accent-text);
  }
  /* Forced colours keep the LinkText fill and the Canvas label, and Chromium paints a Canvas
     backplate behind the text: the label would vanish. Outlined instead, bold to stand out. */
  @media (forced-colors: active) {
    .role-chair,
    .role-co-chair {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
      font-weight: 600;
    }
  }
  .role-leadership-council {
    border: 1px solid var(--_color-accent);
    color: var(--_color-accent);
    background: var(--_color-surface);
  }
  /* Never clamped: a long description starts short with "Read more" (entry-text.ts). */
  .description {
    overflow-wrap: anywhere;
  }
  .more-text {
    min-height: 24px;
    padding: 0;
  }
  .dates {
    font-size: 0.875em;
  }
  .jump {
    display: flex;
    flex-wrap: wrap;
    gap: 2px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .jump a,
  .jump span {
    display: inline-grid;
    place-items: center;
    min-width: 28px;
    min-height: 28px;
    border-radius: 4px;
    font-weight: 600;
  }
  .jump a {
    color: var(--_color-accent);
  }
  .jump span {
    color: var(--_color-muted);
    font-weight: 400;
  }
`;
