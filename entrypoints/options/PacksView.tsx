import { i18n } from '#i18n';
import { useMemo } from 'react';
import { ImportPanel, type ImportHandlers } from '@/entrypoints/options/components/ImportPanel';
import { ManagedFailureNotice } from '@/entrypoints/options/components/ManagedFailureNotice';
import { ManagedIssues } from '@/entrypoints/options/components/ManagedIssues';
import { PackList } from '@/entrypoints/options/components/PackList';
import type { PackActions } from '@/entrypoints/options/components/PackRow';
import { DraftsView } from './DraftsView';
import { useOptions, useOptionsStore } from './store';

/**
 * The packs, what the organisation pushed that could not be used or stored, the trainer's drafts, and the
 * ways to import and create one.
 */
export function PacksView() {
  const entries = useOptions((state) => state.entries);
  const managedIssues = useOptions((state) => state.managedIssues);
  const managedFailure = useOptions((state) => state.managedFailure);
  const usage = useOptions((state) => state.usage);
  const importing = useOptions((state) => state.importing);
  const store = useOptionsStore();

  const actions = useMemo<PackActions>(() => {
    const state = store.getState;
    return {
      onToggle: (entry, enabled) => void state().setEnabled(entry, enabled),
      onMove: (entry, offset) => void state().move(entry, offset),
      onDelete: (entry) => void state().remove(entry),
      onExport: (entry) => state().exportPack(entry.pack),
      onEdit: (entry) => state().editPack(entry),
    };
  }, [store]);
  const handlers = useMemo<ImportHandlers>(() => {
    const state = store.getState;
    return {
      onFile: (file) => void state().reviewFile(file),
      onText: (text) => void state().reviewInput(text, { kind: 'paste' }, i18n.t('packs.import.pastedLabel')),
      onUrl: (address) => void state().reviewUrl(address),
    };
  }, [store]);

  return (
    <>
      <ManagedIssues entries={managedIssues} />
      <ManagedFailureNotice failure={managedFailure} />
      {entries === null ? (
        <p className="muted" role="status">
          {i18n.t('packs.list.loading')}
        </p>
      ) : (
        <PackList entries={entries} usage={usage} actions={actions} />
      )}
      <DraftsView />
      <div className="options__row">
        <ImportPanel busy={importing} handlers={handlers} />
        <section className="card" aria-labelledby="create-heading">
          <h2 id="create-heading">{i18n.t('packs.create.title')}</h2>
          <p className="muted">{i18n.t('packs.create.intro')}</p>
          <button type="button" className="button" onClick={() => store.getState().startNewPack()}>
            {i18n.t('packs.create.button')}
          </button>
        </section>
      </div>
    </>
  );
}
