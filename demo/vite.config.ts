// Build of the demo helpdesk: local pages modelled on ../shared/reference/helpdesk-dom.md and
// helpdesk-dom-2026.md (Zendesk Agent Workspace ticket; Intercom Inbox conversation in its 2026 shadow-root
// shape and in its older light-DOM shape). Not real helpdesk code.
// Build: npx vite build --config demo/vite.config.ts
//   →  .output/demo-site/{zendesk,intercom,intercom-legacy}.html + assets/
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: __dirname,
  // The pages are served at deep SPA paths (/zendesk/agent/tickets/4711), so assets must be absolute.
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: resolve(__dirname, '../.output/demo-site'),
    emptyOutDir: true,
    // CKEditor 5 is one large chunk by design; the demo is local-only.
    chunkSizeWarningLimit: 2000,
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: {
        zendesk: resolve(__dirname, 'zendesk.html'),
        intercom: resolve(__dirname, 'intercom.html'),
        'intercom-legacy': resolve(__dirname, 'intercom-legacy.html'),
      },
      output: {
        manualChunks: (id) => {
          // Name the chunks pages share for what they hold: helpers + base.css (every page), and the
          // Intercom pages' modules with ProseMirror and the styles inlined into the 2026 shadow root.
          if (id.includes('/demo/src/shared/') || id.endsWith('/demo/src/base.css')) return 'shared';
          const intercomModule = /\/demo\/src\/intercom\/[^/]+\.ts$/.test(id);
          const proseMirror = id.includes('/node_modules/prosemirror-') && !id.endsWith('.css');
          return intercomModule || proseMirror || id.endsWith('.css?inline') ? 'intercom-shared' : undefined;
        },
      },
    },
  },
});
