import '@testing-library/jest-dom/vitest';
import { format } from 'node:util';
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installI18n } from './support/i18n';

installI18n();

// React's act() warning means a state update landed after the test stopped looking: the test then
// checks a screen the agent never sees. Any such warning fails the test that caused it.
const ACT_WARNING = /not wrapped in act\(|act\(\.\.\.\) is not supported|update to .* inside a test was not wrapped/;
let actWarnings: string[] = [];

// Wrapped once for the whole run, not spied per test: tests restore their own mocks (vi.restoreAllMocks),
// and a spy wrapping a spy would call itself.
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  const text = format(...args);
  if (ACT_WARNING.test(text)) actWarnings.push(text.split('\n')[0]!);
  consoleError(...args);
};

beforeEach(() => {
  actWarnings = [];
});

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
  const warnings = actWarnings;
  actWarnings = [];
  if (warnings.length) throw new Error(`React act() warnings:\n${warnings.join('\n')}`);
});
