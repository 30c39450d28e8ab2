import { describe, expect, it } from 'vitest';
import { ChromiumNotFoundError, findChromium } from '../../../scripts/lib/chromium';

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/chromium/chrome' }, (path) => path === '/opt/chromium/chrome')).toBe(
      '/opt/chromium/chrome',
    );
  });

  it('refuses a CHROMIUM_PATH that does not exist, naming it', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nope' }, () => false)).toThrow(/CHROMIUM_PATH is set to \/nope/);
  });

  it('falls back to the usual install paths', () => {
    expect(findChromium({}, (path) => path === '/usr/bin/chromium-browser')).toBe('/usr/bin/chromium-browser');
  });

  it('explains how to install Chromium when there is none', () => {
    const attempt = () => findChromium({}, () => false);
    expect(attempt).toThrow(ChromiumNotFoundError);
    expect(attempt).toThrow(/apt-get install -y chromium/);
    expect(attempt).toThrow(/CHROMIUM_PATH/);
  });
});
