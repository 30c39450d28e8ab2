import type { FetchProblem } from './issues';
import { LIMITS } from './schema';
import { errorText } from '../error-text';

/** A failed download: `message` in English for logs, `problem` for a page to word in its language. */
export class PackFetchError extends Error {
  override name = 'PackFetchError';

  constructor(readonly problem: FetchProblem) {
    super(englishOf(problem));
  }
}

function englishOf(problem: FetchProblem): string {
  switch (problem.code) {
    case 'http-status':
      return `the server answered ${problem.status} ${problem.statusText}`.trim();
    case 'too-large':
      return 'the file is larger than 1 MB, the limit for a phrase pack';
    case 'network':
      return problem.detail;
  }
}

/** What stopped a download, as a problem: the network's own words when it was not ours to refuse. */
export const fetchProblemOf = (error: unknown): FetchProblem =>
  error instanceof PackFetchError ? error.problem : { code: 'network', detail: errorText(error) };

/**
 * Downloads a pack's text without cookies, refusing anything over the size limit while it streams in, so
 * a wrong address (a video, a disk image) costs at most 1 MB. Throws a PackFetchError when the server
 * refuses or the file is too large; the network's own errors pass through.
 */
export async function fetchPackText(url: string, fetcher: typeof fetch = fetch): Promise<string> {
  const response = await fetcher(url, { credentials: 'omit', cache: 'no-store' });
  if (!response.ok) {
    throw new PackFetchError({ code: 'http-status', status: response.status, statusText: response.statusText });
  }
  const tooBig = () => new PackFetchError({ code: 'too-large' });
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
