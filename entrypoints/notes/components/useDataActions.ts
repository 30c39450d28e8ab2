import { i18n } from '#i18n';
import { useCallback, useEffect, useState } from 'react';
import {
  applyRetention,
  deleteAll,
  deleteRecord,
  exportNotes,
  importNotes,
  storageUsed,
  type NotesDb,
  type NotesFilter,
  type Selection,
  type StorageUse,
} from '@/lib/notes';
import { readAgentName } from '@/lib/notes/agent-name';
import { notesRetentionDays } from '@/lib/notes/retention-setting';
import { formatCount } from '@/components/format';
import { importChangeText, importProblemText } from '@/components/import-text';
import type { ExportOptions } from './ExportPanel';
import { failureText, markdownText } from './labels';

export type Download = (filename: string, blob: Blob) => void | Promise<void>;

export interface Outcome {
  notice: string | null;
  failure: string | null;
}

/**
 * Export, import, delete and retention: each reports one line for people (a notice or a failure) and
 * then `changed()` so the list and the storage figures are read again.
 */
export function useDataActions(db: NotesDb, download: Download, changed: () => void) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ notice: null, failure: null });
  const [importErrors, setImportErrors] = useState<string[]>([]);
  const [importNotices, setImportNotices] = useState<string[]>([]);
  const [usage, setUsage] = useState<StorageUse | null>(null);
  const [retentionDays, setRetentionDays] = useState<number | null>(null);

  const readUsage = useCallback(() => void storageUsed(db).then(setUsage, () => setUsage(null)), [db]);
  useEffect(() => {
    readUsage();
    void notesRetentionDays.getValue().then(setRetentionDays);
  }, [readUsage]);

  const run = async (action: () => Promise<string>, failureKey: 'export' | 'import' | 'data') => {
    setBusy(true);
    try {
      setOutcome({ notice: await action(), failure: null });
    } catch (error) {
      setOutcome({ notice: null, failure: i18n.t(`notes.${failureKey}.failed`, [failureText(error)]) });
    } finally {
      setBusy(false);
      readUsage();
      changed();
    }
  };

  return {
    busy,
    outcome,
    importErrors,
    importNotices,
    usage,
    retentionDays,
    exportSelection: (selection: Selection, options: ExportOptions) =>
      run(async () => {
        const { format, redaction } = options;
        const agent = await readAgentName();
        const request =
          format === 'markdown'
            ? { selection, redaction, format, text: markdownText() }
            : { selection, redaction, format, agent };
        const { blob, filename } = await exportNotes(db, request);
        await download(filename, blob);
        return i18n.t('notes.export.done', [filename]);
      }, 'export'),
    exportScope: (filter: NotesFilter, options: ExportOptions): Selection =>
      options.scope === 'all' ? { kind: 'all' } : { kind: 'filtered', filter },
    importFile: (file: File) =>
      run(async () => {
        const result = await importNotes(db, await file.text());
        setImportErrors(result.ok ? [] : result.problems.map(importProblemText));
        setImportNotices(result.ok ? result.changes.map(importChangeText) : []);
        if (!result.ok) return '';
        const { added, updated, unchanged } = result;
        return i18n.t('notes.import.done', [formatCount(added), formatCount(updated), formatCount(unchanged)]);
      }, 'import'),
    deleteOne: (id: string) =>
      run(async () => {
        await deleteRecord(db, id);
        return i18n.t('notes.row.deleted');
      }, 'data'),
    deleteAll: () =>
      run(async () => {
        await deleteAll(db);
        return i18n.t('notes.data.deletedAll');
      }, 'data'),
    setRetention: (days: number | null) =>
      run(async () => {
        await notesRetentionDays.setValue(days);
        setRetentionDays(days);
        if (days === null) return i18n.t('notes.data.retentionOff');
        const deleted = await applyRetention(db, days);
        return i18n.t('notes.data.retentionSaved', deleted, [formatCount(deleted)]);
      }, 'data'),
  };
}
