import { uiLocale } from '@/components/ui-locale';

/** When something was saved, for people: the date and time in the UI's language. */
export const savedWhen = (iso: string) =>
  new Date(iso).toLocaleString(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' });
