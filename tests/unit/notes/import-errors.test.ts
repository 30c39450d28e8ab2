import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { NotesDb } from '@/lib/notes/db';
import { importNotes, parseExport } from '@/lib/notes/import';
import { emptyRecord } from '@/lib/notes/model';
import { saveNotes } from '@/lib/notes/records';
import { closeAll, freshDb, minutes, T0 } from './helpers';

afterEach(closeAll);

const valid = () => ({
  format: 'steadyhand-notes',
  version: 2,
  exportedAt: T0.toISOString(),
  redacted: false,
  records: [
    emptyRecord({ helpdesk: 'zendesk', ticketId: '1' }, T0.toISOString()),
    emptyRecord({ helpdesk: 'intercom', ticketId: '2' }, T0.toISOString()),
  ],
});

const errorsOf = (data: unknown) => {
  const result = parseExport(typeof data === 'string' ? data : JSON.stringify(data));
  return result.ok ? [] : result.errors;
};

describe('import of a bad file', () => {
  it('says plainly when it is not JSON, not an export, or from a newer Steadyhand', () => {
    expect(errorsOf('{"format":')).toEqual([expect.stringMatching(/^Not a JSON file \(line 1, column 11\): /)]);
    expect(errorsOf({ records: [] })).toEqual(['Not a Steadyhand notes export (no "format": "steadyhand-notes").']);
    expect(errorsOf([1, 2])).toEqual(['Not a Steadyhand notes export (no "format": "steadyhand-notes").']);
    expect(errorsOf({ ...valid(), version: 4 })).toEqual([
      expect.stringContaining('newer Steadyhand (format version 4)'),
    ]);
    expect(errorsOf({ ...valid(), version: '2' })).toEqual(['Unknown export format version: "2".']);
  });

  it('lists every problem with where it is', () => {
    const file = valid();
    const [first, second] = file.records as unknown as Array<Record<string, unknown>>;
    (first!.notes as Record<string, unknown>).tags = [42, ''];
    first!.updatedAt = '2025-03-10';
    second!.status = 'closed';
    second!.extra = true;
    second!.id = 'zendesk::2';
    second!.account = 'acme.com';
    expect(errorsOf(file).sort()).toEqual(
      [
        'records[0].notes.tags[0]: expected string',
        'records[0].notes.tags[1]: must not be empty',
        'records[0].updatedAt: expected a time like 2024-05-01T09:30:00.000Z',
        'records[1]: unknown field extra',
        'records[1].account: expected letters, digits, "_" or "-" (at most 64)',
        'records[1].status: expected "open" or "follow-up" or "resolved"',
      ].sort(),
    );
  });

  it('gives each problem as a code with its data too, for the page to word', () => {
    const problemsOf = (data: unknown) => {
      const result = parseExport(JSON.stringify(data));
      return result.ok ? [] : result.problems;
    };
    expect(problemsOf({ ...valid(), version: 4 })).toEqual([{ code: 'newer-version', version: 4 }]);
    const file = valid();
    const [first, second] = file.records as unknown as Array<Record<string, unknown>>;
    first!.status = 'closed';
    second!.extra = true;
    expect(problemsOf(file)).toEqual([
      { code: 'expected-value', path: 'records[0].status', values: ['"open"', '"follow-up"', '"resolved"'] },
      { code: 'unknown-fields', path: 'records[1]', fields: ['extra'] },
    ]);
  });

  it('reports a ticket that appears twice', () => {
    const file = valid();
    file.records.push({ ...file.records[0]! });
    expect(errorsOf(file)).toEqual(['records[2].id: "zendesk::1" is already records[0]']);
  });

  it('reports an id that does not match its ticket once the fields are valid', () => {
    const file = valid();
    file.records[1]!.id = 'zendesk::2';
    expect(errorsOf(file)).toEqual([
      'records[1].id: id must be "<helpdesk>:<account>:<ticketId>" (the account empty when unknown)',
    ]);
  });

  describe('changes nothing, whatever the file holds', () => {
    let db: NotesDb;
    let before: unknown;
    beforeAll(async () => {
      db = freshDb();
      await saveNotes(db, 'zendesk::1', { complaint: 'keep me' }, minutes(1));
      await saveNotes(db, 'zendesk::2', { tags: ['x'] }, minutes(2));
      before = await db.records.toArray();
    });

    // A valid file with one value swapped for junk, somewhere in the envelope or in a record.
    const spoiled = fc
      .record({
        where: fc.constantFrom('envelope', 'record', 'notes'),
        key: fc.constantFrom(
          'format',
          'version',
          'records',
          'id',
          'status',
          'steps',
          'tags',
          'notes',
          'updatedAt',
          'text',
        ),
        value: fc.oneof(fc.jsonValue(), fc.constant(undefined)),
      })
      .map(({ where, key, value }) => {
        const file = valid() as unknown as Record<string, unknown>;
        const record = (file.records as Array<Record<string, unknown>>)[0]!;
        const target =
          where === 'envelope' ? file : where === 'record' ? record : (record.notes as Record<string, unknown>);
        target[key] = value;
        return JSON.stringify(file);
      });

    it('gives an error list and leaves the database as it was', async () => {
      let rejected = 0;
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.string(), fc.json(), spoiled), async (text) => {
          if (parseExport(text).ok) return;
          rejected++;
          const result = await importNotes(db, text);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
          expect(await db.records.toArray()).toEqual(before);
        }),
        { numRuns: 300 },
      );
      expect(rejected).toBeGreaterThan(200);
    });
  });
});
