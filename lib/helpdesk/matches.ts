// The pages the content script runs on. Kept here, not in the entrypoint, because the manifest
// (wxt.config.ts), URL detection and the README all state the same patterns.
export const ZENDESK_MATCHES = ['https://*.zendesk.com/agent/*'] as const;
// Intercom's EU and Australian workspaces live on their own hosts (helpdesk-dom-2026.md).
export const INTERCOM_MATCHES = [
  'https://app.intercom.com/*',
  'https://app.eu.intercom.com/*',
  'https://app.au.intercom.com/*',
] as const;
export const HELPDESK_MATCHES = [...ZENDESK_MATCHES, ...INTERCOM_MATCHES] as const;

/**
 * The manifest's host access: the helpdesks' whole hosts. Chrome and Firefox ignore the path of a host
 * permission, so `…zendesk.com/agent/*` would grant every zendesk.com page all the same; saying so keeps
 * the manifest (and the install prompt the README quotes) honest. The content scripts still run on the
 * agent pages only (the matches above).
 */
export const HELPDESK_HOSTS = ['https://*.zendesk.com/*', ...INTERCOM_MATCHES] as const;

// Demo build only (npm start, e2e): the local demo helpdesk. Chrome match patterns without a port match any port.
export const DEMO_MATCH = 'http://127.0.0.1/*';
/** The demo pages of each helpdesk, for its own content script (the demo serves both from one origin). */
export const DEMO_MATCHES = { zendesk: 'http://127.0.0.1/zendesk/*', intercom: 'http://127.0.0.1/intercom/*' } as const;
