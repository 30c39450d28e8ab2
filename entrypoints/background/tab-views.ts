import type { Conversation, HelpdeskId } from '@/lib/conversation';
import type { Guidance } from '@/lib/framework/guidance';
import type { ConversationPatch, PageState, TabView } from '@/lib/messaging';

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
  publish(tabId: number, view: TabView): void;
  /** Keeps the interaction's automatic record (steps, signals) in step with what was read. */
  record(tabId: number, conversation: Conversation, guidance: Guidance): void;
  forgetTab(tabId: number): void;
}

/**
 * What the side panel shows for each tab. Views built from a content script's report are cached;
 * the rest are worked out on demand, because the service worker may have restarted since.
 */
export function createTabViews(deps: TabViewDeps) {
  const views = new Map<number, TabView>();

  function toView(tabId: number, state: PageState): TabView {
    if (state.status !== 'ready') return state;
    const guidance = deps.guide(tabId, state.conversation);
    deps.record(tabId, state.conversation, guidance);
    return { status: 'ready', conversation: state.conversation, guidance };
  }

  async function fallbackView(tabId: number): Promise<TabView> {
    const { helpdesk, loading } = await deps.facts(tabId);
    if (!helpdesk) return { status: 'not-helpdesk' };
    return loading ? { status: 'loading', helpdesk } : { status: 'not-connected', helpdesk };
  }

  return {
    async get(tabId: number): Promise<TabView> {
      const cached = views.get(tabId);
      if (cached) return cached;
      const state = await deps.probe(tabId);
      if (!state) return fallbackView(tabId);
      const view = toView(tabId, state);
      views.set(tabId, view);
      return view;
    },

    report(tabId: number, state: PageState): void {
      const view = toView(tabId, state);
      views.set(tabId, view);
      deps.publish(tabId, view);
    },

    /** Guides every held conversation again (the engine's options changed) and publishes the results. */
    reguide(): void {
      for (const [tabId, view] of views) {
        if (view.status === 'ready') this.report(tabId, { status: 'ready', conversation: view.conversation });
      }
    },

    /** Applies a change to the tab's conversation; false when this is not the conversation we hold. */
    patch(tabId: number, { from, tail, ...head }: ConversationPatch): boolean {
      const view = views.get(tabId);
      if (view?.status !== 'ready') return false;
      const { conversation } = view;
      if (
        conversation.id !== head.id ||
        conversation.helpdesk !== head.helpdesk ||
        from > conversation.messages.length
      ) {
        return false;
      }
      this.report(tabId, {
        status: 'ready',
        conversation: { ...head, messages: [...conversation.messages.slice(0, from), ...tail] },
      });
      return true;
    },

    /** The tab navigated away or closed: its old page's view no longer holds. */
    async forget(tabId: number, { closed = false } = {}): Promise<void> {
      views.delete(tabId);
      deps.forgetTab(tabId);
      if (closed) return;
      const view = await fallbackView(tabId);
      // The new page's content script may have reported while we looked the tab up.
      if (!views.has(tabId)) deps.publish(tabId, view);
    },
  };
}

export type TabViews = ReturnType<typeof createTabViews>;
