import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Telemetry off: this project's machines have no network, and every build would wait on it.
  core: { disableTelemetry: true },
  // The sample documents, served beside the stories as they are beside the demo page.
  staticDirs: [{ from: '../src/sample', to: '/sample' }],
};

export default config;
