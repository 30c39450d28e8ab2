import { defineWebExtConfig } from 'wxt';

// `wxt` dev mode would launch a browser window; there is none on CI or headless machines.
// `npm start` launches Chromium itself (scripts/start.ts).
export default defineWebExtConfig({ disabled: true });
