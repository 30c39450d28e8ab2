import { Suspense } from 'react';
import { i18n } from '#i18n';
import { ErrorBoundary } from '@/entrypoints/sidepanel/components/ErrorBoundary';
import { PanelView } from '@/entrypoints/sidepanel/components/PanelView';
import { conversationStepKey } from '@/entrypoints/sidepanel/components/reset-key';
import { StatusNotice } from '@/entrypoints/sidepanel/components/StatusNotice';
import { LazyPhrases, LazyQuickNotes } from './lazy-sections';
import { usePanelStore, type PanelState } from './store';

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
  // The fallbacks say what is coming, in the place it will appear.
  const slots =
    view?.status === 'ready' && tabId !== null
      ? {
          phrases: (
            <Suspense fallback={<StatusNotice title={i18n.t('phrases.loading')} busy />}>
              <LazyPhrases tabId={tabId} conversation={view.conversation} guidance={view.guidance} />
            </Suspense>
          ),
          notes: (
            <Suspense fallback={<StatusNotice title={i18n.t('quickNotes.loading')} busy />}>
              <LazyQuickNotes conversation={view.conversation} />
            </Suspense>
          ),
        }
      : undefined;
  return <PanelView view={view} error={error} slots={slots} />;
}
