import { i18n } from '#i18n';
import { LeaveDialog } from '@/entrypoints/options/components/LeaveDialog';
import { useOptions, useOptionsStore } from './store';

export function LeaveView() {
  const asking = useOptions((state) => state.leaving !== null);
  const name = useOptions((state) => state.draft?.name.trim() || i18n.t('packs.draft.unnamed'));
  const store = useOptionsStore();
  if (!asking) return null;
  return <LeaveDialog name={name} onAnswer={(answer) => void store.getState().answerLeave(answer)} />;
}
