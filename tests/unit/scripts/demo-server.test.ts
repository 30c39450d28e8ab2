// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PATHS, startDemoServer, type DemoServer } from '../../../scripts/lib/demo-server';

let root: string;
let server: DemoServer;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'steadyhand-demo-site-'));
  writeFileSync(join(root, 'zendesk.html'), '<title>zendesk</title>');
  writeFileSync(join(root, 'intercom.html'), '<title>intercom</title>');
  writeFileSync(join(root, 'intercom-legacy.html'), '<title>intercom-legacy</title>');
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'assets', 'app.js'), 'export {};');
  writeFileSync(join(tmpdir(), 'steadyhand-secret.txt'), 'secret');
  server = await startDemoServer(root);
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

const get = (path: string) => fetch(server.origin + path);

describe('demo server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves each demo page at its helpdesk path', async () => {
    expect(await (await get(DEMO_PATHS.zendesk)).text()).toContain('zendesk');
    expect(await (await get('/zendesk/agent/tickets/4698')).text()).toContain('zendesk');
    expect(await (await get(DEMO_PATHS.intercom)).text()).toBe('<title>intercom</title>');
  });

  it('serves the light-DOM Intercom page at app segment legacy, the 2026 page at any other app', async () => {
    expect(await (await get(DEMO_PATHS.intercomLegacy)).text()).toBe('<title>intercom-legacy</title>');
    expect(await (await get('/intercom/a/inbox/legacy/inbox/conversation/216/')).text()).toBe(
      '<title>intercom-legacy</title>',
    );
    expect(await (await get('/intercom/a/inbox/x1y2/inbox/conversation/216')).text()).toBe('<title>intercom</title>');
    expect(await (await get('/intercom/a/inbox/legacy-eu/inbox/conversation/216')).text()).toBe(
      '<title>intercom</title>',
    );
    expect(await (await get(`${DEMO_PATHS.intercom}?parts=5000`)).text()).toBe('<title>intercom</title>');
    expect((await get('/intercom/a/inbox/legacy/inbox/conversation/abc')).status).toBe(404);
  });

  it('serves assets with their content type', async () => {
    const response = await get('/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/javascript');
  });

  it('refuses paths outside its folder and unknown paths', async () => {
    expect((await get('/..%2fsteadyhand-secret.txt')).status).toBe(404);
    expect((await get('/nothing-here')).status).toBe(404);
    expect((await get('/zendesk/agent/tickets/abc')).status).toBe(404);
  });

  it('says how to build the site when it is missing', async () => {
    await expect(startDemoServer(join(root, 'missing'))).rejects.toThrow(/npm run build:demo/);
  });
});
