import { i18n } from '#i18n';
import type { Insights } from '@/lib/insights';
import { formatCount } from '@/components/format';
import type { PhraseNames } from '../store/phrase-names';
import { BarChart } from './BarChart';
import { ChartCard, type Download } from './ChartCard';
import { themeKindName } from './labels';
import { LineChart } from './LineChart';
import {
  phraseChart,
  phraseTable,
  SHOWN,
  signalChart,
  signalTable,
  stepChart,
  stepTable,
  themeChart,
  themeTable,
} from './tables';

interface Props {
  insights: Insights;
  names: PhraseNames;
  download: Download;
  /** A theme chosen (by its index in `insights.themes`): its interactions are listed. */
  onTheme(index: number): void;
}

/** The four charts of the view, each with its table and CSV. */
export function Charts({ insights, names, download, onTheme }: Props) {
  const { steps } = insights;
  const stepsNote = [
    i18n.t('insights.steps.description', [formatCount(steps.resolved)]),
    steps.medianMinutesToAcknowledge === null
      ? ''
      : i18n.t('insights.steps.medianAcknowledge', [formatCount(Math.round(steps.medianMinutesToAcknowledge))]),
  ].join(' ');
  const title = {
    signals: i18n.t('insights.signals.title'),
    steps: i18n.t('insights.steps.title'),
    themes: i18n.t('insights.themes.title'),
    phrases: i18n.t('insights.phrases.title'),
  };
  return (
    <div className="insights-charts">
      <ChartCard
        title={title.signals}
        description={i18n.t('insights.signals.description')}
        chart={<LineChart label={title.signals} data={signalChart(insights)} />}
        table={(style) => signalTable(insights, style)}
        name="signals"
        download={download}
      />
      <ChartCard
        title={title.steps}
        description={stepsNote.trim()}
        chart={<BarChart label={title.steps} data={stepChart(insights)} />}
        table={(style) => stepTable(insights, style)}
        name="steps"
        download={download}
      />
      <ChartCard
        title={title.themes}
        description={i18n.t('insights.themes.description')}
        chart={<BarChart label={title.themes} data={themeChart(insights)} onSelect={onTheme} />}
        table={(style) => themeTable(insights, style)}
        shown={SHOWN}
        name="themes"
        download={download}
        rowAction={(row) => (
          <button
            type="button"
            className="button button--quiet"
            aria-label={`${i18n.t('insights.themes.show')}: ${insights.themes[row]!.label} (${themeKindName(insights.themes[row]!.kind)})`}
            onClick={() => onTheme(row)}
          >
            {i18n.t('insights.themes.show')}
          </button>
        )}
      />
      <ChartCard
        title={title.phrases}
        description={i18n.t('insights.phrases.description')}
        chart={<BarChart label={title.phrases} data={phraseChart(insights, names)} />}
        table={(style) => phraseTable(insights, style, names)}
        shown={SHOWN}
        name="phrases"
        download={download}
      />
    </div>
  );
}
