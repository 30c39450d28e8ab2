/**
 * What to show or log for something thrown: an Error's message, anything else as a string. The one way to
 * turn a caught value into text (a convention test keeps it so); callers add their own words around it.
 */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
