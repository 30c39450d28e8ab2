import { useEffect, useId, type ReactElement, type ReactNode } from 'react';
import { i18n } from '#i18n';
import { judgeDraft, type DraftCheck as Check, type DraftPart } from '@/lib/framework/draft-parts';
import type { GuidanceStep } from '@/lib/framework/steps';
import { panelStore, usePanelStore } from '../store';
import { followDrafts } from '../store/follow-drafts';
import './draft-check.css';

/**
 * Whether the reply being typed performs the suggested step ("Your draft acknowledges the problem ✓ — no
 * apology yet"), read as the checklist reads a sent reply. Nothing shows until the agent types; the words
 * behind each part show on hover and keyboard focus. A polite live region: it speaks when typing pauses.
 */
export function DraftCheck({ conversationId, step }: { conversationId: string; step: GuidanceStep }) {
  useEffect(() => followDrafts(panelStore), []);
  const draft = usePanelStore((state) => (state.tabId === null ? undefined : state.drafts[state.tabId]));
  // Not even an empty region before the agent types: the panel's layout stays as it was.
  if (draft?.conversationId !== conversationId) return null;
  return (
    <div className="draft-check" role="status" aria-live="polite" aria-label={i18n.t('panel.draftCheck.label')}>
      <Summary check={judgeDraft(draft.read, step)} />
    </div>
  );
}

function Summary({ check }: { check: Check }) {
  const missing = check.missing.map(({ part, near }) =>
    near ? (
      <Part key={part} text={i18n.t(`panel.draftCheck.near.${near.why}`)} evidence={near.evidence} />
    ) : (
      <span key={part}>{i18n.t(`panel.draftCheck.missing.${part}`)}</span>
    ),
  );
  return (
    <p className="draft-check__line">
      {i18n.t('panel.draftCheck.intro')}
      {check.performed.length > 0 ? ' ' : ': '}
      {joined(
        check.performed.map(({ part, evidence }) => <Part key={part} text={doneText(part)} evidence={evidence} done />),
      )}
      {check.performed.length > 0 && missing.length > 0 && ' — '}
      {joined(missing)}
    </p>
  );
}

const doneText = (part: DraftPart) => i18n.t(`panel.draftCheck.done.${part}`);

/** Items with ", " between them. */
function joined(items: ReactElement[]): ReactNode[] {
  return items.flatMap((item, i) => (i === 0 ? [item] : [', ', item]));
}

/** One part, its words in a tooltip the way the signal chips show theirs. */
function Part({ text, evidence, done = false }: { text: string; evidence: string; done?: boolean }) {
  const tipId = useId();
  return (
    <span className="draft-check__part has-tip">
      <button type="button" className="draft-check__words" aria-describedby={tipId}>
        {text}
        {done && <span aria-hidden="true"> ✓</span>}
      </button>
      <span role="tooltip" id={tipId} className="tip draft-check__tip">
        {i18n.t('panel.draftCheck.evidence', [evidence])}
      </span>
    </span>
  );
}
