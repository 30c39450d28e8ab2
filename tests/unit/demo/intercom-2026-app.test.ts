// The demo's Intercom 2026 "teammate app" (helpdesk-dom-2026.md, Intercom rows "open shadow root attached to
// #teammate-app-react", "conversation-space stays in the light DOM", title, toolbar and composer hooks):
// what lives in the light DOM, what lives in the open shadow root, and what a switch and a remount replace.
import { afterEach, describe, expect, it } from 'vitest';
import { CONVERSATIONS } from '../../../demo/src/intercom/conversation';
import { threadOf } from '../../../demo/src/intercom/thread';
import { createTeammateApp, type TeammateApp } from '../../../demo/src/intercom/view-2026';

const [marco, aiko] = CONVERSATIONS;
const now = new Date('2026-03-04T12:00:00Z');

const apps: TeammateApp[] = [];

function mounted() {
  const app = createTeammateApp(() => undefined);
  apps.push(app);
  document.body.append(app.space);
  app.open(marco!);
  app.append(threadOf(marco!, now).parts);
  return app;
}

/** The app's current `#teammate-app-react` host, found the way a page script would. */
const hostOf = (app: TeammateApp) => {
  const host = app.space.querySelector<HTMLElement>('#teammate-app-react');
  if (!host) throw new Error('no #teammate-app-react');
  return host;
};
const shadowOf = (host: HTMLElement) => {
  if (!host.shadowRoot) throw new Error('no open shadow root');
  return host.shadowRoot;
};

afterEach(() => {
  // Leave no live editor listening to the document for the next test.
  for (const app of apps.splice(0)) app.composer().destroy();
  document.body.replaceChildren();
});

describe('Intercom 2026 teammate app', () => {
  it('keeps the page anchor in the light DOM and the conversation in an open shadow root', () => {
    const app = mounted();
    expect(app.space.matches('div[data-intercom-target="conversation-space"].inbox2__conversation-page')).toBe(true);
    const host = hostOf(app);
    expect(host.id).toBe('teammate-app-react');
    expect(host.parentElement).toBe(app.space);
    const root = shadowOf(host);
    expect(root.mode).toBe('open');
    expect(root.firstElementChild?.tagName).toBe('STYLE');
    // Nothing of the conversation is reachable from the document.
    expect(document.querySelector('[data-part-entity-id], .ProseMirror, [data-intercom-target="inbox-header"]')).toBe(
      null,
    );
  });

  it('renders the header, stream and composer in the documented structure', () => {
    const root = shadowOf(hostOf(mounted()));
    const conversation = root.querySelector('.inbox-2__conversation[data-conversation-id="215"]');
    expect(conversation?.parentNode).toBe(root);
    const [header, stream, toolbar] = [...(conversation?.children ?? [])];
    expect(header?.matches('header.inbox-2__conversation-header[data-intercom-target="inbox-header"]')).toBe(true);
    expect(header?.querySelector('[data-inbox-conversation-header-title="true"] > span')?.textContent).toBe(
      'Marco Bellini',
    );
    expect(header?.querySelectorAll('.inbox-2__conversation-controls button').length).toBeGreaterThan(0);
    expect(stream?.matches('[data-testid="conversation-stream-scroll-container"].inbox-2__conversation-stream')).toBe(
      true,
    );
    const rows = stream?.querySelectorAll(':scope > .mx-auto.max-w-\\[1000px\\] > [data-part-entity-id]');
    expect(rows?.length).toBe(8);
    expect(toolbar?.matches('[data-intercom-target="conversation-toolbar"].inbox-2__composer__container')).toBe(true);
    const editor = toolbar?.querySelector(
      '[data-conversation-reply-composer] .ProseMirror.embercom-prosemirror-composer-editor[contenteditable="true"]',
    );
    expect(editor?.getAttribute('role')).toBe('textbox');
    expect([...(toolbar?.querySelectorAll('[role="tab"]') ?? [])].map((tab) => tab.textContent)).toEqual([
      'Reply',
      'Note',
    ]);
  });

  it('gives every part its own row with a unique numeric entity id, same-author parts included', () => {
    const root = shadowOf(hostOf(mounted()));
    const rows = [...root.querySelectorAll('[data-part-entity-id]')];
    const ids = rows.map((row) => row.getAttribute('data-part-entity-id') ?? '');
    expect(ids.every((id) => /^\d+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    // Marco's first two messages are consecutive: two rows, two avatars.
    expect(rows.slice(0, 2).map((row) => row.querySelector('.o__user')?.getAttribute('aria-label'))).toEqual([
      'Marco Bellini',
      'Marco Bellini',
    ]);
  });

  it('builds a new stream element on open, as a React re-render does, and updates the header', () => {
    const app = mounted();
    const root = shadowOf(hostOf(app));
    const before = root.querySelector('[data-testid="conversation-stream-scroll-container"]');
    app.open(aiko!);
    const after = root.querySelector('[data-testid="conversation-stream-scroll-container"]');
    expect(after).not.toBe(before);
    expect(before?.isConnected).toBe(false);
    expect(after?.querySelector('[data-part-entity-id]')).toBeNull();
    expect(root.querySelector('[data-inbox-conversation-header-title] span')?.textContent).toBe('Aiko Tanaka');
    expect(root.querySelector('.inbox-2__conversation')?.getAttribute('data-conversation-id')).toBe('216');
  });

  it('remounts into a new host and shadow root, keeping the draft in a new working editor', () => {
    const app = mounted();
    const oldHost = hostOf(app);
    const oldComposer = app.composer();
    oldComposer.view.dispatch(oldComposer.view.state.tr.insertText('Half-written reply'));
    app.remount();
    const host = hostOf(app);
    expect(host).not.toBe(oldHost);
    expect(oldHost.isConnected).toBe(false);
    expect(document.querySelectorAll('#teammate-app-react')).toHaveLength(1);
    expect(shadowOf(host)).not.toBe(shadowOf(oldHost));
    expect(app.composer()).not.toBe(oldComposer);
    expect(app.composer().text()).toBe('Half-written reply');
    expect(shadowOf(host).querySelector('.ProseMirror')).toBe(app.composer().view.dom);
    app.composer().view.dispatch(app.composer().view.state.tr.insertText('!'));
    expect(app.composer().text()).toBe('Half-written reply!');
  });
});
