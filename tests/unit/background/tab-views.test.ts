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
const guidance: Guidance = { step: 'listen', reason: 'The customer has just written.', completed: [], signals: [] };

function deps(overrides: Partial<TabViewDeps> = {}) {
  const published: Array<[number, unknown]> = [];
  const base: TabViewDeps = {
    probe: vi.fn(async () => null),
    facts: vi.fn(async () => ({ helpdesk: null, loading: false })),
    guide: vi.fn(() => guidance),
    publish: (tabId, view) => published.push([tabId, view]),
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
    views.report(7, { status: 'ready', conversation });
    expect(d.guide).toHaveBeenCalledWith(7, conversation);
    expect(d.record).toHaveBeenCalledWith(7, conversation, guidance);
    expect(published).toEqual([[7, { status: 'ready', conversation, guidance }]]);
  });

  it('serves a reported view from its cache without probing the tab again', async () => {
    const { deps: d } = deps();
    const views = createTabViews(d);
    const state: PageState = { status: 'no-conversation', helpdesk: 'intercom' };
    views.report(3, state);
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
    views.report(1, { status: 'ready', conversation });
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
    views.report(1, { status: 'ready', conversation });
    release();
    await forgetting;
    expect(published).toEqual([[1, { status: 'ready', conversation, guidance }]]);
  });

  it('publishes nothing for a closed tab', async () => {
    const { deps: d, published } = deps();
    const views = createTabViews(d);
    views.report(2, { status: 'no-conversation', helpdesk: 'zendesk' });
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

  it('keeps the first `from` messages and appends the tail', () => {
    const { deps: d, published } = deps();
    const views = createTabViews(d);
    views.report(1, { status: 'ready', conversation: withMessages });
    expect(
      views.patch(1, {
        ...head,
        subject: 'Refund now',
        from: 1,
        tail: [message('b', 'two, edited'), message('c', 'three')],
      }),
    ).toBe(true);
    const [, view] = published.at(-1)!;
    expect(view).toMatchObject({
      status: 'ready',
      conversation: { subject: 'Refund now', messages: [{ text: 'one' }, { text: 'two, edited' }, { text: 'three' }] },
    });
  });

  it.each([
    ['no conversation is held', undefined, { ...head, from: 0, tail: [] }],
    ['it is another conversation', withMessages, { ...head, id: '43', from: 0, tail: [] }],
    ['it starts past the end', withMessages, { ...head, from: 3, tail: [] }],
  ])('refuses a patch when %s', (_why, held, patch) => {
    const { deps: d } = deps();
    const views = createTabViews(d);
    if (held) views.report(1, { status: 'ready', conversation: held });
    expect(views.patch(1, patch)).toBe(false);
  });
});

describe('tab views: new engine options', () => {
  it('guides every held conversation again and publishes it', () => {
    const { deps: d, published } = deps();
    const views = createTabViews(d);
    views.report(1, { status: 'ready', conversation });
    views.report(2, { status: 'no-conversation', helpdesk: 'zendesk' });
    views.reguide();
    expect(d.guide).toHaveBeenCalledTimes(2);
    expect(published.map(([tabId]) => tabId)).toEqual([1, 2, 1]);
  });
});
