// What the options page needs from the outside world, in one place so component tests can run it against
// WXT's fake browser and replace only the network and the download bar.
import {
  deletePack,
  installedPacks,
  installPack,
  loadPackEntries,
  movePack,
  phraseUsage,
  readManagedFailure,
  readManagedState,
  setPackEnabled,
} from '@/lib/packs';
import {
  editorSessions,
  savedDrafts,
  type DraftShelf,
  type EditorSession,
  type SavedDraft,
} from '@/lib/packs/draft-store';
import { openNotesDb, type NotesDb } from '@/lib/notes';
import { clearBotNames, readBotNames, watchBotNames, writeBotNames } from '../bot-names-storage';
import { downloadText } from '@/components/download';
import { fetchPackFromUrl } from '../url-import';

export interface OptionsDeps {
  loadEntries: typeof loadPackEntries;
  readManaged: typeof readManagedState;
  /** Why the background last failed to store the policy's packs; null when it has not. */
  readManagedFailure: typeof readManagedFailure;
  installed: typeof installedPacks;
  install: typeof installPack;
  setEnabled: typeof setPackEnabled;
  move: typeof movePack;
  remove: typeof deletePack;
  /** Drafts the trainer saved from the editor. */
  drafts: DraftShelf<SavedDraft>;
  /** The editor's autosaves of changes not saved yet. */
  sessions: DraftShelf<EditorSession>;
  /** A key no draft has yet. */
  newKey: () => string;
  /** Uses per phrase from the interaction records. */
  loadUsage: () => Promise<Map<string, number>>;
  fetchUrl: (address: string) => Promise<string>;
  download: (filename: string, text: string) => void;
  now: () => Date;
  /** The Zendesk bot names in force: the stored list, or the defaults. */
  readBotNames: () => Promise<string[]>;
  writeBotNames: (names: string[]) => Promise<void>;
  /** Removes the stored list, so the defaults apply. */
  clearBotNames: () => Promise<void>;
  /** Calls back whenever the stored list changes, from any page; returns the way to stop. */
  watchBotNames: (onChange: () => void) => () => void;
}

let notes: NotesDb | undefined;

export const browserDeps = (): OptionsDeps => ({
  loadEntries: loadPackEntries,
  readManaged: readManagedState,
  readManagedFailure,
  installed: installedPacks,
  install: installPack,
  setEnabled: setPackEnabled,
  move: movePack,
  remove: deletePack,
  drafts: savedDrafts,
  sessions: editorSessions,
  newKey: () => crypto.randomUUID(),
  loadUsage: () => phraseUsage((notes ??= openNotesDb())),
  fetchUrl: fetchPackFromUrl,
  download: downloadText,
  now: () => new Date(),
  readBotNames,
  writeBotNames,
  clearBotNames,
  watchBotNames,
});
