import { i18n } from '#i18n';
import { useId } from 'react';
import { HelpdeskId } from '@/lib/conversation/model';
import { helpdeskName } from '@/components/labels';
import { AGENT_PREFIX, NO_FILTER, YOU, type FilterForm } from '../store/view';

interface Props {
  form: FilterForm;
  tags: string[];
  agents: string[];
  onChange(form: FilterForm): void;
}

/** Dates, helpdesk, tag and agent ("You" or a name from the roll-up). */
export function Filters({ form, tags, agents, onChange }: Props) {
  const id = useId();
  const set = (field: keyof FilterForm) => (event: { target: { value: string } }) =>
    onChange({ ...form, [field]: event.target.value });
  const select = (field: 'helpdesk' | 'tag' | 'agent', options: Array<[string, string]>) => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{i18n.t(`insights.filters.${field}`)}</label>
      <select id={`${id}-${field}`} value={form[field]} onChange={set(field)}>
        <option value="">{i18n.t('insights.filters.any')}</option>
        {options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <section role="search" className="card insights-filters" aria-label={i18n.t('insights.filters.label')}>
      <div className="field">
        <label htmlFor={`${id}-from`}>{i18n.t('insights.filters.from')}</label>
        <input id={`${id}-from`} type="date" value={form.from} onChange={set('from')} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>{i18n.t('insights.filters.to')}</label>
        <input id={`${id}-to`} type="date" value={form.to} onChange={set('to')} />
      </div>
      {select(
        'helpdesk',
        HelpdeskId.options.map((helpdesk) => [helpdesk, helpdeskName(helpdesk)]),
      )}
      {select(
        'tag',
        tags.map((tag) => [tag, tag]),
      )}
      {select('agent', [
        [YOU, i18n.t('insights.filters.you')],
        ...agents.map((agent): [string, string] => [AGENT_PREFIX + agent, agent]),
      ])}
      <button type="button" className="button button--quiet" onClick={() => onChange(NO_FILTER)}>
        {i18n.t('insights.filters.clear')}
      </button>
    </section>
  );
}
