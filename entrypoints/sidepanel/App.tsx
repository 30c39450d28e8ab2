import { PanelView } from '@/entrypoints/sidepanel/components/PanelView';
import { Phrases } from './Phrases';
import { QuickNotesPanel } from './QuickNotesPanel';
import { usePanelStore } from './store';

export function App() {
  const view = usePanelStore((state) => state.view);
  const error = usePanelStore((state) => state.error);
  const tabId = usePanelStore((state) => state.tabId);
  const slots =
    view?.status === 'ready' && tabId !== null
      ? {
          phrases: <Phrases tabId={tabId} conversation={view.conversation} guidance={view.guidance} />,
          notes: <QuickNotesPanel conversation={view.conversation} />,
        }
      : undefined;
  return <PanelView view={view} error={error} slots={slots} />;
}
