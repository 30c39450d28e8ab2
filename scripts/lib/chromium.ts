import { existsSync } from 'node:fs';
import { join } from 'node:path';

// Branded Google Chrome 137+ ignores --load-extension, so only Chromium builds are looked for.
function candidates(): string[] {
  const local = process.env.LOCALAPPDATA ?? '';
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/lib/chromium/chromium',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    join(local, 'Chromium', 'Application', 'chrome.exe'),
  ];
}

export const CHROMIUM_HELP = `Steadyhand needs Chromium to run the demo and the end-to-end tests.
(Google Chrome 137 and later ignore --load-extension, so it must be Chromium.)
Install it, then run the command again:
  Debian/Ubuntu:  sudo apt-get install -y chromium
  Fedora:         sudo dnf install chromium
  macOS:          brew install --cask chromium
Or point CHROMIUM_PATH at a Chromium binary: CHROMIUM_PATH=/path/to/chromium npm start`;

export class ChromiumNotFoundError extends Error {
  override name = 'ChromiumNotFoundError';
  constructor(detail: string) {
    super(`${detail}\n\n${CHROMIUM_HELP}`);
  }
}

/** CHROMIUM_PATH if set (and it must exist), else the first usual install path that exists. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists = existsSync): string {
  const configured = env.CHROMIUM_PATH;
  if (configured) {
    if (exists(configured)) return configured;
    throw new ChromiumNotFoundError(`CHROMIUM_PATH is set to ${configured}, but there is no file there.`);
  }
  const found = candidates().find((path) => path && exists(path));
  if (!found) throw new ChromiumNotFoundError('No Chromium found in the usual places.');
  return found;
}
