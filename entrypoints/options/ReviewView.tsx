import { ImportReview } from '@/entrypoints/options/components/ImportReview';
import { useOptions, useOptionsStore } from './store';

export function ReviewView() {
  const review = useOptions((state) => state.review);
  const busy = useOptions((state) => state.importing);
  const store = useOptionsStore();
  if (!review) return null;
  return (
    <ImportReview
      plan={review.plan}
      label={review.label}
      busy={busy}
      recovery={review.recovery}
      onConfirm={() => void store.getState().confirmImport()}
      onDismiss={() => store.getState().dismissReview()}
      onOpenInEditor={() => store.getState().openReviewInEditor()}
    />
  );
}
