import { browser } from 'wxt/browser';
import type { Conversation } from '@/lib/conversation';
import { createAnalyzer, type AnalyzeOptions, type Analyzer } from '@/lib/framework';
import type { AgentRead } from '@/lib/framework/agent-acts';
import { readDraft } from '@/lib/framework/draft-check';
import { detectHelpdesk } from '@/lib/helpdesk';
import { sendMessage, sendToTab, type DraftChange } from '@/lib/messaging';
import { recordInteraction, type NotesDb } from '@/lib/notes';
import type { TabViewDeps } from './tab-views';

/** The draft check's side: reading a draft as the engine reads replies, telling the panels what it does. */
export interface DraftDeps {
  /** Reads a draft in the conversation's language (the engine's fallback when not known). */
  readDraft(text: string, language: string | undefined): AgentRead;
  publishDraft(change: DraftChange): void;
}

/** The browser side of the tab views: probing content scripts, reading tab URLs, analysing, publishing. */
export function tabViewDeps(
  db: NotesDb,
): TabViewDeps & DraftDeps & { useEngineOptions(options: AnalyzeOptions): void } {
  // One analyzer per tab, so a new message only costs the analysis of that message.
  const analyzers = new Map<number, Analyzer>();
  let options: AnalyzeOptions = {};

  return {
    probe: (tabId) => sendToTab(tabId, 'page:read', null).catch(() => null),
    async facts(tabId) {
      const tab = await browser.tabs.get(tabId).catch(() => undefined);
      return { helpdesk: tab?.url ? detectHelpdesk(tab.url) : null, loading: tab?.status === 'loading' };
    },
    guide(tabId, conversation: Conversation) {
      let analyzer = analyzers.get(tabId);
      if (!analyzer) analyzers.set(tabId, (analyzer = createAnalyzer(options)));
      return analyzer.analyze(conversation);
    },
    publish(change) {
      // No side panel open is the usual case, not an error.
      sendMessage('tab:changed', change).catch(() => undefined);
    },
    // With the engine's own options, so the draft is read as the checklist will read the reply once sent.
    readDraft: (text, language) => readDraft(text, language ? { ...options, locale: language } : options),
    publishDraft(change) {
      sendMessage('tab:draft', change).catch(() => undefined);
    },
    record(conversation, guidance, url) {
      recordInteraction(db, conversation, guidance, { url }).catch((error: unknown) =>
        // The panel shows storage errors where the agent writes; here the automatic record is retried on
        // the next reading.
        console.error('Steadyhand: could not record the interaction', error),
      );
    },
    forgetTab: (tabId) => analyzers.delete(tabId),
    later: (ms) => new Promise((done) => setTimeout(done, ms)),
    /** New cue words or language: every tab's analysis starts again with them. */
    useEngineOptions(next) {
      options = next;
      analyzers.clear();
    },
  };
}
