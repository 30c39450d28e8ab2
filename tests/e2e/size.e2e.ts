// Size budgets, on the build `npm run test:e2e` has just made: a content script runs in every helpdesk
// tab, and the panel's first load is what an agent waits for each time they open it.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_BUDGET_KB,
  CONTENT_SCRIPTS,
  contentScript,
  firstLoad,
  kb,
  PANEL_FIRST_LOAD_BUDGET_KB,
} from '../../scripts/lib/bundle-size';

const OUT = resolve('.output/chrome-mv3');

describe('size budgets of the shipped build (gzipped)', () => {
  it.each(CONTENT_SCRIPTS)(`keeps the %s content script within ${CONTENT_BUDGET_KB} KB`, (name) => {
    expect(kb(contentScript(OUT, name))).toBeLessThanOrEqual(CONTENT_BUDGET_KB);
  });

  it(`keeps the side panel's first load within ${PANEL_FIRST_LOAD_BUDGET_KB} KB`, () => {
    const size = kb(firstLoad(OUT, 'sidepanel.html'));
    console.info(`side panel first load: ${size} KB gzipped`);
    expect(size).toBeLessThanOrEqual(PANEL_FIRST_LOAD_BUDGET_KB);
  });
});
