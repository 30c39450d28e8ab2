import { createStore, type StoreApi } from 'zustand/vanilla';
import type { InsightRecord } from '@/lib/insights';
import type { ImportChange, NotesDb } from '@/lib/notes';
import { toRecord } from '@/lib/notes/schema';
import {
  importExport,
  listSources,
  removeSource,
  rollupRecords,
  type RollupDb,
  type RollupProblem,
  type RollupSource,
} from '@/lib/rollup';
import { errorText } from '@/lib/error-text';
import type { PhrasePack } from '@/lib/packs';
import { NO_NAMES, phraseNames, type PhraseNames } from './phrase-names';
import { AGENT_PREFIX, NO_FILTER, type FilterForm } from './view';

/** Words the store reports in, from the page (the store has no translations of its own). */
export interface StoreText {
  imported(source: RollupSource): string;
  importFailed(file: string): string;
  /** A refused file's problem, and what an import changed on the way in (components/import-text.ts). */
  problem(problem: RollupProblem): string;
  change(change: ImportChange): string;
  removed(file: string): string;
  loadFailed(message: string): string;
}

export interface InsightsState {
  /** The lead's own records, from the notes database: read only, never written here. */
  own: InsightRecord[];
  /** The roll-up's records, each labelled with its agent. */
  rollup: InsightRecord[];
  sources: RollupSource[];
  /** What the phrase chart calls each phrase: its words in the packs installed here. */
  names: PhraseNames;
  loading: boolean;
  /** An import or a removal is under way. */
  busy: boolean;
  notice: string | null;
  failure: string | null;
  /** Every problem of the last import that failed, one per line. */
  importErrors: string[];
  form: FilterForm;
  /** The theme whose interactions are listed (`themeKey`), or none. */
  theme: string | null;
  load(): Promise<void>;
  importFiles(files: File[]): Promise<void>;
  removeSource(sourceFile: string): Promise<void>;
  setForm(form: FilterForm): void;
  selectTheme(theme: string | null): void;
}

export type InsightsStore = StoreApi<InsightsState>;

export interface StoreDeps {
  notes: NotesDb;
  rollup: RollupDb;
  text: StoreText;
  /** The packs installed in this browser, for the phrases' words; without them the chart shows phrase ids. */
  packs?: () => Promise<readonly PhrasePack[]>;
  now?: () => Date;
}

export function createInsightsStore({
  notes,
  rollup,
  text,
  packs = () => Promise.resolve([]),
  now = () => new Date(),
}: StoreDeps): InsightsStore {
  const readRollup = async () => ({ rollup: await rollupRecords(rollup), sources: await listSources(rollup) });
  // The words are a nicety: packs that cannot be read leave the ids, never the figures, missing.
  const readNames = () => packs().then(phraseNames, () => NO_NAMES);
  return createStore<InsightsState>()((set, get) => ({
    own: [],
    rollup: [],
    sources: [],
    names: NO_NAMES,
    loading: true,
    busy: false,
    notice: null,
    failure: null,
    importErrors: [],
    form: NO_FILTER,
    theme: null,
    async load() {
      set({ loading: true });
      try {
        const [rows, team, names] = await Promise.all([notes.records.toArray(), readRollup(), readNames()]);
        set({ own: rows.map(toRecord), ...team, names, loading: false, failure: null });
      } catch (error) {
        set({ loading: false, failure: text.loadFailed(errorText(error)) });
      }
    },
    async importFiles(files) {
      set({ busy: true });
      const notices: string[] = [];
      const errors: string[] = [];
      for (const file of files) {
        try {
          const result = await importExport(rollup, file.name, await file.text(), now());
          if (result.ok) notices.push(text.imported(result.source), ...result.changes.map(text.change));
          else errors.push(text.importFailed(file.name), ...result.problems.map(text.problem));
        } catch (error) {
          errors.push(text.importFailed(file.name), errorText(error));
        }
      }
      try {
        set({ ...(await readRollup()), notice: notices.join(' ') || null, importErrors: errors });
      } catch (error) {
        set({ failure: text.loadFailed(errorText(error)), importErrors: errors });
      } finally {
        set({ busy: false });
      }
    },
    async removeSource(sourceFile) {
      set({ busy: true });
      try {
        await removeSource(rollup, sourceFile);
        const team = await readRollup();
        // An agent whose last file went has nothing left to show: the filter goes back to everyone.
        const { form } = get();
        const agents = new Set(team.sources.map((source) => AGENT_PREFIX + source.agent));
        const agent = form.agent.startsWith(AGENT_PREFIX) && !agents.has(form.agent) ? '' : form.agent;
        set({
          ...team,
          busy: false,
          notice: text.removed(sourceFile),
          failure: null,
          form: { ...form, agent },
          theme: null,
        });
      } catch (error) {
        set({ busy: false, failure: text.loadFailed(errorText(error)) });
      }
    },
    setForm: (form) => set({ form, theme: null }),
    selectTheme: (theme) => set({ theme }),
  }));
}
