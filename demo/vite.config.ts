// Build of the demo helpdesk: two local pages modelled on ../shared/reference/helpdesk-dom.md
// (Zendesk Agent Workspace ticket, Intercom Inbox conversation). Not real helpdesk code.
// Build: npx vite build --config demo/vite.config.ts  →  .output/demo-site/{zendesk,intercom}.html + assets/
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
      },
      output: {
        // Name the chunk both pages share (helpers + base.css) for what it is.
        manualChunks: (id) =>
          id.includes('/demo/src/shared/') || id.endsWith('/demo/src/base.css') ? 'shared' : undefined,
      },
    },
  },
});
