// For every schema version: a database built with that version's schema and filled with the rows of its
// fixture, opened by the current code, must hold every row upgraded with nothing lost.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SignalKind } from '@/lib/framework/guidance';
import { declareVersions, NotesDb } from '@/lib/notes/db';
import { InteractionRecord } from '@/lib/notes/model';
import { listRecords } from '@/lib/notes/query';
import {
  CURRENT_VERSION,
  type Row,
  toRecord,
  upgradeV1,
  upgradeV2,
  upgradeV3,
  type V1Row,
  type V2Row,
  type V3Row,
  VERSIONS,
} from '@/lib/notes/schema';
import { searchWords } from '@/lib/notes/words';

const FIXTURES = join(__dirname, '../../fixtures/notes');

interface Fixture {
  version: number;
  source: string;
  rows: unknown[];
}
const fixture = (version: number): Fixture => JSON.parse(readFileSync(join(FIXTURES, `v${version}.json`), 'utf8'));

/**
 * Each version's view of a current row: what that version stored. An upgrade loses nothing if projecting the
 * upgraded rows back gives the fixture's rows exactly. A new version adds its projection here (and adapts
 * the older ones if it changes the fields they read).
 */
const toV3 = (row: Row): V3Row => {
  const { opening: _opening, ...rest } = row;
  return { ...rest, phrases: row.phrases.map(({ text: _text, ...use }) => use) };
};
const toV2 = (row: Row): V2Row => {
  const { account: _account, ...rest } = toV3(row);
  return { ...rest, id: `${row.helpdesk}:${row.ticketId}` };
};
const PROJECTIONS: Record<number, (row: Row) => { id: string }> = {
  1: (row): V1Row => {
    const { seenAt: _seenAt, editedAt: _editedAt, words: _words, signalKinds: _kinds, ...rest } = toV2(row);
    return { ...rest, steps: rest.steps.map(({ evidence: _evidence, ...step }) => step) };
  },
  2: toV2,
  3: toV3,
  4: (row) => row,
};

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** A database as a browser holds it after running the version `version` of Steadyhand. */
async function databaseAt(version: number, rows: unknown[]): Promise<string> {
  const name = `notes-migration-v${version}-${Date.now()}`;
  const old = new Dexie(name);
  declareVersions(old, VERSIONS.findIndex((v) => v.version === version) + 1);
  await old.table('records').bulkAdd(rows);
  expect(old.verno).toBe(version);
  old.close();
  return name;
}

describe('notes schema migrations', () => {
  it('has a fixture and a projection for every version, and the versions count up one by one', () => {
    const files = readdirSync(FIXTURES).filter((f) => /^v\d+\.json$/.test(f));
    expect(VERSIONS.map((v) => v.version)).toEqual(VERSIONS.map((_, i) => i + 1));
    expect(files.sort()).toEqual(VERSIONS.map((v) => `v${v.version}.json`).sort());
    expect(Object.keys(PROJECTIONS).map(Number)).toEqual(VERSIONS.map((v) => v.version));
    for (const v of VERSIONS.slice(1)) expect(v.upgrade, `v${v.version} upgrade`).toBeTypeOf('function');
  });

  it.each(VERSIONS.map((v) => v.version))('upgrades a v%i database with nothing lost', async (version) => {
    const { rows, version: declared } = fixture(version);
    expect(declared).toBe(version);
    const name = await databaseAt(version, rows);
    const db = new NotesDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);

    const upgraded = await db.records.orderBy(':id').toArray();
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect(upgraded.map(PROJECTIONS[version]!).sort(byId)).toEqual([...(rows as Row[])].sort(byId));
    for (const row of upgraded) {
      expect(InteractionRecord.safeParse(toRecord(row)).success, row.id).toBe(true);
      // What no version before v4 read is stored as not recorded: null, never absent.
      if (version < 4) expect([row.opening, ...row.phrases.map((p) => p.text)].every((v) => v === null)).toBe(true);
      expect(row.words).toEqual(searchWords(toRecord(row)));
      expect(row.signalKinds).toEqual([...new Set(row.signals.map((s) => s.kind))]);
    }
    // The indexes of the current schema answer for the upgraded rows.
    const all = await listRecords(db, {}, { limit: 1000 });
    expect(all.total).toBe(rows.length);
    for (const kind of SignalKind.options) {
      const expected = upgraded.filter((row) => row.signals.some((s) => s.kind === kind)).map((row) => row.id);
      expect(await db.records.where('signalKinds').equals(kind).primaryKeys(), kind).toEqual(expected);
    }
    for (const tag of new Set(upgraded.flatMap((row) => row.notes.tags))) {
      const expected = upgraded.filter((row) => row.notes.tags.includes(tag)).map((row) => row.id);
      expect(await db.records.where('notes.tags').equals(tag).primaryKeys(), tag).toEqual(expected);
    }
    const first = upgraded.find((row) => row.words.length > 1)!;
    expect((await listRecords(db, { text: first.words[1] })).records.map((r) => r.id)).toContain(first.id);
  });

  it('counts a v1 field as edited when the record last changed, only if the agent had filled it', () => {
    const rows = fixture(1).rows as V1Row[];
    const full = upgradeV1(rows.find((r) => r.id === 'zendesk:4521')!);
    expect(full.editedAt).toEqual({
      status: '2025-01-20T09:40:12.345Z',
      complaint: '2025-01-20T09:40:12.345Z',
      solution: '2025-01-20T09:40:12.345Z',
      outcome: '2025-01-20T09:40:12.345Z',
      followUpDate: null,
      tags: '2025-01-20T09:40:12.345Z',
      text: '2025-01-20T09:40:12.345Z',
    });
    expect(full.seenAt).toBe('2025-01-20T09:40:12.345Z');
    const empty = upgradeV1(rows.find((r) => r.id === 'zendesk:4600')!);
    expect(empty.seenAt).toBeNull();
    expect(empty.editedAt.status).toBeNull();
  });

  it('keys every v1 and v2 record by the account its link names, or by none when it has no link', async () => {
    const ids: string[] = [];
    for (const version of [1, 2]) {
      const db = new NotesDb(await databaseAt(version, fixture(version).rows));
      opened.push(db);
      ids.push(...(await db.records.orderBy(':id').primaryKeys()));
    }
    expect(ids.sort()).toEqual(
      [
        'intercom:abc123:215908374',
        'zendesk:acme:4521',
        'zendesk:acme:4522',
        'zendesk::4600',
        'intercom:abc123:88112',
        'zendesk:acme:7001',
        'zendesk::7002',
      ].sort(),
    );
  });

  it('stores a v3 record’s opening words and phrase texts as not recorded, search words unchanged', () => {
    const row = (fixture(3).rows as V3Row[]).find((r) => r.phrases.length > 0)!;
    const upgraded = upgradeV3(row);
    expect(upgraded).toEqual({ ...row, opening: null, phrases: row.phrases.map((p) => ({ ...p, text: null })) });
    expect(upgraded.words).toEqual(row.words);
  });

  it('keeps a v2 record whose link is not its ticket’s page, without the link and under no account', () => {
    const row = (fixture(2).rows as V2Row[]).find((r) => r.id === 'zendesk:7001')!;
    for (const url of ['https://evil.example/agent/tickets/7001', 'https://acme.zendesk.com/agent/tickets/7002']) {
      const upgraded = upgradeV2({ ...row, url });
      expect(upgraded).toEqual({ ...row, id: 'zendesk::7001', account: null, url: null });
    }
  });

  it('re-keys every row even when a new id is an old one (a ticket id with a colon), in batches', async () => {
    const [template] = fixture(2).rows as V2Row[];
    const row = (ticketId: string, url: string | null): V2Row => ({
      ...template!,
      id: `intercom:${ticketId}`,
      ticketId,
      url,
      notes: { ...template!.notes, text: `note ${ticketId}` },
    });
    // Old "intercom:215:9" is ticket "215:9"; ticket "9" of workspace 215 becomes that same id.
    const rows = [
      row('215:9', null),
      row('9', 'https://app.intercom.com/a/inbox/215/inbox/conversation/9'),
      ...Array.from({ length: 1200 }, (_, i) => row(String(1000 + i), null)),
    ];
    const db = new NotesDb(await databaseAt(2, rows));
    opened.push(db);
    const upgraded = new Map((await db.records.toArray()).map((r) => [r.id, r]));
    expect(upgraded.size).toBe(rows.length);
    expect(upgraded.get('intercom::215:9')?.notes.text).toBe('note 215:9');
    expect(upgraded.get('intercom:215:9')?.notes.text).toBe('note 9');
    for (let i = 0; i < 1200; i++) expect(upgraded.get(`intercom::${1000 + i}`)?.notes.text).toBe(`note ${1000 + i}`);
  });
});
