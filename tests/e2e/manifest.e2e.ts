// The shipped manifest asks only for what is used; the demo pattern exists only in the demo build.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_MATCHES, HELPDESK_MATCHES } from '../../lib/helpdesk/matches';

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
}

// The documented pages (README, "Permissions, and why"): the agent workspace of every Zendesk account,
// and Intercom's app on its US, EU and Australian hosts.
const HELPDESK_PAGES = [
  'https://*.zendesk.com/agent/*',
  'https://app.intercom.com/*',
  'https://app.eu.intercom.com/*',
  'https://app.au.intercom.com/*',
];

const read = (dir: string): Manifest => JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')) as Manifest;

describe('shipped manifest (.output/chrome-mv3)', () => {
  const manifest = read('.output/chrome-mv3');

  it('asks for storage and sidePanel only, and the documented helpdesk hosts', () => {
    expect(manifest.permissions?.sort()).toEqual(['sidePanel', 'storage']);
    expect(manifest.host_permissions).toEqual(HELPDESK_PAGES);
    expect([...HELPDESK_MATCHES]).toEqual(HELPDESK_PAGES);
  });

  it('is what the README says it is', () => {
    const readme = readFileSync('README.md', 'utf8');
    const row = readme.split('\n').find((line) => line.includes('(content script and host access)'));
    for (const page of HELPDESK_PAGES) expect(row).toContain(`\`${page}\``);
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
