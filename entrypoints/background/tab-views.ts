import type { Conversation, HelpdeskId } from '@/lib/conversation';
import type { Guidance } from '@/lib/framework/guidance';
import { applyPatch, type ConversationPatch, type PageState, type TabChange, type TabView } from '@/lib/messaging';

export interface TabFacts {
  /** The tab's helpdesk by URL (null when it is not one, or its URL is not visible to us). */
  helpdesk: HelpdeskId | null;
  loading: boolean;
}

export interface TabViewDeps {
  /** Asks the tab's content script to read its page; null when no content script answers. */
  probe(tabId: number): Promise<PageState | null>;
  facts(tabId: number): Promise<TabFacts>;
  guide(tabId: number, conversation: Conversation): Guidance;
  /** Tells the side panels: the whole view, or a patch to the one they hold. */
  publish(change: TabChange): void;
  /** Keeps the interaction's automatic record (steps, signals, the page's address) in step with what was read. */
  record(conversation: Conversation, guidance: Guidance, url: string | null): void;
  forgetTab(tabId: number): void;
}

/** A tab's view and the address its content script last reported from (null when unknown). */
interface Held {
  view: TabView;
  url: string | null;
}

/**
 * What the side panel shows for each tab. Views built from a content script's report are cached;
 * the rest are worked out on demand, because the service worker may have restarted since. A change
 * to a conversation the panels already show reaches them as a patch, not the whole conversation.
 */
export function createTabViews(deps: TabViewDeps) {
  const views = new Map<number, Held>();

  function toView(tabId: number, state: PageState, url: string | null): TabView {
    if (state.status !== 'ready') return state;
    const guidance = deps.guide(tabId, state.conversation);
    deps.record(state.conversation, guidance, url);
    return { status: 'ready', conversation: state.conversation, guidance };
  }

  async function fallbackView(tabId: number): Promise<TabView> {
    const { helpdesk, loading } = await deps.facts(tabId);
    if (!helpdesk) return { status: 'not-helpdesk' };
    return loading ? { status: 'loading', helpdesk } : { status: 'not-connected', helpdesk };
  }

  function report(tabId: number, state: PageState, url: string | null): void {
    const view = toView(tabId, state, url);
    views.set(tabId, { view, url });
    deps.publish({ tabId, view });
  }

  return {
    async get(tabId: number): Promise<TabView> {
      const cached = views.get(tabId);
      if (cached) return cached.view;
      const state = await deps.probe(tabId);
      if (!state) return fallbackView(tabId);
      const view = toView(tabId, state, null);
      views.set(tabId, { view, url: null });
      return view;
    },

    /** A content script's whole state, from the page at `url`. */
    report,

    /** Guides every held conversation again (the engine's options changed) and publishes the results. */
    reguide(): void {
      for (const [tabId, { view, url }] of views) {
        if (view.status === 'ready') report(tabId, { status: 'ready', conversation: view.conversation }, url);
      }
    },

    /** Applies a change to the tab's conversation; false when this is not the conversation we hold. */
    patch(tabId: number, patch: ConversationPatch, url: string | null): boolean {
      const held = views.get(tabId);
      if (held?.view.status !== 'ready') return false;
      const conversation = applyPatch(held.view.conversation, patch);
      if (!conversation) return false;
      const view = toView(tabId, { status: 'ready', conversation }, url);
      if (view.status !== 'ready') return false;
      views.set(tabId, { view, url });
      deps.publish({ tabId, patch: { conversation: patch, guidance: view.guidance } });
      return true;
    },

    /** The tab navigated away or closed: its old page's view no longer holds. */
    async forget(tabId: number, { closed = false } = {}): Promise<void> {
      views.delete(tabId);
      deps.forgetTab(tabId);
      if (closed) return;
      const view = await fallbackView(tabId);
      // The new page's content script may have reported while we looked the tab up.
      if (!views.has(tabId)) deps.publish({ tabId, view });
    },
  };
}

export type TabViews = ReturnType<typeof createTabViews>;
