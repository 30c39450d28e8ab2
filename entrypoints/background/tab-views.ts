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
  /** Resolves after `ms` milliseconds (a test passes a fake clock). */
  later(ms: number): Promise<void>;
}

/**
 * After a tab's address changes, how long the new page's content script gets to report before we ask
 * it, and for how long at most a tab that is still loading is waited for.
 */
export const SETTLE_MS = 1500;
export const MAX_WAIT_MS = 30_000;

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
  // Bumped on every navigation, so a wait for an earlier page's content script gives up.
  const navigations = new Map<number, number>();

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

  function report(tabId: number, state: PageState, url: string | null): TabView {
    const view = toView(tabId, state, url);
    views.set(tabId, { view, url });
    deps.publish({ tabId, view });
    return view;
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

    /** The view held for the tab, if any: no probing, no waiting. */
    held: (tabId: number): TabView | null => views.get(tabId)?.view ?? null,

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

    /**
     * The tab navigated or closed: its old page's view no longer holds. A helpdesk page says "loading"
     * until its content script reports: a single-page app's ticket switch changes the address before the
     * content script has read the new ticket, and "reload this tab" would be wrong for that moment.
     */
    async forget(tabId: number, { closed = false } = {}): Promise<void> {
      views.delete(tabId);
      deps.forgetTab(tabId);
      const navigation = (navigations.get(tabId) ?? 0) + 1;
      navigations.set(tabId, navigation);
      if (closed) {
        navigations.delete(tabId);
        return;
      }
      // Still this navigation, and no report from the new page yet.
      const waiting = () => navigations.get(tabId) === navigation && !views.has(tabId);
      const first = await deps.facts(tabId);
      if (!waiting()) return;
      if (!first.helpdesk) {
        deps.publish({ tabId, view: { status: 'not-helpdesk' } });
        return;
      }
      deps.publish({ tabId, view: { status: 'loading', helpdesk: first.helpdesk } });
      for (let waited = 0; ;) {
        await deps.later(SETTLE_MS);
        waited += SETTLE_MS;
        if (!waiting()) return;
        const state = await deps.probe(tabId);
        if (!waiting()) return;
        if (state) {
          report(tabId, state, null);
          return;
        }
        const facts = await deps.facts(tabId);
        if (!waiting()) return;
        if (facts.helpdesk && facts.loading && waited < MAX_WAIT_MS) continue;
        const view: TabView = facts.helpdesk
          ? { status: 'not-connected', helpdesk: facts.helpdesk }
          : { status: 'not-helpdesk' };
        deps.publish({ tabId, view });
        return;
      }
    },

    /**
     * The panel could not reach the tab's content script (an insert found nobody): ask it again, and show
     * what holds now instead of guidance from a page nobody reads any more.
     */
    async recheck(tabId: number): Promise<TabView> {
      const state = await deps.probe(tabId);
      if (state) return report(tabId, state, views.get(tabId)?.url ?? null);
      views.delete(tabId);
      deps.forgetTab(tabId);
      const view = await fallbackView(tabId);
      if (!views.has(tabId)) deps.publish({ tabId, view });
      return view;
    },
  };
}

export type TabViews = ReturnType<typeof createTabViews>;
