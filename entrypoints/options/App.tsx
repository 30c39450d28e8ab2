import { i18n } from '#i18n';
import { OptionsStoreContext, type OptionsStore } from './store';
import { BotNamesSection } from './BotNamesSection';
import { EditorView } from './EditorView';
import { PacksView } from './PacksView';
import { ReviewView } from './ReviewView';
import { useStore } from 'zustand';

/**
 * The options page: the packs, their import and the Zendesk bot names, or the pack editor; an import review
 * above either.
 */
export function App({ store }: { store: OptionsStore }) {
  const editing = useStore(store, (state) => state.draft !== null);
  const notice = useStore(store, (state) => state.notice);
  const failure = useStore(store, (state) => state.failure);
  return (
    <OptionsStoreContext.Provider value={store}>
      <main className="options">
        <header className="options__header">
          <h1>{i18n.t('options.title')}</h1>
          <p className="muted">{i18n.t('options.intro')}</p>
          <a href="/notes.html">{i18n.t('notes.link')}</a>
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
            <PacksView />
            <BotNamesSection />
          </>
        )}
      </main>
    </OptionsStoreContext.Provider>
  );
}
