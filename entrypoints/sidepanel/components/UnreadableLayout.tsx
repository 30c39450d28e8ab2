import { useState } from 'react';
import { i18n } from '#i18n';
import type { HelpdeskId } from '@/lib/conversation';
import type { Diagnostic } from '@/lib/helpdesk/diagnostic-schema';
import { helpdeskName } from '@/components/labels';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * The helpdesk changed its page (or this is a layout we never saw): say so, what we could not find, and
 * what the agent can do about it in words (reload, update, report); the raw diagnostic stays folded.
 */
export function UnreadableLayout({
  helpdesk,
  missing,
  diagnostic,
}: {
  helpdesk: HelpdeskId;
  missing: string[];
  diagnostic: Diagnostic;
}) {
  const [copied, setCopied] = useState<CopyState>('idle');
  const text = JSON.stringify(diagnostic, null, 2);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <section className="notice notice--warning" role="alert" aria-labelledby="unreadable-title">
      <h2 className="notice__title" id="unreadable-title">
        {i18n.t('panel.unreadable.title')}
      </h2>
      <p className="notice__body">{i18n.t('panel.unreadable.body', [helpdeskName(helpdesk)])}</p>
      {missing.length > 0 || diagnostic.error === null ? (
        <>
          <h3 className="notice__subtitle">{i18n.t('panel.unreadable.missing')}</h3>
          <ul className="hooks" aria-label={i18n.t('panel.unreadable.missingLabel')}>
            {missing.map((hook) => (
              <li key={hook}>
                <code>{hook}</code>
              </li>
            ))}
          </ul>
        </>
      ) : (
        // Every part was found but reading them threw: name the error's kind (never its message).
        <p className="notice__body">{i18n.t('panel.unreadable.failed', [diagnostic.error])}</p>
      )}
      <h3 className="notice__subtitle">{i18n.t('panel.unreadable.next')}</h3>
      <ol className="notice__steps" aria-label={i18n.t('panel.unreadable.next')}>
        <li>{i18n.t('panel.unreadable.reload')}</li>
        <li>{i18n.t('panel.unreadable.update')}</li>
        <li>{i18n.t('panel.unreadable.report')}</li>
      </ol>
      <details className="diagnostic">
        <summary>{i18n.t('panel.unreadable.diagnostic')}</summary>
        <pre aria-label={i18n.t('panel.unreadable.diagnosticLabel')}>{text}</pre>
      </details>
      <button type="button" className="button" onClick={() => void copy()}>
        {i18n.t('panel.unreadable.copy')}
      </button>
      <span role="status" className="copy-status">
        {copied === 'copied'
          ? i18n.t('panel.unreadable.copied')
          : copied === 'failed'
            ? i18n.t('panel.unreadable.copyFailed')
            : ''}
      </span>
    </section>
  );
}
