import { i18n } from '#i18n';
import { useId } from 'react';
import { HelpdeskId } from '@/lib/conversation/model';
import { SignalKind } from '@/lib/framework/guidance';
import type { NotesFilter } from '@/lib/notes';
import { FilterDate, FilterSelect } from '@/components/FilterFields';
import { helpdeskName, signalName } from '@/components/labels';
import { STATUSES, statusName } from './labels';

/** The form's values as typed: dates are calendar days (yyyy-mm-dd), '' means "any". */
export interface FilterForm {
  text: string;
  from: string;
  to: string;
  signal: string;
  tag: string;
  status: string;
  helpdesk: string;
}

export const NO_FILTER: FilterForm = { text: '', from: '', to: '', signal: '', tag: '', status: '', helpdesk: '' };

/** The form as a query. Days are the agent's local days: from its first to its last millisecond. */
export function toFilter(form: FilterForm): NotesFilter {
  // A half-typed date is no date yet: it filters nothing rather than throwing.
  const day = (date: string, time: string) => {
    const instant = new Date(`${date}T${time}`);
    return /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(instant.getTime()) ? instant.toISOString() : undefined;
  };
  const filter: NotesFilter = {};
  const from = day(form.from, '00:00:00.000');
  const to = day(form.to, '23:59:59.999');
  if (form.text.trim()) filter.text = form.text;
  if (from) filter.from = from;
  if (to) filter.to = to;
  if (form.signal) filter.signal = form.signal as NotesFilter['signal'];
  if (form.tag) filter.tag = form.tag;
  if (form.status) filter.status = form.status as NotesFilter['status'];
  if (form.helpdesk) filter.helpdesk = form.helpdesk as NotesFilter['helpdesk'];
  return filter;
}

interface Props {
  form: FilterForm;
  tags: string[];
  onChange(form: FilterForm): void;
}

export function NotesFilters({ form, tags, onChange }: Props) {
  const id = useId();
  const field = (name: Exclude<keyof FilterForm, 'text'>) => ({
    id: `${id}-${name}`,
    label: i18n.t(`notes.filters.${name}`),
    value: form[name],
    onChange: (value: string) => onChange({ ...form, [name]: value }),
  });
  const any = i18n.t('notes.filters.any');

  return (
    <section role="search" className="card notes-filters" aria-label={i18n.t('notes.filters.label')}>
      <div className="field notes-filters__search">
        <label htmlFor={`${id}-text`}>{i18n.t('notes.search')}</label>
        <input
          id={`${id}-text`}
          type="search"
          value={form.text}
          onChange={(event) => onChange({ ...form, text: event.target.value })}
        />
      </div>
      <div className="notes-filters__row">
        <FilterDate {...field('from')} />
        <FilterDate {...field('to')} />
        <FilterSelect
          {...field('signal')}
          any={any}
          options={SignalKind.options.map((kind) => [kind, signalName(kind)])}
        />
        <FilterSelect {...field('tag')} any={any} options={tags.map((tag) => [tag, tag])} />
        <FilterSelect {...field('status')} any={any} options={STATUSES.map((status) => [status, statusName(status)])} />
        <FilterSelect
          {...field('helpdesk')}
          any={any}
          options={HelpdeskId.options.map((helpdesk) => [helpdesk, helpdeskName(helpdesk)])}
        />
        <button type="button" className="button button--quiet" onClick={() => onChange(NO_FILTER)}>
          {i18n.t('notes.filters.clear')}
        </button>
      </div>
    </section>
  );
}
