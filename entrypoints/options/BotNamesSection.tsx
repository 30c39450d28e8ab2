import { i18n } from '#i18n';
import { useEffect, useId, type FormEvent } from 'react';
import { MAX_BOT_NAME_LENGTH, MAX_BOT_NAMES, type BotNameProblem } from '@/lib/helpdesk/bot-names';
import { formatCount } from '@/components/format';
import { useOptions, useOptionsStore } from './store';

// A paste of hundreds of bad lines needs the first few to start fixing, not an alert read out for minutes.
const SHOWN = 10;

function problemText({ line, problem }: BotNameProblem): string {
  switch (problem) {
    case 'too-long':
      return i18n.t('bots.problem.tooLong', [formatCount(line), formatCount(MAX_BOT_NAME_LENGTH)]);
    case 'too-many':
      return i18n.t('bots.problem.tooMany', [formatCount(line), formatCount(MAX_BOT_NAMES)]);
    case 'no-letters':
      return i18n.t('bots.problem.noLetters', [formatCount(line)]);
  }
}

/** The author names that mark a Zendesk message as a bot's: edited as lines, checked before they are stored. */
export function BotNamesSection() {
  const id = useId();
  const store = useOptionsStore();
  const names = useOptions((state) => state.botNames);
  const draft = useOptions((state) => state.botNamesDraft);
  const problems = useOptions((state) => state.botNameProblems);
  const notice = useOptions((state) => state.botNamesNotice);
  const failure = useOptions((state) => state.botNamesFailure);
  const loading = names === null;

  useEffect(() => store.getState().followBotNames(), [store]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void store.getState().saveBotNames();
  };
  const described = [`${id}-intro`, `${id}-hint`, problems.length > 0 && `${id}-problems`].filter(Boolean);

  return (
    <section className="card" aria-labelledby={`${id}-title`} aria-busy={loading}>
      <h2 id={`${id}-title`}>{i18n.t('bots.title')}</h2>
      <p className="muted" id={`${id}-intro`}>
        {i18n.t('bots.intro')}
      </p>
      <form onSubmit={submit}>
        <label htmlFor={`${id}-names`}>{i18n.t('bots.label')}</label>
        <textarea
          id={`${id}-names`}
          rows={8}
          value={draft ?? names?.join('\n') ?? ''}
          disabled={loading}
          spellCheck={false}
          aria-invalid={problems.length > 0}
          aria-describedby={described.join(' ')}
          onChange={(event) => store.getState().editBotNames(event.target.value)}
        />
        <p className="muted field__hint" id={`${id}-hint`}>
          {i18n.t('bots.hint', [formatCount(MAX_BOT_NAMES), formatCount(MAX_BOT_NAME_LENGTH)])}
        </p>
        <div className="actions">
          <button type="submit" className="button" disabled={loading}>
            {i18n.t('bots.save')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => void store.getState().restoreBotNames()}
          >
            {i18n.t('bots.restore')}
          </button>
        </div>
      </form>
      {problems.length > 0 && (
        <div className="notice-line notice-line--error" role="alert" id={`${id}-problems`}>
          <p>{i18n.t('bots.problems')}</p>
          <ul className="issues">
            {problems.slice(0, SHOWN).map((problem) => (
              <li key={problem.line}>{problemText(problem)}</li>
            ))}
          </ul>
          {problems.length > SHOWN && (
            <p>{i18n.t('bots.moreProblems', problems.length - SHOWN, [formatCount(problems.length - SHOWN)])}</p>
          )}
        </div>
      )}
      {failure && (
        <p className="notice-line notice-line--error" role="alert">
          {failure}
        </p>
      )}
      {notice && (
        <p className="notice-line notice-line--ok" role="status">
          {notice}
        </p>
      )}
    </section>
  );
}
