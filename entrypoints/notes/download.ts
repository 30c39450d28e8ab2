import { downloadText } from '../options/download';

/**
 * The options page's download (a Blob URL and a link click, no `downloads` permission), reused as asked.
 * It takes text, so the export is read back as text first; `ignoreBOM` keeps the CSV's byte order mark,
 * which Excel needs to read UTF-8. For very large exports a Blob-taking variant would avoid the copy.
 */
export async function downloadBlob(filename: string, blob: Blob): Promise<void> {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
  downloadText(filename, text);
}
