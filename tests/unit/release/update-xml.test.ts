import { describe, expect, it } from 'vitest';
import { updateXml } from '../../../scripts/release/update-xml';

const ID = 'abcdefghijklmnopabcdefghijklmnop';

describe('updateXml', () => {
  it('names the extension, its version and where its CRX is, as XML', () => {
    const xml = updateXml({
      appId: ID,
      version: '0.1.0',
      codebase: 'https://it.example.com/sh/steadyhand-0.1.0.crx?a=1&b=2',
    });
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const check = doc.querySelector('app')?.querySelector('updatecheck');
    expect(doc.documentElement.getAttribute('xmlns')).toBe('http://www.google.com/update2/response');
    expect(doc.querySelector('app')?.getAttribute('appid')).toBe(ID);
    expect(check?.getAttribute('version')).toBe('0.1.0');
    expect(check?.getAttribute('codebase')).toBe('https://it.example.com/sh/steadyhand-0.1.0.crx?a=1&b=2');
  });

  it('refuses what Chrome would not install from', () => {
    const entry = { appId: ID, version: '0.1.0', codebase: 'https://it.example.com/steadyhand.crx' };
    expect(() => updateXml({ ...entry, appId: 'not-an-id' })).toThrow('not-an-id is not an extension id');
    expect(() => updateXml({ ...entry, version: '1.0-beta' })).toThrow('1.0-beta is not an extension version.');
    expect(() => updateXml({ ...entry, codebase: 'http://it.example.com/steadyhand.crx' })).toThrow(
      'The CRX must be served over https',
    );
  });
});
