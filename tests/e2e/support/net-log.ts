// Chromium's own network log (`--log-net-log`): every request the browser's network service starts, from
// every context at once (pages, extension pages, the service worker, content scripts), with the origin
// that initiated it. Playwright's request events miss some contexts; this log misses none.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LoggedRequest {
  url: string;
  /** The origin that asked (a page's, `chrome-extension://…`), or `browser` for Chromium itself. */
  initiator: string;
}

export interface NetLog {
  /** Switches for launchWithExtension. */
  args: string[];
  /** The requests logged so far: read once the browser has closed (it writes the log's end then). */
  read(): LoggedRequest[];
}

interface RawLog {
  constants?: { logEventTypes?: Record<string, number> };
  events?: Array<{ type?: number; params?: { url?: string; initiator?: string } }>;
}

/** Parses a log that may lack its closing brackets (a browser killed before it finished writing). */
function parse(text: string): RawLog {
  try {
    return JSON.parse(text) as RawLog;
  } catch {
    return JSON.parse(`${text.trimEnd().replace(/,$/, '')}]}`) as RawLog;
  }
}

export function netLog(dir: string): NetLog {
  const file = join(dir, 'net-log.json');
  return {
    args: [`--log-net-log=${file}`, '--net-log-capture-mode=Default'],
    read() {
      const log = parse(readFileSync(file, 'utf8'));
      const startJob = log.constants?.logEventTypes?.URL_REQUEST_START_JOB;
      if (startJob === undefined) throw new Error(`${file} is not a Chromium network log`);
      return (log.events ?? [])
        .filter((event) => event.type === startJob && typeof event.params?.url === 'string')
        .map(({ params }) => ({
          url: params!.url!,
          // Chromium writes "not an origin" for requests no page or worker made.
          initiator: !params!.initiator || params!.initiator === 'not an origin' ? 'browser' : params!.initiator,
        }));
    },
  };
}
