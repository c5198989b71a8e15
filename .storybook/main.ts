import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for the three widgets. Everything it needs ships in node_modules: no web fonts, no
 * CDN, no telemetry, so `storybook build` works on a machine without network access and the built
 * site works from any static host (or a file server on localhost).
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: {
    name: '@storybook/web-components-vite',
    options: {},
  },
  core: {
    disableTelemetry: true,
    enableCrashReports: false,
    // The "what's new" panel is fetched from storybook.js.org; keep the UI offline.
    disableWhatsNewNotifications: true,
  },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    // Storybook's own docs and preview runtime are single chunks of about 1 MB; Vite's 500 kB
    // warning is about them, not about the widgets, so raise the limit to keep the build log readable.
    build: { ...viteConfig.build, chunkSizeWarningLimit: 1200 },
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      // The web-components renderer imports `lit/directive-helpers.js`. Unless it is pre-bundled
      // with the rest of Lit, `storybook dev` loads a second copy of lit-html ("Multiple versions of
      // Lit loaded" in the console).
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    },
  }),
};

export default config;
