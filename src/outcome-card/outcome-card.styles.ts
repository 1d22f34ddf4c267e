import { css } from 'lit';

export const outcomeCardStyles = css`
  :host {
    --stem-outcome-bar-color: var(--_color-accent);
    --stem-outcome-track-color: var(--_color-surface-alt);
    --stem-outcome-benchmark-color: var(--_color-text);
  }
  /* As tall as what it shows: in a theme's grid row stretched by a tall sidebar, a card as tall as
     the row ran over the page. Cards side by side line up when the page asks for it, with
     --stem-outcome-card-height: 100% (the host is stretched in a grid or flex row). */
  .card {
    box-sizing: border-box;
    height: var(--stem-outcome-card-height, auto);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .title {
    margin: 0;
    font-size: 1.125em;
    font-weight: 600;
    line-height: 1.3;
  }
  .subtitle {
    margin: calc(var(--_space) / 2) 0 0;
  }
  .figures {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    margin: calc(var(--_space) * 1.5) 0 0;
    padding: 0;
    list-style: none;
  }
  .full .figures {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 220px), 1fr));
  }
  .compact .figures {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 140px), 1fr));
  }
  .figure {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-inline-start: 4px solid var(--stem-outcome-bar-color);
  }
  .figure p {
    margin: 0;
  }
  .figure-label {
    font-weight: 600;
  }
  .value {
    font-size: 1.75em;
    font-weight: 700;
    line-height: 1.1;
  }
  .compact .value {
    font-size: 1.5em;
  }
  .compact .figure-label {
    font-weight: 400;
  }
  .chart {
    display: block;
    width: 100%;
    height: 10px;
  }
  .chart .track {
    fill: var(--stem-outcome-track-color);
  }
  .chart .bar {
    fill: var(--stem-outcome-bar-color);
  }
  .chart .tick,
  .chart .median {
    fill: var(--stem-outcome-benchmark-color);
  }
  .benchmark-mark {
    display: inline-block;
    width: 3px;
    height: 0.9em;
    margin-inline-end: 6px;
    vertical-align: -0.1em;
    background: var(--stem-outcome-benchmark-color);
  }
  .muted {
    color: var(--_color-muted);
  }
  .context,
  .source,
  .range,
  .benchmark {
    font-size: 0.875em;
  }
  .source a {
    color: var(--_color-accent);
  }
  .status {
    font-weight: 600;
  }
  /* The four statuses look different, not only read differently. */
  .state-small-cohort,
  .state-suppressed {
    border-inline-start-style: dashed;
    border-inline-start-color: var(--_color-muted);
    background: var(--_color-surface-alt);
  }
  .state-not-available {
    border-inline-start-style: dotted;
    border-inline-start-color: var(--_color-muted);
  }
  .state-not-applicable {
    border-inline-start-color: var(--_color-border);
    color: var(--_color-muted);
  }
  .caveats summary {
    cursor: pointer;
    font-size: 0.875em;
    color: var(--_color-accent);
  }
  .caveats ul {
    margin: calc(var(--_space) / 2) 0 0;
    padding-inline-start: 1.25em;
    font-size: 0.875em;
  }
  .nothing {
    margin: var(--_space) 0 0;
  }
  @media (forced-colors: active) {
    .chart .bar,
    .chart .tick,
    .chart .median {
      fill: CanvasText;
    }
    .chart .track {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 0.5;
    }
  }
`;
