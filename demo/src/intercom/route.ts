// Demo Intercom Inbox URLs: the path shape of a conversation in the Inbox (app.intercom.com/a/inbox/<app>/
// inbox/conversation/<id>, which the extension's URL rules match; helpdesk-dom-2026.md "regional workspaces"
// row lists the other hosts), served under /intercom, with the app segment `legacy` for the older light-DOM
// page (helpdesk-dom.md shapes). Not real Intercom code.

const CONVERSATION_PATH = /\/conversation\/(\d+)\/?$/;

/** The most parts a `?parts=N` long conversation may have. */
export const MAX_PARTS = 5000;

export function conversationIdFrom(pathname: string): string | undefined {
  return CONVERSATION_PATH.exec(pathname)?.[1];
}

/** The same Inbox path for another conversation, keeping the demo's prefix and app segment. */
export function conversationPath(pathname: string, id: string): string {
  const prefix = pathname.split('/conversation/')[0] ?? '';
  return `${prefix}/conversation/${id}`;
}

/**
 * `?parts=N` asks for a generated conversation of N parts (1 to MAX_PARTS), for benchmarks.
 * Anything else is refused, so a typo does not silently show the normal conversation instead.
 */
export function partsParam(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('parts');
  if (raw === null) return undefined;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || n > MAX_PARTS) {
    throw new RangeError(`Demo helpdesk: ?parts= must be a whole number from 1 to ${MAX_PARTS}, not "${raw}"`);
  }
  return n;
}
