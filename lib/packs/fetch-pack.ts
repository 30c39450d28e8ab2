import { LIMITS } from './schema';

/**
 * Downloads a pack's text without cookies, refusing anything over the size limit while it streams in, so
 * a wrong address (a video, a disk image) costs at most 1 MB. Throws with a message a person can act on.
 */
export async function fetchPackText(url: string, fetcher: typeof fetch = fetch): Promise<string> {
  const response = await fetcher(url, { credentials: 'omit', cache: 'no-store' });
  if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
  const tooBig = () => new Error('the file is larger than 1 MB, the limit for a phrase pack');
  if (Number(response.headers.get('content-length')) > LIMITS.bytes) throw tooBig();
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    total += read.value.byteLength;
    if (total > LIMITS.bytes) {
      await reader.cancel();
      throw tooBig();
    }
    chunks.push(read.value);
  }
  const bytes = new Uint8Array(total);
  chunks.reduce((offset, chunk) => (bytes.set(chunk, offset), offset + chunk.byteLength), 0);
  return new TextDecoder().decode(bytes);
}
