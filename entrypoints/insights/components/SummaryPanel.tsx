import { i18n } from '#i18n';
import { useId, useState } from 'react';
import { errorText } from '@/lib/error-text';

export type CopyText = (text: string) => Promise<void>;

/** The Markdown summary of the current view: shown as it will paste, and copied with one button. */
export function SummaryPanel({ markdown, copy }: { markdown: string; copy: CopyText }) {
  const id = useId();
  const [status, setStatus] = useState('');
  const onCopy = () =>
    void copy(markdown).then(
      () => setStatus(i18n.t('insights.summary.copied')),
      (error: unknown) => setStatus(i18n.t('insights.summary.copyFailed', [errorText(error)])),
    );
  return (
    <section className="card insights-summary" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{i18n.t('insights.summary.title')}</h2>
      <button type="button" className="button" onClick={onCopy}>
        {i18n.t('insights.summary.copy')}
      </button>
      <p className="status" role="status">
        {status}
      </p>
      <div className="field">
        <label htmlFor={`${id}-preview`}>{i18n.t('insights.summary.preview')}</label>
        <textarea id={`${id}-preview`} readOnly rows={14} value={markdown} className="insights-summary__preview" />
      </div>
    </section>
  );
}
