// What the page shows for a filter, before any words: which records, which options for computeInsights.
import type { HelpdeskId } from '@/lib/conversation/model';
import type { InsightOptions, InsightRecord, Theme } from '@/lib/insights';
import { recordFilter } from '@/lib/insights/filter';
import type { RollupSource } from '@/lib/rollup';

/** The filter form as typed: dates are `YYYY-MM-DD`, '' means "any". */
export interface FilterForm {
  from: string;
  to: string;
  helpdesk: string;
  tag: string;
  /** '' every record; `YOU` the lead's own; otherwise `AGENT_PREFIX` + an agent's name from the roll-up. */
  agent: string;
}

export const NO_FILTER: FilterForm = { from: '', to: '', helpdesk: '', tag: '', agent: '' };
/** Agent names are free text, so the form's values carry a prefix no name can collide with. */
export const YOU = 'you';
export const AGENT_PREFIX = 'agent:';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The lead's own records, an agent's, or all of them. */
export function recordsFor(own: InsightRecord[], rollup: InsightRecord[], agent: string): InsightRecord[] {
  if (agent === YOU) return own;
  if (agent.startsWith(AGENT_PREFIX)) {
    const name = agent.slice(AGENT_PREFIX.length);
    return rollup.filter((record) => record.agent === name);
  }
  return own.length ? (rollup.length ? [...own, ...rollup] : own) : rollup;
}

/**
 * The options for computeInsights. A half-typed date filters nothing yet; a range whose start is after
 * its end is swapped rather than refused (the agent meant the days between them).
 */
export function optionsFor(form: FilterForm, now: Date): InsightOptions {
  const options: InsightOptions = { now };
  let from = DAY.test(form.from) ? form.from : '';
  let to = DAY.test(form.to) ? form.to : '';
  if (from && to && from > to) [from, to] = [to, from];
  if (from) options.from = from;
  if (to) options.to = to;
  if (form.helpdesk) options.helpdesk = form.helpdesk as HelpdeskId;
  if (form.tag) options.tag = form.tag;
  return options;
}

/** Every tag on the records, for the tag filter. */
export function tagsOf(records: InsightRecord[]): string[] {
  const tags = new Set<string>();
  for (const record of records) for (const tag of record.notes.tags) tags.add(tag);
  return [...tags].sort((a, b) => a.localeCompare(b));
}

/** The agents the roll-up's files name, for the agent filter. */
export const agentsOf = (sources: RollupSource[]): string[] =>
  [...new Set(sources.map((source) => source.agent))].sort((a, b) => a.localeCompare(b));

/** A theme's identity on the page (a tag and a term may read alike). */
export const themeKey = (theme: Pick<Theme, 'kind' | 'label'>): string => `${theme.kind}:${theme.label}`;

/**
 * The interactions a theme was found in, newest first. A theme names record ids, and the same ticket can be
 * the lead's and an agent's: each record is kept only if it is in the view and carries the id.
 */
export function themeRecords(records: InsightRecord[], options: InsightOptions, theme: Theme): InsightRecord[] {
  const ids = new Set(theme.recordIds);
  const keep = recordFilter(options);
  return records
    .filter((record) => ids.has(record.id) && keep(record))
    .sort((a, b) => (a.startedAt < b.startedAt ? 1 : -1));
}
