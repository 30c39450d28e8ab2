import { describe, expect, it, vi } from 'vitest';
import { createTabViews, type TabViewDeps } from '@/entrypoints/background/tab-views';
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

  it('forgets a tab that navigated and publishes what is known now', async () => {
    const { deps: d, published } = deps({
      facts: vi.fn(async () => ({ helpdesk: 'zendesk' as const, loading: true })),
    });
    const views = createTabViews(d);
    views.report(1, { status: 'ready', conversation }, URL);
    await views.forget(1);
    expect(d.forgetTab).toHaveBeenCalledWith(1);
    expect(published.at(-1)).toEqual([1, { status: 'loading', helpdesk: 'zendesk' }]);
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
