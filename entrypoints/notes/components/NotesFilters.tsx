import { i18n } from '#i18n';
import { useId } from 'react';
import { HelpdeskId } from '@/lib/conversation/model';
import { SignalKind } from '@/lib/framework/guidance';
import type { NotesFilter } from '@/lib/notes';
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
  const set = (field: keyof FilterForm) => (event: { target: { value: string } }) =>
    onChange({ ...form, [field]: event.target.value });
  const select = (field: 'signal' | 'tag' | 'status' | 'helpdesk', options: Array<[string, string]>) => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{i18n.t(`notes.filters.${field}`)}</label>
      <select id={`${id}-${field}`} value={form[field]} onChange={set(field)}>
        <option value="">{i18n.t('notes.filters.any')}</option>
        {options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section role="search" className="card notes-filters" aria-label={i18n.t('notes.filters.label')}>
      <div className="field notes-filters__search">
        <label htmlFor={`${id}-text`}>{i18n.t('notes.search')}</label>
        <input id={`${id}-text`} type="search" value={form.text} onChange={set('text')} />
      </div>
      <div className="notes-filters__row">
        <div className="field">
          <label htmlFor={`${id}-from`}>{i18n.t('notes.filters.from')}</label>
          <input id={`${id}-from`} type="date" value={form.from} onChange={set('from')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{i18n.t('notes.filters.to')}</label>
          <input id={`${id}-to`} type="date" value={form.to} onChange={set('to')} />
        </div>
        {select(
          'signal',
          SignalKind.options.map((kind) => [kind, signalName(kind)]),
        )}
        {select(
          'tag',
          tags.map((tag) => [tag, tag]),
        )}
        {select(
          'status',
          STATUSES.map((status) => [status, statusName(status)]),
        )}
        {select(
          'helpdesk',
          HelpdeskId.options.map((helpdesk) => [helpdesk, helpdeskName(helpdesk)]),
        )}
        <button type="button" className="button button--quiet" onClick={() => onChange(NO_FILTER)}>
          {i18n.t('notes.filters.clear')}
        </button>
      </div>
    </section>
  );
}
