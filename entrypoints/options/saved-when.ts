/** When something was saved, for people: the date and time in the browser's language. */
export const savedWhen = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
