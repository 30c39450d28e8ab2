import { lazy } from 'react';

// Neither section is needed for the panel's first render (the step card is): their code, and the libraries
// behind it, is fetched when a conversation first shows them, keeping the panel's first load small.

/** The phrases section, with the phrase packs (their zod schemas, their storage). */
export const LazyPhrases = lazy(() => import('./Phrases').then(({ Phrases }) => ({ default: Phrases })));

/** Every pack to search and copy from, where the panel has no conversation to guide on. */
export const LazyPhraseLibrary = lazy(() =>
  import('./PhraseLibrary').then(({ PhraseLibrary }) => ({ default: PhraseLibrary })),
);

/**
 * The quick notes, with the notes database (Dexie). Notes are kept safe from then on (there are no edits
 * before), and what an earlier panel left unsaved is saved first, so the draft shown includes it.
 */
export const LazyQuickNotes = lazy(async () => {
  // One after the other: the second is part of the first (nothing more to fetch), and loading one module
  // twice at once leaves vitest's module runner with a half-initialised copy.
  const { QuickNotesPanel } = await import('./QuickNotesPanel');
  const { keepNotesSafe } = await import('./notes-autosave');
  await keepNotesSafe();
  return { default: QuickNotesPanel };
});
