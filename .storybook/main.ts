import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest', 'msw-storybook-addon'],
  // Serves MSW's worker script (public/mockServiceWorker.js) at the site root.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
};

export default config;
