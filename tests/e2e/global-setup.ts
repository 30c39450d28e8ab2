import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../scripts/lib/chromium';
import { startDemoServer } from '../../scripts/lib/demo-server';
import { DEMO_EXTENSION_DIR, DEMO_SITE_DIR } from '../../scripts/lib/launch';

declare module 'vitest' {
  export interface ProvidedContext {
    demoOrigin: string;
  }
}

// No Chromium is a failure with instructions, never a silent skip.
export default async function setup(project: TestProject) {
  findChromium();
  if (!existsSync(join(DEMO_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(
      `No demo build at ${DEMO_EXTENSION_DIR}. Run: npm run build:demo (npm run test:e2e does it for you).`,
    );
  }
  const server = await startDemoServer(DEMO_SITE_DIR);
  project.provide('demoOrigin', server.origin);
  return () => server.close();
}
