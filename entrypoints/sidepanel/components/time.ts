import { uiLocale } from '@/components/ui-locale';

/** A message time as the agent's clock shows it in the UI's locale (10:42), or null when the page gave none. */
export function clockTime(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(uiLocale(), { hour: '2-digit', minute: '2-digit' }).format(date);
}
