import { describe, expect, it, vi } from 'vitest';
import { createTabViews, MAX_WAIT_MS, SETTLE_MS, type TabViewDeps } from '@/entrypoints/background/tab-views';
import type { Conversation, Message } from '@/lib/conversation';
import type { Guidance } from '@/lib/framework/guidance';
import type { PageState } from '@/lib/messaging';

const conversation: Conversation = {
  helpdesk: 'zendesk',
  id: '42',
  subject: 'Refund',
  customer: { name: 'Ada', email: null },
  channel: 'email',
  messages: [],
};
const URL = 'https://acme.zendesk.com/agent/tickets/42';
const guidance: Guidance = { step: 'listen', reason: 'The customer has just written.', completed: [], signals: [] };

function deps(overrides: Partial<TabViewDeps> = {}) {
  const published: Array<[number, unknown]> = [];
  const base: TabViewDeps = {
    probe: vi.fn(async () => null),
    facts: vi.fn(async () => ({ helpdesk: null, loading: false })),
    guide: vi.fn(() => guidance),
    publish: (change) => published.push([change.tabId, 'view' in change ? change.view : { patch: change.patch }]),
    record: vi.fn(),
    forgetTab: vi.fn(),
    later: vi.fn(async () => undefined),
    ...overrides,
  };
  return { deps: base, published };
}

describe('tab views', () => {
  it('turns a ready page into guidance and publishes it', () => {
    const { deps: d, published } = deps();
    const views = createTabViews(d);
    views.report(7, { status: 'ready', conversation }, URL);
    expect(d.guide).toHaveBeenCalledWith(7, conversation);
    expect(d.record).toHaveBeenCalledWith(conversation, guidance, URL);
    expect(published).toEqual([[7, { status: 'ready', conversation, guidance }]]);
  });

  it('serves a reported view from its cache without probing the tab again', async () => {
    const { deps: d } = deps();
    const views = createTabViews(d);
    const state: PageState = { status: 'no-conversation', helpdesk: 'intercom' };
    views.report(3, state, null);
    expect(await views.get(3)).toEqual(state);
    expect(d.probe).not.toHaveBeenCalled();
  });

  it('asks the content script when it has nothing cached (after a service-worker restart)', async () => {
    const { deps: d } = deps({ probe: vi.fn(async () => ({ status: 'ready', conversation }) as PageState) });
    const views = createTabViews(d);
    expect(await views.get(5)).toEqual({ status: 'ready', conversation, guidance });
  });

  it.each([
    [{ helpdesk: null, loading: false }, { status: 'not-helpdesk' }],
    [
      { helpdesk: 'zendesk', loading: false },
      { status: 'not-connected', helpdesk: 'zendesk' },
    ],
    [
      { helpdesk: 'intercom', loading: true },
      { status: 'loading', helpdesk: 'intercom' },
    ],
  ] as const)('without a content script, tab facts %o give %o', async (facts, view) => {
    const { deps: d } = deps({ facts: vi.fn(async () => facts) });
    expect(await createTabViews(d).get(9)).toEqual(view);
  });

  it('says "loading" while a navigated helpdesk tab has not reported, then shows its report', async () => {
    let settle!: () => void;
    const { deps: d, published } = deps({
      facts: vi.fn(async () => ({ helpdesk: 'zendesk' as const, loading: false })),
      later: vi.fn(() => new Promise<void>((done) => (settle = done))),
    });
    const views = createTabViews(d);
    views.report(1, { status: 'ready', conversation }, URL);
    const forgetting = views.forget(1);
    await vi.waitFor(() => expect(d.later).toHaveBeenCalledWith(SETTLE_MS));
    expect(d.forgetTab).toHaveBeenCalledWith(1);
    // A ticket switch in a single-page app: the address changed, the page is complete, the content
    // script has not read the new ticket yet. That is loading, not a tab to reload.
    expect(published.at(-1)).toEqual([1, { status: 'loading', helpdesk: 'zendesk' }]);
    views.report(1, { status: 'ready', conversation: { ...conversation, id: '43' } }, URL);
    settle();
    await forgetting;
    expect(d.probe).not.toHaveBeenCalled();
    expect(published.map(([, view]) => (view as { status: string }).status)).toEqual(['ready', 'loading', 'ready']);
  });

  it('asks a navigated tab that stayed quiet, and shows what its content script answers', async () => {
    const { deps: d, published } = deps({
      facts: vi.fn(async () => ({ helpdesk: 'intercom' as const, loading: false })),
      probe: vi.fn(async () => ({ status: 'no-conversation', helpdesk: 'intercom' }) as PageState),
    });
    await createTabViews(d).forget(4);
    expect(published).toEqual([
      [4, { status: 'loading', helpdesk: 'intercom' }],
      [4, { status: 'no-conversation', helpdesk: 'intercom' }],
    ]);
  });

  it('says "not connected" only when nobody answers once the page has loaded', async () => {
    const loading = [true, true, false];
    const { deps: d, published } = deps({
      facts: vi.fn(async () => ({ helpdesk: 'zendesk' as const, loading: loading.shift() ?? false })),
    });
    await createTabViews(d).forget(1);
    // Still loading at the first look: wait again; loaded at the second with no content script.
    expect(d.probe).toHaveBeenCalledTimes(2);
    expect(published).toEqual([
      [1, { status: 'loading', helpdesk: 'zendesk' }],
      [1, { status: 'not-connected', helpdesk: 'zendesk' }],
    ]);
  });

  it('stops waiting for a tab that keeps loading after the longest wait', async () => {
    const { deps: d, published } = deps({
      facts: vi.fn(async () => ({ helpdesk: 'zendesk' as const, loading: true })),
    });
    await createTabViews(d).forget(1);
    expect(d.later).toHaveBeenCalledTimes(MAX_WAIT_MS / SETTLE_MS);
    expect(published.at(-1)).toEqual([1, { status: 'not-connected', helpdesk: 'zendesk' }]);
  });

  it('leaves a navigation to a page that is not a helpdesk at once', async () => {
    const { deps: d, published } = deps();
    await createTabViews(d).forget(1);
    expect(published).toEqual([[1, { status: 'not-helpdesk' }]]);
    expect(d.later).not.toHaveBeenCalled();
  });

  it('gives up the wait for a page the tab has already left', async () => {
    const settles: Array<() => void> = [];
    const { deps: d, published } = deps({
      facts: vi.fn(async () => ({ helpdesk: 'zendesk' as const, loading: false })),
      later: vi.fn(() => new Promise<void>((done) => settles.push(done))),
    });
    const views = createTabViews(d);
    const first = views.forget(1);
    await vi.waitFor(() => expect(settles).toHaveLength(1));
    const second = views.forget(1);
    await vi.waitFor(() => expect(settles).toHaveLength(2));
    settles.forEach((settle) => settle());
    await Promise.all([first, second]);
    // Only the latest navigation asks the tab and decides what it shows.
    expect(d.probe).toHaveBeenCalledTimes(1);
    expect(published.filter(([, view]) => (view as { status: string }).status === 'not-connected')).toHaveLength(1);
  });

  it('does not overwrite a report that arrived while it looked up a navigated tab', async () => {
    let release!: () => void;
    const facts = vi.fn(
      () =>
        new Promise<{ helpdesk: 'zendesk'; loading: boolean }>(
          (done) => (release = () => done({ helpdesk: 'zendesk', loading: true })),
        ),
    );
    const { deps: d, published } = deps({ facts });
    const views = createTabViews(d);
    const forgetting = views.forget(1);
    views.report(1, { status: 'ready', conversation }, URL);
    release();
    await forgetting;
    expect(published).toEqual([[1, { status: 'ready', conversation, guidance }]]);
  });

  it('rechecks a tab whose content script went silent: not connected instead of stale guidance', async () => {
    const { deps: d, published } = deps({
      facts: vi.fn(async () => ({ helpdesk: 'zendesk' as const, loading: false })),
    });
    const views = createTabViews(d);
    views.report(1, { status: 'ready', conversation }, URL);
    await expect(views.recheck(1)).resolves.toEqual({ status: 'not-connected', helpdesk: 'zendesk' });
    expect(published.at(-1)).toEqual([1, { status: 'not-connected', helpdesk: 'zendesk' }]);
    expect(await views.get(1)).toEqual({ status: 'not-connected', helpdesk: 'zendesk' });
  });

  it('rechecks a tab whose content script still answers: its fresh reading', async () => {
    const { deps: d } = deps({ probe: vi.fn(async () => ({ status: 'ready', conversation }) as PageState) });
    const views = createTabViews(d);
    views.report(1, { status: 'no-conversation', helpdesk: 'zendesk' }, URL);
    await expect(views.recheck(1)).resolves.toEqual({ status: 'ready', conversation, guidance });
    expect(d.record).toHaveBeenLastCalledWith(conversation, guidance, URL);
  });

  it('publishes nothing for a closed tab', async () => {
    const { deps: d, published } = deps();
    const views = createTabViews(d);
    views.report(2, { status: 'no-conversation', helpdesk: 'zendesk' }, URL);
    await views.forget(2, { closed: true });
    expect(published).toHaveLength(1);
    expect(d.probe).not.toHaveBeenCalled();
  });
});

describe('tab views: patches', () => {
  const message = (id: string, text: string): Message => ({
    id,
    role: 'customer',
    author: 'Ada',
    internal: false,
    text,
    at: null,
    channel: null,
    attachments: [],
  });
  const withMessages = { ...conversation, messages: [message('a', 'one'), message('b', 'two')] };
  const head = {
    helpdesk: 'zendesk',
    id: '42',
    subject: 'Refund',
    customer: { name: 'Ada', email: null },
    channel: 'email',
  } as const;

  it('keeps the first `from` messages, appends the tail, and sends the panels the patch only', async () => {
    const { deps: d, published } = deps();
    const views = createTabViews(d);
    views.report(1, { status: 'ready', conversation: withMessages }, URL);
    const patch = {
      ...head,
      subject: 'Refund now',
      from: 1,
      tail: [message('b', 'two, edited'), message('c', 'three')],
    };
    expect(views.patch(1, patch, `${URL}#later`)).toBe(true);
    // The panels get what changed: the patch and the new guidance, not the conversation again.
    expect(published.at(-1)).toEqual([1, { patch: { conversation: patch, guidance } }]);
    const merged = { ...head, subject: 'Refund now', messages: [message('a', 'one'), ...patch.tail] };
    expect(d.guide).toHaveBeenLastCalledWith(1, merged);
    // The page's address comes with the patch, for the interaction record.
    expect(d.record).toHaveBeenLastCalledWith(merged, guidance, `${URL}#later`);
    expect(await views.get(1)).toEqual({ status: 'ready', conversation: merged, guidance });
  });

  it.each([
    ['no conversation is held', undefined, { ...head, from: 0, tail: [] }],
    ['it is another conversation', withMessages, { ...head, id: '43', from: 0, tail: [] }],
    ['it starts past the end', withMessages, { ...head, from: 3, tail: [] }],
  ])('refuses a patch when %s', (_why, held, patch) => {
    const { deps: d } = deps();
    const views = createTabViews(d);
    if (held) views.report(1, { status: 'ready', conversation: held }, URL);
    expect(views.patch(1, patch, URL)).toBe(false);
  });
});

describe('tab views: new engine options', () => {
  it('guides every held conversation again and publishes it', () => {
    const { deps: d, published } = deps();
    const views = createTabViews(d);
    views.report(1, { status: 'ready', conversation }, URL);
    views.report(2, { status: 'no-conversation', helpdesk: 'zendesk' }, URL);
    views.reguide();
    expect(d.guide).toHaveBeenCalledTimes(2);
    expect(published.map(([tabId]) => tabId)).toEqual([1, 2, 1]);
    // Each conversation is recorded again from the address it was last seen at.
    expect(d.record).toHaveBeenLastCalledWith(conversation, guidance, URL);
  });
});
