import { i18n } from '#i18n';
import type { PackError } from '@/lib/packs';

// A pack can be wrong in thousands of places; the first ones are enough to start fixing.
const SHOWN = 200;
const clip = (text: string) => (text.length > 160 ? `${text.slice(0, 160)}…` : text);

/** Every problem with a pack, each with where it is: "steps.clarify[2].text: must not be empty". */
export function ErrorList({ errors, label }: { errors: readonly PackError[]; label: string }) {
  return (
    <>
      <ul className="issues issues--errors" aria-label={label}>
        {errors.slice(0, SHOWN).map((error, i) => (
          <li key={i}>
            {error.path && <code className="issues__path">{clip(error.path)}</code>}
            {error.path && ': '}
            {clip(error.message)}
          </li>
        ))}
      </ul>
      {errors.length > SHOWN && <p className="muted">{i18n.t('packs.errors.more', [String(errors.length - SHOWN)])}</p>}
    </>
  );
}
