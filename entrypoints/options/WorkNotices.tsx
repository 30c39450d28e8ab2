import { ResumeOffers } from '@/entrypoints/options/components/ResumeOffers';
import { UnreadableWork } from '@/entrypoints/options/components/UnreadableWork';
import { useOptions, useOptionsStore } from './store';

/** Above the packs: editor work from an earlier visit to resume, and stored work that could not be read. */
export function WorkNotices() {
  const resumable = useOptions((state) => state.resumable);
  const unreadable = useOptions((state) => state.unreadableWork);
  const store = useOptionsStore();
  return (
    <>
      <UnreadableWork
        work={unreadable}
        onSaveCopy={() => store.getState().saveUnreadableCopy()}
        onDiscard={() => void store.getState().discardUnreadable()}
      />
      <ResumeOffers
        sessions={resumable}
        onResume={(session) => store.getState().resumeSession(session)}
        onDiscard={(session) => void store.getState().discardSession(session)}
      />
    </>
  );
}
