import { i18n } from '#i18n';
import { useEffect, useRef } from 'react';
import { BEHAVIOURS, type Phrase } from '@/lib/packs';
import { setVariant } from '@/lib/packs/draft';
import type { PackProblem } from '@/lib/packs/field-errors';
import { formatCount } from '@/components/format';
import { fieldA11y } from '../field-ids';
import { FieldProblems } from './FieldProblems';

/** A phrase's wording for each customer behaviour, folded away until wanted or until one has a problem. */
export function PhraseVariants({
  phrase,
  fieldKey,
  problems,
  numbered,
  onChange,
}: {
  phrase: Phrase;
  /** The phrase's field key with `suffix` added: "phrase:listen:0" + ":variant:angry". */
  fieldKey(suffix: string): string;
  problems: ReadonlyMap<string, readonly PackProblem[]>;
  /** A field's label with the phrase's number, for screen readers. */
  numbered(label: string): string;
  onChange(phrase: Phrase): void;
}) {
  const keyOf = (kind: string) => fieldKey(`:variant:${kind}`);
  const withProblems = BEHAVIOURS.some((kind) => problems.has(keyOf(kind)));
  const details = useRef<HTMLDetailsElement>(null);
  // Unfolded when a variant has a problem, so its message is seen; never folded again under the trainer.
  useEffect(() => {
    if (withProblems && details.current) details.current.open = true;
  }, [withProblems]);

  return (
    <details className="variants" ref={details}>
      <summary>{i18n.t('packs.phrase.variants', [formatCount(Object.keys(phrase.variants ?? {}).length)])}</summary>
      {BEHAVIOURS.map((kind) => {
        const field = fieldA11y(keyOf(kind), problems.get(keyOf(kind)));
        return (
          <div className="field" key={kind}>
            <label htmlFor={field.id}>{i18n.t(`packs.behaviour.${kind}`)}</label>
            <textarea
              {...field}
              aria-label={numbered(i18n.t(`packs.behaviour.${kind}`))}
              rows={2}
              value={phrase.variants?.[kind] ?? ''}
              onChange={(event) => onChange(setVariant(phrase, kind, event.target.value))}
            />
            <FieldProblems fieldKey={keyOf(kind)} problems={problems.get(keyOf(kind))} />
          </div>
        );
      })}
    </details>
  );
}
