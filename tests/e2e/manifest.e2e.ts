// The shipped manifest asks only for what is used; the demo pattern exists only in the demo build.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_MATCH, HELPDESK_MATCHES } from '../../lib/helpdesk/matches';

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

const read = (dir: string): Manifest => JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')) as Manifest;

describe('shipped manifest (.output/chrome-mv3)', () => {
  const manifest = read('.output/chrome-mv3');

  it('asks for storage and sidePanel only, and the two helpdesk hosts', () => {
    expect(manifest.permissions?.sort()).toEqual(['sidePanel', 'storage']);
    expect(manifest.host_permissions).toEqual([...HELPDESK_MATCHES]);
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

  it('runs content scripts on the helpdesks only', () => {
    expect(manifest.content_scripts?.length).toBeGreaterThan(0);
    for (const script of manifest.content_scripts ?? []) expect(script.matches).toEqual([...HELPDESK_MATCHES]);
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
  it('adds the local demo helpdesk to every content script', () => {
    for (const script of read('.output/demo/chrome-mv3').content_scripts ?? [])
      expect(script.matches).toContain(DEMO_MATCH);
  });
});
