import { i18n } from '#i18n';
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { followAutosave, useUnloadGuard } from './autosave';
import { BotNamesSection } from './BotNamesSection';
import { EditorView } from './EditorView';
import { LeaveView } from './LeaveView';
import { PacksView } from './PacksView';
import { ReviewView } from './ReviewView';
import { OptionsStoreContext, type OptionsStore } from './store';
import { WorkNotices } from './WorkNotices';

/**
 * The options page: the packs, their import, the drafts and the Zendesk bot names, or the pack editor; an
 * import review above either. The trainer's work in the editor is autosaved, and leaving it unsaved asks.
 */
export function App({ store }: { store: OptionsStore }) {
  const editing = useStore(store, (state) => state.draft !== null);
  const unsaved = useStore(store, (state) => state.draft !== null && state.unsaved);
  const asking = useStore(store, (state) => state.leaving !== null);
  const notice = useStore(store, (state) => state.notice);
  const failure = useStore(store, (state) => state.failure);
  useEffect(() => followAutosave(store), [store]);
  useUnloadGuard(unsaved);
  return (
    <OptionsStoreContext.Provider value={store}>
      <main className="options">
        {/* Out of reach while the leave dialog asks: it is modal. */}
        <div className="options__page" inert={asking}>
          <header className="options__header">
            <h1>{i18n.t('options.title')}</h1>
            <p className="muted">{i18n.t('options.intro')}</p>
            <a href="/notes.html">{i18n.t('notes.link')}</a> · <a href="/insights.html">{i18n.t('insights.link')}</a>
          </header>
          <p className="status" role="status">
            {notice}
          </p>
          {failure && (
            <p className="notice-line notice-line--error" role="alert">
              {failure}
            </p>
          )}
          <ReviewView />
          {editing ? (
            <EditorView />
          ) : (
            <>
              <WorkNotices />
              <PacksView />
              <BotNamesSection />
            </>
          )}
        </div>
        <LeaveView />
      </main>
    </OptionsStoreContext.Provider>
  );
}
