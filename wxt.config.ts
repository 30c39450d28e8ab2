import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { DEMO_MATCH, DEMO_MATCHES, HELPDESK_HOSTS, INTERCOM_MATCHES, ZENDESK_MATCHES } from './lib/helpdesk/matches';

// The demo build (npm start, e2e) also runs on the local demo helpdesk. The shipped build never does:
// the pattern is added only when STEADYHAND_DEMO is set, after WXT has generated the manifest.
const demo = process.env.STEADYHAND_DEMO === '1';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  imports: false,
  // The demo build goes to its own folder so it is never mistaken for (or zipped as) the shipped one.
  outDir: demo ? '.output/demo' : '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extension_name__',
    description: '__MSG_extension_description__',
    default_locale: 'en',
    // alarms + notifications: follow-up reminders (entrypoints/background/followups.ts).
    permissions:
      browser === 'firefox'
        ? ['storage', 'alarms', 'notifications']
        : ['storage', 'sidePanel', 'alarms', 'notifications'],
    host_permissions: [...HELPDESK_HOSTS],
    // Import a phrase pack by URL: the options page asks for that one origin when the user asks for it.
    optional_host_permissions: ['https://*/*'],
    // Enterprise policy can push phrase packs (public/managed-schema.json, generated from the pack schema).
    // Firefox reads managed storage from its own policies.json and has no use for the schema.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    action: { default_title: '__MSG_extension_actionTitle__' },
    // A key opens the panel: the toolbar action opens it in Chrome (openPanelOnActionClick), the
    // sidebar command in Firefox.
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+S' },
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Android reads the data consent key from 142 on; without the key the linter asks for it.
            gecko_android: { strict_min_version: '142.0' },
            // Firefox's data consent: Steadyhand collects nothing; every byte stays in the browser.
            gecko: {
              id: 'steadyhand@steadyhand.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    define: { __STEADYHAND_DEMO__: JSON.stringify(demo) },
    build: {
      rollupOptions: {
        // zod ships comments Rollup cannot place; harmless, but they bury real warnings.
        onwarn(warning, warn) {
          if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/zod/')) return;
          warn(warning);
        },
      },
    },
  }),
  hooks: {
    // Terser packs the content scripts about 5% smaller than esbuild's minifier: they run on every
    // helpdesk page and are held to 15 KB gzipped. Pages keep esbuild (terser would triple build time).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entry) => entry.type === 'content-script')) return;
      config.build = { ...config.build, minify: 'terser', terserOptions: { compress: { passes: 2 } } };
      // WXT's wrapper constructs a ContentScriptContext our scripts never use: an inert one stands in (see it).
      const inert = resolve(import.meta.dirname, 'lib/page-reporter/inert-context.ts');
      config.plugins = [
        ...(config.plugins ?? []),
        {
          name: 'steadyhand:inert-content-script-context',
          enforce: 'pre',
          resolveId: (id: string) => (id === 'wxt/utils/content-script-context' ? inert : null),
        },
      ];
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      if (!demo) return;
      // Each helpdesk's scripts also run on that helpdesk's demo pages (the Zendesk reader never on Intercom's).
      const realMatches = { zendesk: ZENDESK_MATCHES, intercom: INTERCOM_MATCHES } as const;
      for (const script of manifest.content_scripts ?? []) {
        const matches = script.matches ?? [];
        const demos = (['zendesk', 'intercom'] as const).filter((h) =>
          realMatches[h].every((m) => matches.includes(m)),
        );
        script.matches = [...matches, ...demos.map((h) => DEMO_MATCHES[h])];
      }
      manifest.host_permissions = [...(manifest.host_permissions ?? []), DEMO_MATCH];
      manifest.name = 'Steadyhand (demo build)';
    },
  },
});
