// The pages the content script runs on. Kept here, not in the entrypoint, because the manifest
// (wxt.config.ts), URL detection and the README all state the same two patterns.
export const HELPDESK_MATCHES = ['https://*.zendesk.com/agent/*', 'https://app.intercom.com/*'] as const;

// Demo build only (npm start, e2e): the local demo helpdesk. Chrome match patterns without a port match any port.
export const DEMO_MATCH = 'http://127.0.0.1/*';
