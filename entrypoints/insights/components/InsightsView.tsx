import { i18n } from '#i18n';
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { computeInsights } from '@/lib/insights';
import { formatCount } from '@/components/format';
import type { InsightsStore } from '../store/insights-store';
import { agentsOf, optionsFor, recordsFor, tagsOf, themeKey, themeRecords } from '../store/view';
import type { Download } from './ChartCard';
import { Charts } from './Charts';
import { Filters } from './Filters';
import { RollupPanel } from './RollupPanel';
import { summaryMarkdown } from './summary';
import { SummaryPanel, type CopyText } from './SummaryPanel';
import { ThemeInteractions } from './ThemeInteractions';

interface Props {
  store: InsightsStore;
  download: Download;
  copy: CopyText;
  /** "Today", for follow-ups due and overdue. */
  now?: () => Date;
}

/** The insights page: filters, four charts with their tables, a theme's interactions, the summary, the roll-up. */
export function InsightsView({ store, download, copy, now = () => new Date() }: Props) {
  const state = useStore(store);
  const { own, rollup, sources, form, names } = state;
  const records = useMemo(() => recordsFor(own, rollup, form.agent), [own, rollup, form.agent]);
  const tags = useMemo(() => tagsOf(records), [records]);
  const agents = useMemo(() => agentsOf(sources), [sources]);
  // `now` is read once per view: a re-render for another reason must not move "today".
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const options = useMemo(() => optionsFor(form, now()), [form]);
  const insights = useMemo(() => computeInsights(records, options), [records, options]);
  const markdown = useMemo(() => summaryMarkdown(form, insights, names), [form, insights, names]);
  const theme = insights.themes.find((t) => themeKey(t) === state.theme) ?? null;
  const listed = useMemo(() => (theme ? themeRecords(records, options, theme) : []), [records, options, theme]);

  return (
    <main className="options insights" aria-busy={state.loading}>
      <header className="options__header">
        <h1>{i18n.t('insights.title')}</h1>
        <p className="muted">{i18n.t('insights.intro')}</p>
        <a href="/notes.html">{i18n.t('insights.notesLink')}</a>
      </header>
      <p className="status" role="status">
        {state.loading ? i18n.t('insights.loading') : state.notice}
      </p>
      {state.failure && (
        <p className="notice-line notice-line--error" role="alert">
          {state.failure}
        </p>
      )}
      <Filters form={form} tags={tags} agents={agents} onChange={state.setForm} />
      <p className="insights-total">
        <strong>{i18n.t('insights.total', [formatCount(insights.total)])}</strong>{' '}
        <span className="muted">
          {i18n.t('insights.followUps', [
            formatCount(insights.followUps.due.length),
            formatCount(insights.followUps.overdue.length),
          ])}
        </span>
      </p>
      <Charts
        insights={insights}
        names={names}
        download={download}
        onTheme={(index) => state.selectTheme(themeKey(insights.themes[index]!))}
      />
      {theme && <ThemeInteractions theme={theme.label} records={listed} onClose={() => state.selectTheme(null)} />}
      <SummaryPanel markdown={markdown} copy={copy} />
      <RollupPanel
        sources={sources}
        errors={state.importErrors}
        busy={state.busy}
        onFiles={(files) => void state.importFiles(files)}
        onRemove={(file) => void state.removeSource(file)}
      />
    </main>
  );
}
