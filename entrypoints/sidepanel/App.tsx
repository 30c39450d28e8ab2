import { PanelView } from '@/components/panel/PanelView';
import { usePanelStore } from './store';

export function App() {
  const view = usePanelStore((state) => state.view);
  const error = usePanelStore((state) => state.error);
  return <PanelView view={view} error={error} />;
}
