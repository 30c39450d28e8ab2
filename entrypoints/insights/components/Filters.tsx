import { i18n } from '#i18n';
import { useId } from 'react';
import { HelpdeskId } from '@/lib/conversation/model';
import { FilterDate, FilterSelect } from '@/components/FilterFields';
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
  const field = (name: keyof FilterForm) => ({
    id: `${id}-${name}`,
    label: i18n.t(`insights.filters.${name}`),
    value: form[name],
    onChange: (value: string) => onChange({ ...form, [name]: value }),
  });
  const any = i18n.t('insights.filters.any');
  return (
    <section role="search" className="card insights-filters" aria-label={i18n.t('insights.filters.label')}>
      <FilterDate {...field('from')} />
      <FilterDate {...field('to')} />
      <FilterSelect
        {...field('helpdesk')}
        any={any}
        options={HelpdeskId.options.map((helpdesk) => [helpdesk, helpdeskName(helpdesk)])}
      />
      <FilterSelect {...field('tag')} any={any} options={tags.map((tag) => [tag, tag])} />
      <FilterSelect
        {...field('agent')}
        any={any}
        options={[
          [YOU, i18n.t('insights.filters.you')],
          ...agents.map((agent) => [AGENT_PREFIX + agent, agent] as const),
        ]}
      />
      <button type="button" className="button button--quiet" onClick={() => onChange(NO_FILTER)}>
        {i18n.t('insights.filters.clear')}
      </button>
    </section>
  );
}
