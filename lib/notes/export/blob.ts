// Strings are folded into the Blob every few megabytes, so the export's text never piles up in the JS heap:
// the browser keeps Blob bytes outside it (and may page large ones to disk).
const FOLD_CHARS = 4 * 1024 * 1024;

export async function toBlob(chunks: AsyncIterable<string>, type: string): Promise<Blob> {
  let blob = new Blob([], { type });
  let parts: string[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    parts.push(chunk);
    size += chunk.length;
    if (size >= FOLD_CHARS) {
      blob = new Blob([blob, ...parts], { type });
      parts = [];
      size = 0;
    }
  }
  return new Blob([blob, ...parts], { type });
}
