import { Suspense, useCallback, useEffect, useState } from 'react';
import { i18n } from '#i18n';
import { ActionStatus } from '@/entrypoints/sidepanel/components/ActionStatus';
import { ErrorBoundary } from '@/entrypoints/sidepanel/components/ErrorBoundary';
import { PanelView } from '@/entrypoints/sidepanel/components/PanelView';
import { conversationStepKey } from '@/entrypoints/sidepanel/components/reset-key';
import { StatusNotice } from '@/entrypoints/sidepanel/components/StatusNotice';
import type { TabView } from '@/lib/messaging';
import { LazyPhraseLibrary, LazyPhrases, LazyQuickNotes } from './lazy-sections';
import { panelStore, usePanelStore, type PanelState } from './store';

/** Views with no conversation to guide on, but where the agent may still want a phrase. */
const WITHOUT_CONVERSATION: ReadonlySet<TabView['status']> = new Set([
  'unreadable',
  'no-conversation',
  'not-connected',
  'not-helpdesk',
]);

/** The panel; if even that fails to render, a way to try again in its place. */
export function App() {
  const resetKey = usePanelStore(panelKey);
  return (
    <ErrorBoundary section="panel" resetKey={resetKey}>
      <Panel />
    </ErrorBoundary>
  );
}

/** Another tab, another view, another conversation or step: what the whole panel is tried again on. */
function panelKey({ tabId, view }: PanelState): string {
  const shown = view?.status === 'ready' ? conversationStepKey(view.conversation, view.guidance.step) : view?.status;
  return `${tabId}:${shown}`;
}

function Panel() {
  const view = usePanelStore((state) => state.view);
  const error = usePanelStore((state) => state.error);
  const tabId = usePanelStore((state) => state.tabId);
  const painted = usePaintedOnce(view?.status === 'ready');
  if (view?.status !== 'ready' || tabId === null) {
    // What needs no conversation stays usable where there is none: searching and copying phrases.
    const library = view && WITHOUT_CONVERSATION.has(view.status) && (
      <Suspense fallback={<StatusNotice title={i18n.t('phrases.loading')} busy />}>
        <LazyPhraseLibrary />
      </Suspense>
    );
    return <PanelView view={view} error={error} library={library || undefined} status={<PanelStatus />} />;
  }
  // The fallbacks say what is coming, in the place it will appear; in the first frame they stand alone.
  const phrasesLoading = <StatusNotice title={i18n.t('phrases.loading')} busy />;
  const notesLoading = <StatusNotice title={i18n.t('quickNotes.loading')} busy />;
  const slots = painted
    ? {
        phrases: (
          <Suspense fallback={phrasesLoading}>
            <LazyPhrases tabId={tabId} conversation={view.conversation} guidance={view.guidance} />
          </Suspense>
        ),
        notes: (
          <Suspense fallback={notesLoading}>
            <LazyQuickNotes conversation={view.conversation} />
          </Suspense>
        ),
      }
    : { phrases: phrasesLoading, notes: notesLoading };
  return <PanelView view={view} error={error} slots={slots} status={<PanelStatus />} />;
}

/** The store's status line, cleared when it has been shown long enough. */
function PanelStatus() {
  const status = usePanelStore((state) => state.status);
  const clear = useCallback(() => panelStore.getState().setStatus(null), []);
  return <ActionStatus status={status} onExpire={clear} />;
}

/**
 * True from the frame after `ready` first holds. The lazy sections join then, not in the same render as
 * the step card: a render that suspends on their code holds the step card back (about 40 ms in
 * `npm run bench`), and the step card is what the agent opened the panel for.
 */
function usePaintedOnce(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    // After the frame that shows the step card, not in the same one.
    const frame = requestAnimationFrame(() => setPainted(true));
    return () => cancelAnimationFrame(frame);
  }, [ready, painted]);
  return painted;
}
