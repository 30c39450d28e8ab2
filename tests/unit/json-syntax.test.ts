import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonSyntaxError, parseJson, visibleCharacter } from '@/lib/json-syntax';

const engineAccepts = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** Where V8 says the error is, when its message says ("… in JSON at position 12 (line 1 column 13)"). */
const enginePosition = (text: string): number | null => {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    const position = /at position (\d+)/.exec((error as Error).message)?.[1];
    return position === undefined ? null : Number(position);
  }
};

describe('jsonSyntaxError', () => {
  it('finds nothing wrong with JSON', () => {
    for (const text of ['{}', '[]', ' 0 ', '-1.5e+3', '"a\\u00e9\\n"', '{"a":[1,{"b":null}],"c":true}', 'false'])
      expect(jsonSyntaxError(text)).toBeNull();
  });

  it('names the place and the character that breaks it', () => {
    expect(jsonSyntaxError('{\n  "a": 1,\n}')).toEqual({ line: 3, column: 1, found: '}' });
    expect(jsonSyntaxError("{'a': 1}")).toEqual({ line: 1, column: 2, found: "'" });
    expect(jsonSyntaxError('[1, 2] x')).toEqual({ line: 1, column: 8, found: 'x' });
    expect(jsonSyntaxError('{"a" 1}')).toEqual({ line: 1, column: 6, found: '1' });
    expect(jsonSyntaxError('[tru]')).toEqual({ line: 1, column: 5, found: ']' });
    expect(jsonSyntaxError('[01]')).toEqual({ line: 1, column: 3, found: '1' });
    expect(jsonSyntaxError('[1.]')).toEqual({ line: 1, column: 4, found: ']' });
    expect(jsonSyntaxError('"\\x"')).toEqual({ line: 1, column: 3, found: 'x' });
    expect(jsonSyntaxError('"\\u12G4"')).toEqual({ line: 1, column: 6, found: 'G' });
  });

  it('says the text ended when it stops inside a value', () => {
    expect(jsonSyntaxError('{"steps": [')).toEqual({ line: 1, column: 12, found: null });
    expect(jsonSyntaxError('"open')).toEqual({ line: 1, column: 6, found: null });
    expect(jsonSyntaxError('')).toEqual({ line: 1, column: 1, found: null });
  });

  it('finds a line break written raw inside a string, and a whole emoji', () => {
    expect(jsonSyntaxError('{"text": "one\ntwo"}')).toEqual({ line: 1, column: 14, found: '\n' });
    expect(jsonSyntaxError('[😡]')).toEqual({ line: 1, column: 2, found: '😡' });
  });

  it('reads a million nested lists without running out of stack', () => {
    expect(jsonSyntaxError('['.repeat(1_000_000))).toEqual({ line: 1, column: 1_000_001, found: null });
  });

  it('agrees with JSON.parse on what is JSON, and with V8 on where the error is', () => {
    const mutated = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('delete', 'insert'), fc.constantFrom(...'{}[]",:.-+e0\\ \nx'))
      .map(([json, n, how, c]) => {
        const i = json.length ? n % json.length : 0;
        return how === 'delete' ? json.slice(0, i) + json.slice(i + 1) : json.slice(0, i) + c + json.slice(i);
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), mutated, fc.string()), (text) => {
        const found = jsonSyntaxError(text);
        expect(found === null).toBe(engineAccepts(text));
        const position = enginePosition(text);
        if (found && position !== null) {
          const before = text.slice(0, position);
          expect({ line: found.line, column: found.column }).toEqual({
            line: before.split('\n').length,
            column: position - before.lastIndexOf('\n'),
          });
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('parseJson', () => {
  it('gives the value, or the place of the error and the parser’s own words', () => {
    expect(parseJson('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    const refused = parseJson('{"a":}');
    expect(refused).toMatchObject({ ok: false, at: { line: 1, column: 6, found: '}' } });
    expect(refused.ok === false && refused.detail).toMatch(/JSON/);
  });
});

describe('visibleCharacter', () => {
  it('shows a character that can be seen as itself, and any other by its code', () => {
    expect(visibleCharacter('}')).toBe('}');
    expect(visibleCharacter('é')).toBe('é');
    expect(visibleCharacter('\n')).toBe('U+000A');
    expect(visibleCharacter('\u00a0')).toBe('U+00A0');
    expect(visibleCharacter('\ufeff')).toBe('U+FEFF');
  });
});
