// Issue 14's follow-ups in real Chromium: the agent's reply on the demo ticket promises an update a minute
// ahead, one click in the panel schedules it through the alarms API, the alarm is set again from the
// store when the extension restarts (its alarms cleared first, so only the start-up can bring it back),
// and when it rings a notification is shown. Chromium offers no way to click a notification, so the click
// is delivered to the very listener Chrome would call (the demo build's `steadyhandNotificationClicked`):
// the ticket's tab comes forward, or opens when it was closed, and the notification goes.
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDemoSession, type DemoSession } from '../../scripts/lib/demo-session';
import { launchWithExtension, type LaunchedExtension } from '../../scripts/lib/launch';

const ALARM = 'followup:zendesk:demo:4711';

interface Alarm {
  name: string;
  scheduledTime: number;
}
interface Chrome {
  alarms: { getAll(): Promise<Alarm[]>; clearAll(): Promise<boolean>; create(name: string, info: object): void };
  notifications: { getAll(): Promise<Record<string, boolean>> };
  tabs: { query(query: { active: boolean; currentWindow: boolean }): Promise<Array<{ url?: string }>> };
  runtime: { reload(): void };
}
// Evaluated in the service worker: each callback names chrome itself (a function cannot be passed in).
type WithChrome = { chrome: Chrome; steadyhandNotificationClicked(id: string): void };

const worker = async (ext: LaunchedExtension): Promise<Worker> =>
  ext.context.serviceWorkers()[0] ?? ext.context.waitForEvent('serviceworker');

/** The service worker's alarms of follow-ups. */
async function followUpAlarms(ext: LaunchedExtension): Promise<Alarm[]> {
  const alarms = await (await worker(ext)).evaluate(() => (globalThis as unknown as WithChrome).chrome.alarms.getAll());
  return alarms.filter((alarm) => alarm.name.startsWith('followup:'));
}

async function until<T>(read: () => Promise<T>, holds: (value: T) => boolean, what: string): Promise<T> {
  let last: T | undefined;
  for (let i = 0; i < 100; i++) {
    last = await read().catch(() => undefined);
    if (last !== undefined && holds(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what}: ${JSON.stringify(last)}`);
}

describe('follow-ups in real Chromium', () => {
  let ext: LaunchedExtension;
  let zendesk: DemoSession;

  beforeAll(async () => {
    ext = await launchWithExtension();
    zendesk = await openDemoSession(ext, inject('demoOrigin'), 'zendesk');
    await zendesk.panel.getByRole('heading', { name: /Charged twice for my annual plan/ }).waitFor();
  });
  afterAll(() => ext?.close());

  it('proposes the promise of the agent’s latest reply and schedules it through the alarms API', async () => {
    // The demo's agent reply becomes one sent just now that promises an update in a minute.
    await zendesk.page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('p')].find((p) =>
        p.textContent?.includes('Can you tell us more?'),
      );
      let item: Element | null = paragraph ?? null;
      while (item && !item.querySelector('time[data-test-id="timestamp-relative"]')) item = item.parentElement;
      item
        ?.querySelector('time[data-test-id="timestamp-relative"]')
        ?.setAttribute('datetime', new Date().toISOString());
      if (paragraph) paragraph.textContent = 'I’ll update you in 1 minute with what billing says.';
    });
    const setAt = Date.now();
    await zendesk.panel.getByRole('button', { name: /^Set a reminder for / }).click();
    await zendesk.panel
      .getByRole('status')
      .filter({ hasText: /^Reminder set for / })
      .waitFor();

    const [alarm] = await until(
      () => followUpAlarms(ext),
      (alarms) => alarms.length === 1,
      'no alarm',
    );
    expect(alarm!.name).toBe(ALARM);
    // A minute after the reply was sent (a few seconds before the click).
    expect(alarm!.scheduledTime).toBeGreaterThan(setAt + 30_000);
    expect(alarm!.scheduledTime).toBeLessThanOrEqual(setAt + 60_000);
  });

  it('sets the alarm again from the store when the extension restarts', async () => {
    const [before] = await followUpAlarms(ext);
    const old = await worker(ext);
    const restarted = ext.context.waitForEvent('serviceworker');
    // Cleared first: only the new worker's start-up can bring the alarm back.
    await old.evaluate(async () => {
      const { chrome } = globalThis as unknown as WithChrome;
      await chrome.alarms.clearAll();
      setTimeout(() => chrome.runtime.reload(), 50);
    });
    await restarted;
    const alarms = await until(
      () => followUpAlarms(ext),
      (found) => found.length === 1,
      'alarm not restored',
    );
    expect(alarms).toEqual([before]);
  });

  it('shows a notification when the alarm rings', async () => {
    // Ring it now rather than wait out the minute: the same alarm name, due at once.
    await (
      await worker(ext)
    ).evaluate(
      (name) => (globalThis as unknown as WithChrome).chrome.alarms.create(name, { when: Date.now() + 100 }),
      ALARM,
    );
    const shown = await until(
      async () =>
        (await worker(ext)).evaluate(() => (globalThis as unknown as WithChrome).chrome.notifications.getAll()),
      (notifications) => ALARM in notifications,
      'no notification',
    );
    expect(Object.keys(shown)).toContain(ALARM);
  });

  it('brings the ticket forward when its notification is clicked, and clears the notification', async () => {
    const elsewhere = await ext.context.newPage();
    await elsewhere.goto(`${inject('demoOrigin')}/`);
    await elsewhere.bringToFront();
    await (
      await worker(ext)
    ).evaluate((name) => (globalThis as unknown as WithChrome).steadyhandNotificationClicked(name), ALARM);
    const active = await until(
      async () =>
        (await worker(ext)).evaluate(() =>
          (globalThis as unknown as WithChrome).chrome.tabs.query({ active: true, currentWindow: true }),
        ),
      (tabs) => tabs[0]?.url === zendesk.page.url(),
      'ticket tab not brought forward',
    );
    expect(active[0]?.url).toBe(zendesk.page.url());
    // The click's listener clears the notification after the tab comes forward: wait for that too.
    const left = await until(
      async () =>
        (await worker(ext)).evaluate(() => (globalThis as unknown as WithChrome).chrome.notifications.getAll()),
      (notifications) => !Object.keys(notifications).includes(ALARM),
      'notification not cleared',
    );
    expect(Object.keys(left)).not.toContain(ALARM);
  });

  it('opens the ticket in a new tab when its tab was closed', async () => {
    const url = zendesk.page.url();
    await zendesk.page.close();
    const opened = ext.context.waitForEvent('page', { predicate: (page) => page.url() === url, timeout: 10_000 });
    await (
      await worker(ext)
    ).evaluate((name) => (globalThis as unknown as WithChrome).steadyhandNotificationClicked(name), ALARM);
    expect((await opened).url()).toBe(url);
  });
});
