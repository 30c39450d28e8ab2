import { useState } from 'react';
import type { Diagnostic } from '@/lib/helpdesk/diagnostic-schema';
import type { HelpdeskId } from '@/lib/conversation';
import { HELPDESK_NAMES } from './helpdesk-names';

/** The helpdesk changed its page (or this is a layout we never saw): say so, and what we could not find. */
export function UnreadableLayout({
  helpdesk,
  missing,
  diagnostic,
}: {
  helpdesk: HelpdeskId;
  missing: string[];
  diagnostic: Diagnostic;
}) {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
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
        Can’t read this page layout
      </h2>
      <p className="notice__body">
        Steadyhand recognises this {HELPDESK_NAMES[helpdesk]} page but could not find the parts it reads. The page may
        have changed. Guidance is paused; nothing is written to the page.
      </p>
      <h3 className="notice__subtitle">Missing</h3>
      <ul className="hooks" aria-label="Missing page parts">
        {missing.map((hook) => (
          <li key={hook}>
            <code>{hook}</code>
          </li>
        ))}
      </ul>
      <details className="diagnostic">
        <summary>Diagnostic (no conversation text)</summary>
        <pre aria-label="Diagnostic">{text}</pre>
      </details>
      <button type="button" className="button" onClick={() => void copy()}>
        Copy diagnostic
      </button>
      <span role="status" className="copy-status">
        {copied === 'copied' ? 'Copied.' : copied === 'failed' ? 'Could not copy: select the text above instead.' : ''}
      </span>
    </section>
  );
}
