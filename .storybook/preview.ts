import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
// Generated from the JSDoc by `npm run analyze`, which the storybook scripts run first.
import manifest from '../custom-elements.json';
import '../src/define.js';

setCustomElementsManifest(manifest);
setStorybookHelpersConfig({ hideArgRef: true });

// The story area in dark mode: a dark page, as on a partner's dark site, so the widgets are seen
// on the background they will meet. `auto` follows the system setting, as the widgets do.
const darkPage = 'background: #0d1117; color: #e6edf3; color-scheme: dark; padding: 16px;';
const style = document.createElement('style');
style.textContent = `
  .stem-story { box-sizing: border-box; }
  .stem-story[data-theme='dark'] { ${darkPage} }
  @media (prefers-color-scheme: dark) { .stem-story[data-theme='auto'] { ${darkPage} } }
`;
document.head.append(style);

/**
 * Every story is rendered inside a wrapper that carries the toolbar's choices: `theme` (which the
 * widgets inherit from their nearest ancestor with the attribute), `lang`, and the width of the
 * container the widgets are embedded in.
 */
const withPage: Decorator = (story, context) => {
  const { theme = 'light', locale = 'en', width = 'full' } = context.globals as Record<string, string>;
  return html`<div
    class="stem-story"
    theme=${theme}
    data-theme=${theme}
    lang=${locale}
    style=${styleMap({ width: width === 'full' ? undefined : width })}
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    options: {
      storySort: {
        order: ['Guides', ['Getting started', 'Data contract', 'Theming', 'Accessibility', 'Content Security Policy'], 'Elements'],
      },
    },
  },
  globalTypes: {
    theme: {
      description: 'Colour theme of the widgets (the `theme` attribute on an ancestor)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'auto', title: 'Auto (system setting)', icon: 'contrast' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the widgets (the `lang` attribute on an ancestor)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'es', title: 'Español', right: 'es' },
        ],
        dynamicTitle: true,
      },
    },
    width: {
      description: 'Width of the container the widgets are embedded in',
      toolbar: {
        title: 'Container width',
        icon: 'grow',
        items: [
          { value: 'full', title: 'Full width', icon: 'browser' },
          { value: '1200px', title: '1200 px', icon: 'browser' },
          { value: '720px', title: '720 px', icon: 'tablet' },
          { value: '320px', title: '320 px', icon: 'mobile' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en', width: 'full' },
  decorators: [withPage],
};

export default preview;
