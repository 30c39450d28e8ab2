import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

// The demo pages live at the same paths as the real helpdesks', so the extension's URL rules apply. First
// match wins: the app segment `legacy` serves the older light-DOM Intercom page, any other app the 2026 one.
const ROUTES: Array<[RegExp, string]> = [
  [/^\/zendesk\/agent\/tickets\/\d+\/?$/, 'zendesk.html'],
  [/^\/intercom\/a\/inbox\/legacy\/inbox\/conversation\/\d+\/?$/, 'intercom-legacy.html'],
  [/^\/intercom\/a\/inbox\/[\w-]+\/inbox\/conversation\/\d+\/?$/, 'intercom.html'],
];

/**
 * Where each demo page opens. `intercom` is the 2026 shape (conversation in a shadow root), `intercomLegacy`
 * the older light-DOM one. Either Intercom path takes `?parts=N` (1 to 5000): a generated N-part
 * conversation, paged in 25 rows a task (`await steadyhandDemo.whenLoaded` for all of it).
 */
export const DEMO_PATHS = {
  zendesk: '/zendesk/agent/tickets/4711',
  intercom: '/intercom/a/inbox/demo/inbox/conversation/215',
  intercomLegacy: '/intercom/a/inbox/legacy/inbox/conversation/215',
} as const;

export interface DemoServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves the built demo helpdesk (.output/demo-site) on 127.0.0.1 only. */
export async function startDemoServer(root: string, port = 0): Promise<DemoServer> {
  const base = resolve(root);
  if (!existsSync(join(base, 'zendesk.html'))) {
    throw new Error(`The demo helpdesk is not built at ${base}. Run: npm run build:demo`);
  }
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const routed = ROUTES.find(([pattern]) => pattern.test(path))?.[1];
    const file = normalize(join(base, routed ?? path));
    const inside = file.startsWith(base + sep);
    if (!inside || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actual}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
