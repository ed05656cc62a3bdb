// Storybook for the widgets: offline (no telemetry, no update checks), docs generated from custom-elements.json.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The demo's sample feed and logos, served at /demo/… as in `npm start`.
  staticDirs: [{ from: '../demo', to: '/demo' }],
  async viteFinal(config) {
    // The library build settings in vite.config.ts are for `npm run build`, not for Storybook's app build.
    if (config.build) delete config.build.lib;
    return config;
  },
};
export default config;
