import { i18n } from '#i18n';
import { cleanBotNames, DEFAULT_BOT_NAMES, type BotNameProblem } from '@/lib/helpdesk/bot-names';
import type { Slice } from './index';
import { errorText } from '@/lib/error-text';

export interface BotNamesSlice {
  /** The Zendesk bot names in force as last read (the defaults when none are stored); null until read. */
  botNames: string[] | null;
  /** What the user typed and has not saved; null when the box shows the names in force. */
  botNamesDraft: string | null;
  /** The lines that stopped the last save; empty when it was not stopped. */
  botNameProblems: BotNameProblem[];
  /** The last save or restore that worked, for the section's status line. */
  botNamesNotice: string | null;
  /** Why the names could not be read, saved or restored. */
  botNamesFailure: string | null;
  /** Reads the names now and whenever another page changes them; returns the way to stop. */
  followBotNames(): () => void;
  editBotNames(text: string): void;
  /** Stores the box's lines once cleanBotNames accepts them; otherwise lists the problems and stores nothing. */
  saveBotNames(): Promise<void>;
  restoreBotNames(): Promise<void>;
}

export const botNamesSlice: Slice<BotNamesSlice> = (set, get, deps) => {
  /**
   * Writes, then shows what was written. A failure keeps the box as the user left it; a success leaves
   * edits made while the write was under way.
   */
  async function change(
    names: string[],
    write: () => Promise<void>,
    notice: string,
    failure: 'bots.saveFailed' | 'bots.restoreFailed',
  ) {
    const draft = get().botNamesDraft;
    set({ botNameProblems: [], botNamesNotice: null, botNamesFailure: null });
    try {
      await write();
    } catch (error) {
      set({ botNamesFailure: i18n.t(failure, [errorText(error)]) });
      return;
    }
    const typedSince = get().botNamesDraft !== draft;
    set({ botNames: names, botNamesDraft: typedSince ? get().botNamesDraft : null, botNamesNotice: notice });
  }

  return {
    botNames: null,
    botNamesDraft: null,
    botNameProblems: [],
    botNamesNotice: null,
    botNamesFailure: null,

    followBotNames() {
      const read = () =>
        deps.readBotNames().then(
          (botNames) => set({ botNames }),
          (error: unknown) => set({ botNamesFailure: i18n.t('bots.loadFailed', [errorText(error)]) }),
        );
      void read();
      return deps.watchBotNames(() => void read());
    },

    // A "Saved" line beside text that is no longer what was saved would mislead.
    editBotNames: (text) => set({ botNamesDraft: text, botNamesNotice: null }),

    async saveBotNames() {
      const { botNamesDraft, botNames } = get();
      const cleaned = cleanBotNames((botNamesDraft ?? botNames?.join('\n') ?? '').split('\n'));
      if (!cleaned.ok) {
        set({ botNameProblems: cleaned.problems, botNamesNotice: null, botNamesFailure: null });
        return;
      }
      const { names } = cleaned;
      const notice = i18n.t(names.length > 0 ? 'bots.saved' : 'bots.savedEmpty');
      await change(names, () => deps.writeBotNames(names), notice, 'bots.saveFailed');
    },

    restoreBotNames: () =>
      change([...DEFAULT_BOT_NAMES], deps.clearBotNames, i18n.t('bots.restored'), 'bots.restoreFailed'),
  };
};
