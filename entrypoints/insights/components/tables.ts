// Each chart's numbers, as its table shows them, its CSV carries them and the summary quotes them.
import { i18n } from '#i18n';
import { SignalKind } from '@/lib/framework/guidance';
import type { Insights, PhraseRow } from '@/lib/insights';
import type { Cell, TableData } from '@/lib/insights/csv';
import { formatCalendarDay, formatCount } from '@/components/format';
import { signalName } from '@/components/labels';
import type { PhraseNames } from '../store/phrase-names';
import { percent, stepName, themeKindName } from './labels';

/** How a table writes its counts and days: for people, in the UI's language, or for a CSV file, plain. */
export interface CellStyle {
  count(n: number): Cell;
  /** A `YYYY-MM-DD` day (a week's first). */
  day(day: string): Cell;
}
export const FOR_PEOPLE: CellStyle = { count: formatCount, day: (day) => formatCalendarDay(day) };
// A spreadsheet reads plain digits and ISO days whatever its language; the table's own words stay translated.
export const FOR_FILES: CellStyle = { count: (n) => n, day: (day) => day };

/** A chart's table in a style: shown and summarised for people, or saved as a CSV. */
export type Table = (style: CellStyle) => TableData;

/** Bars a chart and its table show at most; the CSV has every row. */
export const SHOWN = 15;

/** One line of a chart: a name and a value per category (per week, per step…). */
export interface Series {
  name: string;
  values: number[];
}

/** What a chart draws: its categories, one series or several. */
export interface ChartData {
  categories: string[];
  series: Series[];
}

export function signalTable({ signals }: Insights, style: CellStyle): TableData {
  const t = (key: 'week' | 'signal' | 'conversations' | 'started' | 'rate') => i18n.t(`insights.signals.${key}`);
  return {
    columns: [t('week'), t('signal'), t('conversations'), t('started'), t('rate')],
    rows: signals.map((s) => [
      style.day(s.week),
      signalName(s.kind),
      style.count(s.conversations),
      style.count(s.started),
      percent(s.rate),
    ]),
  };
}

/** One line per signal that showed in the view, over the weeks that had any. */
export function signalChart({ signals }: Insights): ChartData {
  const weeks = [...new Set(signals.map((s) => s.week))].sort();
  const index = new Map(weeks.map((week, i) => [week, i]));
  const kinds = SignalKind.options.filter((kind) => signals.some((s) => s.kind === kind));
  const series = kinds.map((kind) => {
    const values = weeks.map(() => 0);
    for (const s of signals) if (s.kind === kind) values[index.get(s.week)!] = s.rate;
    return { name: signalName(kind), values };
  });
  return { categories: weeks, series };
}

export function stepTable({ steps }: Insights, style: CellStyle): TableData {
  return {
    columns: [i18n.t('insights.steps.step'), i18n.t('insights.steps.performed'), i18n.t('insights.steps.skipped')],
    rows: steps.rows.map((row) => [stepName(row.step), style.count(row.performed), style.count(row.skipped)]),
  };
}

export function stepChart({ steps }: Insights): ChartData {
  return {
    categories: steps.rows.map((row) => stepName(row.step)),
    series: [
      { name: i18n.t('insights.steps.performed'), values: steps.rows.map((row) => row.performed) },
      { name: i18n.t('insights.steps.skipped'), values: steps.rows.map((row) => row.skipped) },
    ],
  };
}

export function themeTable({ themes }: Insights, style: CellStyle): TableData {
  return {
    columns: [i18n.t('insights.themes.theme'), i18n.t('insights.themes.kind'), i18n.t('insights.themes.conversations')],
    rows: themes.map((theme) => [theme.label, themeKindName(theme.kind), style.count(theme.conversations)]),
  };
}

export function themeChart({ themes }: Insights): ChartData {
  const shown = themes.slice(0, SHOWN);
  return {
    categories: shown.map((theme) => theme.label),
    series: [{ name: i18n.t('insights.themes.conversations'), values: shown.map((theme) => theme.conversations) }],
  };
}

/** A phrase by its words where its pack is installed here, else by its id. */
const phraseName = (p: PhraseRow, names: PhraseNames) => names.phrase(p.packId, p.phraseId) ?? p.phraseId;

export function phraseTable({ phrases }: Insights, style: CellStyle, names: PhraseNames): TableData {
  const t = (key: 'pack' | 'phrase' | 'inserts' | 'copies' | 'uses') => i18n.t(`insights.phrases.${key}`);
  return {
    columns: [t('phrase'), t('pack'), t('inserts'), t('copies'), t('uses')],
    rows: phrases.map((p) => [
      phraseName(p, names),
      names.pack(p.packId) ?? p.packId,
      style.count(p.inserts),
      style.count(p.copies),
      style.count(p.uses),
    ]),
  };
}

export function phraseChart({ phrases }: Insights, names: PhraseNames): ChartData {
  const shown = phrases.slice(0, SHOWN);
  return {
    categories: shown.map((p) => phraseName(p, names)),
    series: [
      { name: i18n.t('insights.phrases.inserts'), values: shown.map((p) => p.inserts) },
      { name: i18n.t('insights.phrases.copies'), values: shown.map((p) => p.copies) },
    ],
  };
}
