import { describe, expect, it, vi } from 'vitest';
import { fetchPackText } from '@/lib/packs';

const stream = (chunks: number, size: number) => {
  let sent = 0;
  const cancel = vi.fn();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ < chunks) controller.enqueue(new Uint8Array(size).fill(32));
      else controller.close();
    },
    cancel,
  });
  return { body, cancel };
};

describe('fetchPackText', () => {
  it('reads a pack without cookies', async () => {
    const fetcher = vi.fn(async () => new Response('{"format":1}'));
    expect(await fetchPackText('https://x.test/p.json', fetcher)).toBe('{"format":1}');
    expect(fetcher).toHaveBeenCalledWith('https://x.test/p.json', { credentials: 'omit', cache: 'no-store' });
  });

  it('stops reading at 1 MB', async () => {
    const { body, cancel } = stream(100, 64 * 1024);
    const fetcher = async () => new Response(body);
    await expect(fetchPackText('https://x.test/big', fetcher)).rejects.toMatchObject({
      message: 'the file is larger than 1 MB, the limit for a phrase pack',
      problem: { code: 'too-large' },
    });
    expect(cancel).toHaveBeenCalled();
  });

  it('believes a declared length over the limit without reading', async () => {
    const fetcher = async () => new Response('x', { headers: { 'content-length': String(2 * 1024 * 1024) } });
    await expect(fetchPackText('https://x.test/big', fetcher)).rejects.toThrow('larger than 1 MB');
  });

  it('reports an HTTP error', async () => {
    const fetcher = async () => new Response('nope', { status: 404, statusText: 'Not Found' });
    await expect(fetchPackText('https://x.test/missing', fetcher)).rejects.toThrow('the server answered 404 Not Found');
    await expect(fetchPackText('https://x.test/missing', fetcher)).rejects.toMatchObject({
      problem: { code: 'http-status', status: 404, statusText: 'Not Found' },
    });
  });
});
