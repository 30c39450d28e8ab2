// Demo Intercom Inbox page logic both shapes share (modelled on helpdesk-dom.md "page layout" and
// helpdesk-dom-2026.md "[data-intercom-target="conversation-space"] stays in the light DOM" with React
// islands inside): the conversations and their parts, the list, switching with history.pushState and
// popstate, drafts per conversation, paging long conversations in, and `window.steadyhandDemo`. How a
// conversation is drawn is the shape's ConversationView (view-2026.ts, view-legacy.ts). Not real Intercom code.
import { installDemoApi, requireText, type IntercomLegacyDemo } from '../shared/api';
import { cycler, demoBanner } from '../shared/banner';
import { h, paragraphsOf } from '../shared/dom';
import { relativeShort } from '../shared/time';
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import type { Composer } from './composer';
import { CONVERSATIONS, type Author, type Conversation } from './conversation';
import { conversationList, detailsSidebar, leftNav, rail, type ConversationList, type ListEntry } from './layout';
import { longThread } from './long-conversation';
import { pageIn, type Paging } from './paging';
import { conversationIdFrom, conversationPath, partsParam } from './route';
import { lastCustomerPart, newPart, threadOf, type StreamPart, type Thread } from './thread';

/** How one page shape draws the open conversation. */
export interface ConversationView {
  /** The light-DOM `[data-intercom-target="conversation-space"]` the page places beside the list. */
  readonly space: HTMLElement;
  /** Shows `conversation` with an empty stream, replacing the stream shown before. */
  open(conversation: Conversation): void;
  /** Adds rows for `parts` at the end of the open stream. */
  append(parts: readonly StreamPart[]): void;
  scrollToEnd(): void;
  /** The composer mounted now (a remount replaces it). */
  composer(): Composer;
}

type PageApi = Omit<IntercomLegacyDemo, 'ready' | 'whenReady' | 'submitCount'>;

/** What a shape may add to the page's API; `reopen` renders the open conversation again from its parts. */
type ExtraApi<V, E> = (view: V, reopen: () => void) => E;

/** Every openable conversation as parts; `?parts=N` replaces the one in the URL with a generated long one. */
function loadThreads(initialId: string, now: Date): Map<string, Thread> {
  const threads = new Map(CONVERSATIONS.map((conversation) => [conversation.id, threadOf(conversation, now)]));
  const count = partsParam(location.search);
  const initial = threads.get(initialId);
  if (count !== undefined && initial) threads.set(initialId, longThread(initial.conversation, count, now));
  return threads;
}

function listEntry(thread: Thread, now: Date): ListEntry {
  const last = lastCustomerPart(thread);
  return {
    id: thread.conversation.id,
    name: thread.conversation.customer.name,
    preview: last?.paragraphs.join(' ') ?? '',
    age: last ? relativeShort(last.at, now) : '',
  };
}

function setTitle(conversation: Conversation): void {
  document.title = `${conversation.customer.name} · Inbox · Demo helpdesk (Intercom-style)`;
}

/** The page's state: the conversations, the one shown, its paging, and the drafts of the others. */
class InboxPage<V extends ConversationView> {
  readonly view: V;
  readonly list: ConversationList;
  private readonly threads: Map<string, Thread>;
  private readonly drafts = new Map<string, ProseMirrorNode>();
  private active: Thread;
  private paging: Paging | undefined;
  private sidebar: HTMLElement;
  /** Counts a Send (the API's `submitCount`, installed after the page). */
  onSubmit: () => void = () => undefined;

  constructor(createView: (onSend: () => void) => V, now: Date) {
    const urlId = conversationIdFrom(location.pathname);
    const known = CONVERSATIONS.some((conversation) => conversation.id === urlId);
    const initialId = known && urlId ? urlId : (CONVERSATIONS[0]?.id ?? '215');
    this.threads = loadThreads(initialId, now);
    this.active = this.thread(initialId);
    this.view = createView(() => this.send());
    this.list = conversationList(
      [...this.threads.values()].map((thread) => listEntry(thread, now)),
      (id) => conversationPath(location.pathname, id),
      (id) => this.switchTo(id),
    );
    this.sidebar = detailsSidebar(this.active.conversation);
  }

  get conversation(): Conversation {
    return this.active.conversation;
  }

  get sidebarElement(): HTMLElement {
    return this.sidebar;
  }

  get loaded(): Promise<void> {
    return this.paging?.loaded ?? Promise.resolve();
  }

  has(id: string): boolean {
    return this.threads.has(id);
  }

  private thread(id: string): Thread {
    const thread = this.threads.get(id);
    if (!thread) throw new Error(`steadyhandDemo.switchConversation: no conversation ${id} in the inbox`);
    return thread;
  }

  /** Renders the active conversation from its first part, as a freshly (re)mounted stream does. */
  reopen(): void {
    this.paging?.cancel();
    this.view.open(this.active.conversation);
    this.list.select(this.active.conversation.id);
    setTitle(this.active.conversation);
    this.paging = pageIn(this.active.parts, (batch, caughtUp) => {
      this.view.append(batch);
      if (caughtUp) this.view.scrollToEnd();
    });
  }

  /** Shows conversation `id` like the SPA: new URL (unless it came from history), new stream, its own draft. */
  switchTo(id: string | number, push = true): void {
    const next = this.thread(String(id));
    if (next === this.active) return;
    const { conversation } = next;
    if (push)
      history.pushState({ conversationId: conversation.id }, '', conversationPath(location.pathname, conversation.id));
    const composer = this.view.composer();
    this.drafts.set(this.active.conversation.id, composer.draft());
    composer.restoreDraft(this.drafts.get(conversation.id));
    this.active = next;
    const sidebar = detailsSidebar(conversation);
    this.sidebar.replaceWith(sidebar);
    this.sidebar = sidebar;
    this.reopen();
  }

  private addPart(category: StreamPart['category'], author: Author, text: string): void {
    this.active.parts.push(newPart(category, author, paragraphsOf(text), new Date()));
    this.paging?.update();
  }

  appendCustomerMessage(text: string): void {
    const checked = requireText(text);
    this.addPart('1', { name: this.active.conversation.customer.name, kind: 'user' }, checked);
    this.list.update(this.active.conversation.id, checked, 'now');
  }

  private send(): void {
    const composer = this.view.composer();
    const text = composer.text();
    this.onSubmit();
    if (text.trim() !== '') {
      this.addPart(composer.mode() === 'note' ? '4' : '3', this.active.conversation.teammate, text);
    }
    composer.clear();
  }
}

function mountShell(page: InboxPage<ConversationView>, followUp: () => string): void {
  const app = document.getElementById('app');
  if (!app) throw new Error('Demo helpdesk: #app missing');
  app.append(
    demoBanner('Intercom', [
      {
        id: 'simulate-customer-reply',
        label: 'Simulate customer reply',
        onClick: () => page.appendCustomerMessage(followUp()),
      },
    ]),
    h('div', { class: 'ic-app' }, rail(), leftNav(), page.list.element, page.view.space, page.sidebarElement),
  );
  // The demo hosts no other pages: keep navigation links from leaving the conversation.
  app.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a[href="#"]')) event.preventDefault();
  });
  window.addEventListener('popstate', () => {
    const id = conversationIdFrom(location.pathname);
    if (id && page.has(id)) page.switchTo(id, false);
  });
}

/** Builds the page into `#app` around the view `createView` makes, and installs `window.steadyhandDemo`. */
export function startInboxPage<V extends ConversationView, E extends object>(
  createView: (onSend: () => void) => V,
  extraApi: ExtraApi<V, E>,
): void {
  const page = new InboxPage(createView, new Date());
  const followUps = new Map(
    CONVERSATIONS.map((conversation) => [conversation.id, cycler(conversation.cannedFollowUps)]),
  );
  const methods: PageApi = {
    helpdesk: 'intercom',
    appendCustomerMessage: (text) => page.appendCustomerMessage(text),
    editorText: () => page.view.composer().text(),
    activeId: () => page.conversation.id,
    switchConversation: (id) => page.switchTo(id),
    get whenLoaded() {
      return page.loaded;
    },
  };
  const { api, markReady } = installDemoApi(
    Object.assign(
      methods,
      extraApi(page.view, () => page.reopen()),
    ),
  );
  page.onSubmit = () => {
    api.submitCount += 1;
  };
  mountShell(page, () => followUps.get(page.conversation.id)?.() ?? '');
  page.reopen();
  markReady();
}
