import { css } from 'lit';

/** The loading, empty and error looks that every widget shares. */
export const stateStyles = css`
  .skeleton {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    min-height: var(--_skeleton-min-height);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .skeleton-line {
    height: 1em;
    border-radius: 4px;
    background: var(--_color-surface-alt);
  }
  .skeleton-line:nth-child(3n + 1) {
    width: 60%;
  }
  .skeleton-line:nth-child(3n + 2) {
    width: 90%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton-line {
      animation: stem-pulse 1.5s ease-in-out infinite;
    }
  }
  @keyframes stem-pulse {
    50% {
      opacity: 0.5;
    }
  }
  .empty,
  .error {
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .error {
    border-color: var(--_color-danger);
    background: var(--_color-danger-surface);
  }
  .error-title {
    margin: 0 0 var(--_space);
    font-weight: 600;
    color: var(--_color-danger);
  }
  .error details {
    margin-block: var(--_space);
    color: var(--_color-text);
  }
  .error summary {
    cursor: pointer;
  }
  .error code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.875em;
    word-break: break-word;
  }
  .error ul {
    margin: var(--_space) 0 0;
    padding-inline-start: 1.25em;
  }
  .button {
    font: inherit;
    min-height: 44px;
    min-width: 44px;
    padding: 0 calc(var(--_space) * 2);
    border: 1px solid var(--_color-accent);
    border-radius: var(--_radius);
    background: var(--_color-accent);
    color: var(--_color-accent-text);
    cursor: pointer;
  }
  /* Forced colours keep the accent (LinkText) fill and the Canvas label, but Chromium paints a
     Canvas backplate behind text: the label would vanish. A system button's colours instead. */
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
`;
