// The shipped manifest asks only for what is used; the demo pattern exists only in the demo build.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_MATCHES, HELPDESK_HOSTS, HELPDESK_MATCHES } from '../../lib/helpdesk/matches';

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: Array<{ matches: string[]; world?: string }>;
  side_panel?: { default_path: string };
  action?: object;
  commands?: Record<string, { suggested_key?: Record<string, string> }>;
  optional_host_permissions?: string[];
  storage?: { managed_schema?: string };
  options_ui?: { page: string; open_in_tab?: boolean };
  content_security_policy?: unknown;
  sandbox?: unknown;
  externally_connectable?: unknown;
  web_accessible_resources?: unknown;
  browser_specific_settings?: { gecko?: { data_collection_permissions?: { required?: string[] } } };
}

// The documented pages (README, "Permissions, and why"): the content scripts run in the agent workspace of
// every Zendesk account and in Intercom's app on its US, EU and Australian hosts.
const HELPDESK_PAGES = [
  'https://*.zendesk.com/agent/*',
  'https://app.intercom.com/*',
  'https://app.eu.intercom.com/*',
  'https://app.au.intercom.com/*',
];
// Host access is per host: browsers ignore a host permission's path, so the manifest says whole hosts.
const HELPDESK_HOSTS_DOCUMENTED = [
  'https://*.zendesk.com/*',
  'https://app.intercom.com/*',
  'https://app.eu.intercom.com/*',
  'https://app.au.intercom.com/*',
];

/** The default extension-page CSP of Manifest V3: what a manifest without one gets. */
const DEFAULT_SCRIPT_SRC = ["'self'", "'wasm-unsafe-eval'"];

/** Whether a manifest's CSP (absent = the default) is the default or stricter: no new script or object sources. */
function cspProblems(csp: unknown): string[] {
  if (csp === undefined) return [];
  if (typeof csp !== 'object' || csp === null) return ['content_security_policy is not an object'];
  const problems: string[] = [];
  for (const [context, policy] of Object.entries(csp)) {
    const directives = new Map(
      String(policy)
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .filter((tokens) => tokens[0])
        .map((tokens) => [tokens[0]!, tokens.slice(1)]),
    );
    const scripts = directives.get('script-src') ?? directives.get('default-src');
    if (!scripts) problems.push(`${context}: no script-src`);
    for (const source of scripts ?? [])
      if (!DEFAULT_SCRIPT_SRC.includes(source) && source !== "'none'")
        problems.push(`${context}: script-src ${source}`);
    for (const source of directives.get('object-src') ?? [])
      if (source !== "'self'" && source !== "'none'") problems.push(`${context}: object-src ${source}`);
  }
  return problems;
}

const read = (dir: string): Manifest => JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')) as Manifest;

describe('shipped manifest (.output/chrome-mv3)', () => {
  const manifest = read('.output/chrome-mv3');

  it('asks for storage, sidePanel, alarms and notifications only, and the documented helpdesk hosts', () => {
    // alarms + notifications: follow-up reminders (issue 14), each with its row in the README.
    expect(manifest.permissions?.sort()).toEqual(['alarms', 'notifications', 'sidePanel', 'storage']);
    expect(manifest.host_permissions).toEqual(HELPDESK_HOSTS_DOCUMENTED);
    expect([...HELPDESK_HOSTS]).toEqual(HELPDESK_HOSTS_DOCUMENTED);
    expect([...HELPDESK_MATCHES]).toEqual(HELPDESK_PAGES);
  });

  it('is what the README says it is', () => {
    const readme = readFileSync('README.md', 'utf8');
    const row = (label: string) => readme.split('\n').find((line) => line.includes(label));
    for (const host of HELPDESK_HOSTS_DOCUMENTED) expect(row('(host access)')).toContain(`\`${host}\``);
    for (const page of HELPDESK_PAGES) expect(row('(content scripts)')).toContain(`\`${page}\``);
    for (const permission of manifest.permissions ?? []) expect(row(`| \`${permission}\``)).toBeDefined();
  });

  it('keeps the default content security policy (or a stricter one), and opens nothing to web pages', () => {
    expect(cspProblems(manifest.content_security_policy)).toEqual([]);
    // The checker itself: a loosened policy is caught.
    expect(cspProblems({ extension_pages: "script-src 'self' https://cdn.example; object-src 'self'" })).toEqual([
      'extension_pages: script-src https://cdn.example',
    ]);
    expect(cspProblems({ extension_pages: "script-src 'self' 'unsafe-eval'" })).toHaveLength(1);
    // No page of the extension can be framed or fetched by a web page, no page is sandboxed (sandboxed pages
    // may run eval), and no website may message the extension.
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.sandbox).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('can ask for one https host at a time, at run time, to import a pack by URL', () => {
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
  });

  it('declares the enterprise policy schema for phrase packs, and ships it', () => {
    expect(manifest.storage?.managed_schema).toBe('managed-schema.json');
    expect(existsSync('.output/chrome-mv3/managed-schema.json')).toBe(true);
  });

  it('has an options page, in a tab, for managing and writing phrase packs', () => {
    expect(manifest.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
  });

  it('runs content scripts on the helpdesks only, each helpdesk’s reader on its own pages', () => {
    const scripts = manifest.content_scripts ?? [];
    const sorted = (matches: readonly string[]) => [...matches].sort();
    const isolated = scripts.filter((script) => script.world !== 'MAIN').map((script) => sorted(script.matches));
    expect(isolated.sort()).toEqual(
      [
        sorted(HELPDESK_PAGES.filter((m) => m.includes('intercom'))),
        sorted(HELPDESK_PAGES.filter((m) => m.includes('zendesk'))),
      ].sort(),
    );
    // The main-world bridge (CKEditor's API) may run on every helpdesk page.
    for (const script of scripts.filter((s) => s.world === 'MAIN'))
      expect(sorted(script.matches)).toEqual(sorted(HELPDESK_PAGES));
  });

  it('never mentions the demo helpdesk', () => {
    expect(JSON.stringify(manifest)).not.toContain('127.0.0.1');
  });

  it('opens a side panel from the toolbar icon and from a key', () => {
    expect(manifest.side_panel?.default_path).toBe('sidepanel.html');
    expect(manifest.action).toBeDefined();
    expect(manifest.commands?._execute_action?.suggested_key).toEqual({ default: 'Alt+Shift+S' });
  });
});

describe('shipped Firefox manifest (.output/firefox-mv3)', () => {
  const manifest = read('.output/firefox-mv3');

  it('asks for storage, alarms and notifications only (the sidebar needs no permission) and the same hosts and pages', () => {
    expect(manifest.permissions?.sort()).toEqual(['alarms', 'notifications', 'storage']);
    expect(manifest.host_permissions).toEqual(HELPDESK_HOSTS_DOCUMENTED);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    const pages = new Set((manifest.content_scripts ?? []).flatMap((script) => script.matches));
    expect([...pages].sort()).toEqual([...HELPDESK_PAGES].sort());
  });

  it('keeps the default CSP, and tells Firefox that no data is collected', () => {
    expect(cspProblems(manifest.content_security_policy)).toEqual([]);
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.browser_specific_settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });
});

describe('demo manifest (.output/demo/chrome-mv3)', () => {
  it('adds each helpdesk’s demo pages to the scripts for that helpdesk only', () => {
    for (const script of read('.output/demo/chrome-mv3').content_scripts ?? []) {
      const zendesk = script.matches.some((m) => m.includes('zendesk.com'));
      const intercom = script.matches.some((m) => m.includes('intercom.com'));
      expect(script.matches.includes(DEMO_MATCHES.zendesk)).toBe(zendesk);
      expect(script.matches.includes(DEMO_MATCHES.intercom)).toBe(intercom);
    }
  });
});
