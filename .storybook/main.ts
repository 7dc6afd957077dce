import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The demo documents are served at /data/… in stories too.
  staticDirs: [{ from: '../demo/data', to: '/data' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
