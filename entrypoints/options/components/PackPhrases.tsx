import { i18n } from '#i18n';
import { useState } from 'react';
import { PACK_STEPS, usageKey, type PhrasePack, type PhraseUsage } from '@/lib/packs';
import { formatCount } from '@/components/format';

const usedText = (uses: number) => i18n.t('packs.row.used', uses, [formatCount(uses)]);

/** A pack's phrases, step by step, with how often agents used each; drawn only once opened (packs can be big). */
export function PackPhrases({ pack, count, usage }: { pack: PhrasePack; count: number; usage: PhraseUsage }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="pack__phrases" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{i18n.t('packs.row.showPhrases', count, [formatCount(count)])}</summary>
      {open &&
        PACK_STEPS.filter((step) => pack.steps[step]?.length).map((step) => (
          <section key={step} aria-label={i18n.t(`steps.${step}.name`)}>
            <h4>{i18n.t(`steps.${step}.name`)}</h4>
            <ul className="phrases">
              {pack.steps[step]!.map((phrase, i) => (
                <li key={i}>
                  <span className="phrases__text">{phrase.text}</span> <code className="muted">{phrase.id}</code>{' '}
                  <span className="muted">{usedText(usage.get(usageKey(pack.id, phrase.id)) ?? 0)}</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </details>
  );
}
