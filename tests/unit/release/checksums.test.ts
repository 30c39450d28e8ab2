import { describe, expect, it } from 'vitest';
import { sha256Sums } from '../../../scripts/release/checksums';

describe('sha256Sums', () => {
  it('writes the lines sha256sum -c reads, sorted by file name', () => {
    expect(
      sha256Sums([
        { name: 'b.zip', size: 1, sha256: 'bb' },
        { name: 'a.zip', size: 1, sha256: 'aa' },
      ]),
    ).toBe('aa  a.zip\nbb  b.zip\n');
  });
});
