import { i18n } from '#i18n';
import type { HelpdeskId } from '@/lib/conversation/model';
import type { Insights } from '@/lib/insights';
import { insightsMarkdown, type SummarySection } from '@/lib/insights/markdown';
import { formatCalendarDay, formatCount } from '@/components/format';
import { helpdeskName } from '@/components/labels';
import type { PhraseNames } from '../store/phrase-names';
import { AGENT_PREFIX, YOU, type FilterForm } from '../store/view';
import { FOR_PEOPLE, phraseTable, SHOWN, signalTable, stepTable, themeTable } from './tables';

/** The filters as lines a reader of the summary understands. */
function filterLines(form: FilterForm): string[] {
  const lines: string[] = [];
  const any = i18n.t('insights.summary.anyDate');
  const day = (date: string) => (date ? formatCalendarDay(date) : any);
  if (form.from || form.to) lines.push(i18n.t('insights.summary.dates', [day(form.from), day(form.to)]));
  if (form.helpdesk) lines.push(i18n.t('insights.summary.helpdesk', [helpdeskName(form.helpdesk as HelpdeskId)]));
  if (form.tag) lines.push(i18n.t('insights.summary.tag', [form.tag]));
  if (form.agent === YOU) lines.push(i18n.t('insights.summary.agent', [i18n.t('insights.filters.you')]));
  else if (form.agent.startsWith(AGENT_PREFIX))
    lines.push(i18n.t('insights.summary.agent', [form.agent.slice(AGENT_PREFIX.length)]));
  return lines;
}

/** The current view as the weekly summary a lead pastes into a chat, a ticket or an e-mail. */
export function summaryMarkdown(form: FilterForm, insights: Insights, names: PhraseNames): string {
  const empty = i18n.t('insights.chart.empty');
  const more = (hidden: number) => i18n.t('insights.chart.more', [formatCount(hidden)]);
  const { due, overdue } = insights.followUps;
  const sections: SummarySection[] = [
    { heading: i18n.t('insights.signals.title'), table: signalTable(insights, FOR_PEOPLE), empty },
    { heading: i18n.t('insights.steps.title'), table: stepTable(insights, FOR_PEOPLE), empty },
    { heading: i18n.t('insights.themes.title'), table: themeTable(insights, FOR_PEOPLE), empty, limit: SHOWN, more },
    {
      heading: i18n.t('insights.phrases.title'),
      table: phraseTable(insights, FOR_PEOPLE, names),
      empty,
      limit: SHOWN,
      more,
    },
  ];
  const total = [
    i18n.t('insights.total', [formatCount(insights.total)]),
    i18n.t('insights.followUps', [formatCount(due.length), formatCount(overdue.length)]),
  ].join('  \n');
  return insightsMarkdown({ title: i18n.t('insights.summary.heading'), filters: filterLines(form), total }, sections);
}
