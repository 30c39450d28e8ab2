import { type HelpdeskId } from '@/lib/conversation';

/**
 * Which helpdesk a URL belongs to, and which conversation it names. The shapes follow the manifest
 * patterns in `matches.ts`:
 * - Zendesk Agent Workspace: `https://<sub>.zendesk.com/agent/…`, a ticket at `/agent/tickets/<id>`.
 * - Intercom Inbox: `https://app.intercom.com/a/inbox/<app>/…` or `/a/apps/<app>/inbox/…`, a
 *   conversation at `…/conversation/<id>`; regional workspaces on `app.eu.intercom.com` and
 *   `app.au.intercom.com` alike. Other Intercom pages (reports, settings) are not helpdesk
 *   conversation pages.
 * - Demo build only: the local demo helpdesk at `http://127.0.0.1:<port>/zendesk/agent/…` and
 *   `http://127.0.0.1:<port>/intercom/a/inbox/…`, read exactly like the real paths.
 */
export interface HelpdeskPage {
  helpdesk: HelpdeskId;
  /** Ticket / conversation id named by the URL, or null (dashboard, inbox list…). */
  conversationId: string | null;
  /**
   * The helpdesk account: the Zendesk subdomain, the Intercom workspace (app) id; `demo` on the demo
   * helpdesk. Ticket numbers are per account, so two accounts can show the same number.
   */
  account: string | null;
  /** The URL with ids, app ids and subdomains masked: safe to put in a diagnostic. */
  pattern: string;
}

const ZENDESK_HOST = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.zendesk\.com$/i;
const ZENDESK_PATH = /^\/agent(?:\/|$)/;
const ZENDESK_TICKET = /^\/agent\/tickets\/(\d+)(?:\/|$)/;
const INTERCOM_HOSTS = ['app.intercom.com', 'app.eu.intercom.com', 'app.au.intercom.com'];
const INTERCOM_PATH = /^\/a\/(?:inbox\/([^/]+)|apps\/([^/]+)\/inbox)(?:\/|$)/;
const INTERCOM_CONVERSATION = /\/conversations?\/(\d+)(?:\/|$)/;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Masks a path: numbers become `:id`, the Intercom app id `:app`, anything not a plain word `:x`. */
function maskPath(path: string): string {
  const segs = path.split('/');
  return segs
    .map((s, i) => {
      if (s === '') return s;
      if (/^\d+$/.test(s)) return ':id';
      const prev = segs[i - 1];
      if (prev === 'apps' || (prev === 'inbox' && segs[i - 2] === 'a')) return ':app';
      return /^[a-z][a-z-]{0,30}$/.test(s) ? s : ':x';
    })
    .join('/');
}

function fromPath(helpdesk: HelpdeskId, path: string, origin: string, account: string | null): HelpdeskPage | null {
  if (helpdesk === 'zendesk') {
    if (!ZENDESK_PATH.test(path)) return null;
    const conversationId = ZENDESK_TICKET.exec(path)?.[1] ?? null;
    return { helpdesk, conversationId, account, pattern: origin + maskPath(path) };
  }
  const app = INTERCOM_PATH.exec(path);
  if (!app) return null;
  const conversationId = INTERCOM_CONVERSATION.exec(path)?.[1] ?? null;
  const workspace = app[1] ?? app[2]!;
  // An id as Intercom writes them; anything else is not trusted to key the interaction record.
  const own = /^[\w-]{1,64}$/.test(workspace) ? workspace : null;
  return { helpdesk, conversationId, account: account ?? own, pattern: origin + maskPath(path) };
}

/** The real helpdesks only. */
export function helpdeskPage(url: string): HelpdeskPage | null {
  const u = parse(url);
  if (!u || u.protocol !== 'https:' || u.port !== '') return null;
  if (ZENDESK_HOST.test(u.hostname)) {
    return fromPath('zendesk', u.pathname, 'https://*.zendesk.com', u.hostname.split('.')[0]!.toLowerCase());
  }
  if (INTERCOM_HOSTS.includes(u.hostname)) return fromPath('intercom', u.pathname, `https://${u.hostname}`, null);
  return null;
}

/** The local demo helpdesk (demo build only: callers gate this on `__STEADYHAND_DEMO__`). */
export function demoHelpdeskPage(url: string): HelpdeskPage | null {
  const u = parse(url);
  if (!u || u.protocol !== 'http:' || u.hostname !== '127.0.0.1') return null;
  const m = /^\/(zendesk|intercom)(\/.*)$/.exec(u.pathname);
  if (!m) return null;
  const helpdesk = m[1] as HelpdeskId;
  return fromPath(helpdesk, m[2]!, `http://127.0.0.1:*/${helpdesk}`, 'demo');
}

/** The helpdesk page a URL shows; the demo helpdesk only in the demo build. */
export function pageOf(url: string): HelpdeskPage | null {
  return helpdeskPage(url) ?? (__STEADYHAND_DEMO__ ? demoHelpdeskPage(url) : null);
}

/** `'zendesk' | 'intercom'` for a supported helpdesk page (with or without a conversation open), else null. */
export function detectHelpdesk(url: string): HelpdeskId | null {
  return pageOf(url)?.helpdesk ?? null;
}

/** A diagnostic-safe URL: no ids, no subdomain, no query or hash; unsupported hosts fully masked. */
export function urlPattern(url: string): string {
  const page = pageOf(url);
  if (page) return page.pattern;
  const u = parse(url);
  return u ? `${u.protocol}//*` : '(not a URL)';
}
