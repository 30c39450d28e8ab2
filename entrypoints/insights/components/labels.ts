import { i18n } from '#i18n';
import type { StepId } from '@/lib/framework/steps';
import type { InsightRecord, Theme } from '@/lib/insights';
import type { RollupSource } from '@/lib/rollup';
import { formatCount } from '@/components/format';
import { importChangeText, importProblemText } from '@/components/import-text';
import { uiLocale } from '@/components/ui-locale';
import type { StoreText } from '../store/insights-store';

export const stepName = (step: StepId): string => i18n.t(`steps.${step}.name`);

const THEME_KINDS = {
  tag: 'insights.themes.kindTag',
  term: 'insights.themes.kindTerm',
  phrase: 'insights.themes.kindPhrase',
} as const satisfies Record<Theme['kind'], string>;
export const themeKindName = (kind: Theme['kind']): string => i18n.t(THEME_KINDS[kind]);

/** Whose a record is: the agent the roll-up labelled it with, or the lead ("You"). */
export const agentLabel = (record: InsightRecord): string => record.agent ?? i18n.t('insights.filters.you');

/** A share as people read it: "12%", "0.5%". */
export const percent = (rate: number): string =>
  new Intl.NumberFormat(uiLocale(), { style: 'percent', maximumFractionDigits: 1 }).format(rate);

/** A day as the lead's calendar shows it. */
export const formatDay = (instant: string): string =>
  new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium' }).format(new Date(instant));

export const storeText: StoreText = {
  imported: (source: RollupSource) =>
    i18n.t('insights.rollup.imported', [formatCount(source.records), source.sourceFile, source.agent]),
  importFailed: (file) => i18n.t('insights.rollup.failed', [file]),
  problem: importProblemText,
  change: importChangeText,
  removed: (file) => i18n.t('insights.rollup.removed', [file]),
  loadFailed: (message) => i18n.t('insights.loadFailed', [message]),
};
