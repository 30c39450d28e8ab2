import { afterEach, describe, expect, it } from 'vitest';
import { exportNotes, importNotes, parseExport } from '@/lib/notes';
import { exportAgentName, readAgentName, writeAgentName } from '@/lib/notes/agent-name';
import { closeAll, freshDb } from '../notes/helpers';
import { exportText, record } from './helpers';

const NOW = new Date('2025-03-21T12:00:00.000Z');
const one = record({ ticketId: '7', at: '2025-03-10T09:00:00.000Z' });

afterEach(closeAll);

describe('the export’s agent name', () => {
  it('is written to a JSON export when set, and read back by the import', async () => {
    const db = freshDb();
    await importNotes(db, exportText([one]), NOW);
    const { blob } = await exportNotes(db, { selection: { kind: 'all' }, format: 'json', agent: ' Ana ', now: NOW });
    const text = await blob.text();
    expect(JSON.parse(text)).toMatchObject({ agent: 'Ana' });
    expect(parseExport(text, NOW)).toMatchObject({ ok: true, agent: 'Ana', redacted: false });
  });

  it('is left out when not set, and the file imports as before', async () => {
    const db = freshDb();
    await importNotes(db, exportText([one]), NOW);
    const { blob } = await exportNotes(db, { selection: { kind: 'all' }, format: 'json', agent: null, now: NOW });
    const text = await blob.text();
    expect(JSON.parse(text)).not.toHaveProperty('agent');
    expect(parseExport(text, NOW)).toMatchObject({ ok: true, agent: null });
  });

  it.each([
    ['with', { agent: 'Ana' }],
    ['with a null', { agent: null }],
    ['without', {}],
  ])('lets the notes import take a file %s agent name', async (_, options) => {
    const result = await importNotes(freshDb(), exportText([one], options), NOW);
    expect(result).toMatchObject({ ok: true, added: 1 });
  });

  it('refuses an agent name that is not text', async () => {
    const text = exportText([one]).replace('"records"', '"agent":42,"records"');
    expect(await importNotes(freshDb(), text, NOW)).toMatchObject({ ok: false });
  });

  it('is stored once, trimmed; a blank clears it and anything else stored reads as not set', async () => {
    expect(await readAgentName()).toBeNull();
    expect(await writeAgentName('  Ana Ruiz ')).toBe('Ana Ruiz');
    expect(await readAgentName()).toBe('Ana Ruiz');
    expect(await writeAgentName('   ')).toBeNull();
    expect(await readAgentName()).toBeNull();
    await exportAgentName.setValue(42 as unknown as string);
    expect(await readAgentName()).toBeNull();
  });
});
