/** Saves text as a file through the browser's download bar, without the `downloads` permission. */
export function downloadText(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // The click has started the download by the time the next task runs.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A pack as its own file: readable JSON, named for its id and version. */
export const packFile = (pack: { id: string; version: string }) => ({
  filename: `${pack.id}-${pack.version}.json`,
  text: `${JSON.stringify(pack, null, 2)}\n`,
});
