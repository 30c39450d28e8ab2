// The demo's Intercom pages as a whole (inbox-page.ts with each shape's view): the conversation list opens
// conversations with history.pushState, popstate goes back, customer and teammate parts are added, the 2026
// app remounts, and `?parts=N` pages a long conversation in. Real ProseMirror; happy-dom.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startInboxPage, type ConversationView } from '../../../demo/src/intercom/inbox-page';
import { BATCH_SIZE } from '../../../demo/src/intercom/paging';
import { createTeammateApp } from '../../../demo/src/intercom/view-2026';
import { createLegacyView } from '../../../demo/src/intercom/view-legacy';
import type { IntercomDemo } from '../../../demo/src/shared/api';

const PATH_2026 = '/intercom/a/inbox/demo/inbox/conversation/215';
const PATH_LEGACY = '/intercom/a/inbox/legacy/inbox/conversation/215';

/** Every view a test made: their editors are destroyed after it, as leaving a real page would. */
const views: ConversationView[] = [];
function tracked<V extends ConversationView>(create: (onSend: () => void) => V) {
  return (onSend: () => void) => {
    const view = create(onSend);
    views.push(view);
    return view;
  };
}

function start2026(url = PATH_2026): IntercomDemo {
  history.replaceState(null, '', url);
  startInboxPage(tracked(createTeammateApp), (app, reopen) => ({
    remountApp() {
      app.remount();
      reopen();
    },
  }));
  return (window as unknown as { steadyhandDemo: IntercomDemo }).steadyhandDemo;
}

const shadow = (): ShadowRoot => {
  const root = document.querySelector('#teammate-app-react')?.shadowRoot;
  if (!root) throw new Error('no teammate app');
  return root;
};
const rows = () => [...shadow().querySelectorAll('[data-part-entity-id]')];
const ids = () => rows().map((row) => row.getAttribute('data-part-entity-id'));

/** Pastes into the composer in the shadow root: ProseMirror's own paste handling updates its state. */
function paste(text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  shadow().querySelector('.ProseMirror')?.dispatchEvent(event);
}
const click = (selector: string) => shadow().querySelector<HTMLElement>(selector)?.click();

beforeEach(() => {
  const app = document.createElement('div');
  app.id = 'app';
  document.body.replaceChildren(app);
});
afterEach(() => {
  // A live editor from an earlier test would still hear `selectionchange` (and trip happy-dom's
  // ShadowRoot.activeElement, which walks past the document when focus is in another shadow root).
  for (const view of views.splice(0)) view.composer().destroy();
  document.body.replaceChildren();
});

describe('Intercom 2026 page', () => {
  it('opens on the conversation in the URL, ready, with every part in the shadow root', async () => {
    const demo = start2026();
    expect(demo.ready).toBe(true);
    expect(demo.activeId()).toBe('215');
    await demo.whenLoaded;
    expect(rows()).toHaveLength(8);
    expect(document.title).toMatch(/^Marco Bellini · Inbox/);
  });

  it('switches on a list click: pushes the URL, builds a new stream, keeps each draft', () => {
    const demo = start2026();
    const oldStream = shadow().querySelector('[data-testid="conversation-stream-scroll-container"]');
    paste('Draft for Marco');
    document.querySelector<HTMLElement>('.ic-list__item[data-demo-conversation="216"]')?.click();
    expect(location.pathname).toBe('/intercom/a/inbox/demo/inbox/conversation/216');
    expect(demo.activeId()).toBe('216');
    expect(oldStream?.isConnected).toBe(false);
    expect(rows()).toHaveLength(2);
    expect(shadow().querySelector('[data-inbox-conversation-header-title] span')?.textContent).toBe('Aiko Tanaka');
    expect(document.querySelector('.ic-list__item[aria-current="true"]')?.getAttribute('data-demo-conversation')).toBe(
      '216',
    );
    expect(document.querySelector('.inbox2__conversation-details-sidebar')?.textContent).toContain('#48377');
    expect(document.title).toMatch(/^Aiko Tanaka/);
    expect(demo.editorText()).toBe('');
    demo.switchConversation('215');
    expect(demo.editorText()).toBe('Draft for Marco');
  });

  it('follows history back to the previous conversation', () => {
    const demo = start2026();
    demo.switchConversation(216);
    history.replaceState(null, '', PATH_2026);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(demo.activeId()).toBe('215');
    expect(rows()).toHaveLength(8);
    expect(() => demo.switchConversation('999')).toThrow(/no conversation 999/);
  });

  it('adds customer messages, sent replies and notes as new rows inside the shadow root', () => {
    const demo = start2026();
    demo.appendCustomerMessage('Any news?');
    expect(rows().at(-1)?.querySelector('.o__user')?.getAttribute('aria-label')).toBe('Marco Bellini');
    expect(document.querySelector('.ic-list__item[aria-current="true"] .ic-list__preview')?.textContent).toBe(
      'Any news?',
    );
    paste('The courier has it.');
    click('[data-intercom-target="composer-send-button"]');
    expect(demo.submitCount).toBe(1);
    expect(demo.editorText()).toBe('');
    expect(rows().at(-1)?.querySelector('.o__admin')?.getAttribute('aria-label')).toBe('Priya');
    click('[data-composer-tab="note"]');
    paste('Chased the courier again.');
    click('[data-intercom-target="composer-send-button"]');
    expect(rows().at(-1)?.querySelector('.inbox-2__note-part')?.textContent).toBe('Chased the courier again.');
    click('[data-intercom-target="composer-send-button"]');
    expect(demo.submitCount).toBe(3);
    expect(rows()).toHaveLength(11); // an empty draft sends nothing
    expect(() => demo.appendCustomerMessage(42 as unknown as string)).toThrow(TypeError);
  });

  it('remounts the app: a new host showing the same parts with the same ids', async () => {
    const demo = start2026();
    paste('Still writing');
    const before = ids();
    const host = document.querySelector('#teammate-app-react');
    demo.remountApp();
    await demo.whenLoaded;
    expect(document.querySelector('#teammate-app-react')).not.toBe(host);
    expect(ids()).toEqual(before);
    expect(demo.editorText()).toBe('Still writing');
  });

  it('pages a ?parts=N conversation in, a batch per task, and resolves whenLoaded with all of it', async () => {
    const demo = start2026(`${PATH_2026}?parts=60`);
    expect(rows()).toHaveLength(BATCH_SIZE);
    await demo.whenLoaded;
    expect(rows()).toHaveLength(60);
    expect(new Set(ids()).size).toBe(60);
    expect(shadow().querySelector('[data-inbox-conversation-header-title] span')?.textContent).toBe('Marco Bellini');
  });

  it('refuses a ?parts= it cannot honour', () => {
    expect(() => start2026(`${PATH_2026}?parts=5001`)).toThrow(RangeError);
    expect(() => start2026(`${PATH_2026}?parts=ten`)).toThrow(RangeError);
  });
});

describe('Intercom light-DOM page', () => {
  it('renders grouped parts in the document and switches conversations like the 2026 page', async () => {
    history.replaceState(null, '', PATH_LEGACY);
    startInboxPage(tracked(createLegacyView), () => ({}));
    const demo = (window as unknown as { steadyhandDemo: IntercomDemo }).steadyhandDemo;
    await demo.whenLoaded;
    expect(document.querySelector('#teammate-app-react')).toBeNull();
    const space = document.querySelector('main[data-intercom-target="conversation-space"][data-conversation-id="215"]');
    expect(space?.querySelectorAll('[data-conversation-stream] [data-part-group-id]')).toHaveLength(7);
    expect(space?.querySelectorAll('[data-part-id]')).toHaveLength(8);
    // Only the open conversation carries its id: the list's cards do not.
    expect(document.querySelectorAll('[data-conversation-id]')).toHaveLength(1);
    expect(space?.querySelector('.inbox2__composer__container .ProseMirror[contenteditable="true"]')).not.toBeNull();
    demo.switchConversation('216');
    expect(location.pathname).toBe('/intercom/a/inbox/legacy/inbox/conversation/216');
    expect(space?.getAttribute('data-conversation-id')).toBe('216');
    expect(space?.querySelector('[data-conversation-title]')?.textContent).toBe('Aiko Tanaka');
    expect(space?.querySelectorAll('[data-part-group-id]')).toHaveLength(2);
  });
});
