import { i18n } from '#i18n';
import { useId } from 'react';
import type { RollupSource } from '@/lib/rollup';

interface Props {
  sources: RollupSource[];
  errors: string[];
  busy: boolean;
  onFiles(files: File[]): void;
  onRemove(sourceFile: string): void;
}

/** The team roll-up: agents' exports imported here, listed by file, each removable again. */
export function RollupPanel({ sources, errors, busy, onFiles, onRemove }: Props) {
  const id = useId();
  return (
    <section className="card insights-rollup" aria-labelledby={`${id}-title`} aria-busy={busy}>
      <h2 id={`${id}-title`}>{i18n.t('insights.rollup.title')}</h2>
      <p className="muted">{i18n.t('insights.rollup.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-file`}>{i18n.t('insights.rollup.import')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          multiple
          disabled={busy}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            // Cleared so that choosing the same file again (after removing it) imports it again.
            event.target.value = '';
            if (files.length) onFiles(files);
          }}
        />
      </div>
      {errors.length > 0 && (
        <ul className="issues" role="alert">
          {errors.map((error, i) => (
            <li key={i}>{error}</li>
          ))}
        </ul>
      )}
      {sources.length === 0 ? (
        <p className="muted">{i18n.t('insights.rollup.empty')}</p>
      ) : (
        <table className="insights-sources">
          <caption>{i18n.t('insights.rollup.sources')}</caption>
          <thead>
            <tr>
              <th scope="col">{i18n.t('insights.rollup.file')}</th>
              <th scope="col">{i18n.t('insights.rollup.agent')}</th>
              <th scope="col">{i18n.t('insights.rollup.records')}</th>
              <th scope="col">{i18n.t('insights.rollup.redacted')}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {sources.map((source) => (
              <tr key={source.sourceFile}>
                <th scope="row">{source.sourceFile}</th>
                <td>{source.agent}</td>
                <td>{source.records}</td>
                <td>{i18n.t(source.redacted ? 'insights.rollup.redactedYes' : 'insights.rollup.redactedNo')}</td>
                <td>
                  <button
                    type="button"
                    className="button button--danger"
                    disabled={busy}
                    aria-label={i18n.t('insights.rollup.removeLabel', [source.sourceFile])}
                    onClick={() => onRemove(source.sourceFile)}
                  >
                    {i18n.t('insights.rollup.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
