// The case note buttons under the quick notes: into the internal note through the phrases' path, refused while
// the editor writes a public reply, or copied as plain text; what became of it on the panel's status line.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Messaging from '@/lib/messaging';
import { emptyRecord } from '@/lib/notes/model';
import { toRow } from '@/lib/notes/schema';
import { installI18n } from '../support/i18n';

const messaging = vi.hoisted(() => ({ sendToTab: vi.fn(), sendMessage: vi.fn() }));
vi.mock('@/lib/messaging', async (importOriginal) => ({
  ...(await importOriginal<typeof Messaging>()),
  ...messaging,
}));

const { QuickNotes } = await import('@/entrypoints/sidepanel/components/notes/QuickNotes');
const { notesDb } = await import('@/entrypoints/sidepanel/notes-db');
const { panelStore } = await import('@/entrypoints/sidepanel/store');

const ID = 'zendesk:acme:4211';
const DRAFT = { complaint: 'Double charge', solution: 'Refund', outcome: '', followUpDate: '2026-12-10' };

function showNotes() {
  render(<QuickNotes draft={DRAFT} saveState={{ kind: 'idle' }} notesUrl="notes.html" onEdit={() => undefined} />);
}

const statusMessage = () => panelStore.getState().status?.message;

beforeEach(async () => {
  messaging.sendToTab.mockReset();
  messaging.sendMessage.mockReset().mockResolvedValue(null);
  await notesDb().records.clear();
  // The stored record has the steps; the fields on screen are newer than the stored ones.
  const record = emptyRecord({ helpdesk: 'zendesk', account: 'acme', ticketId: '4211' }, '2026-12-03T14:00:00.000Z');
  await notesDb().records.put(
    toRow({
      ...record,
      steps: [{ step: 'listen', at: '2026-12-03T14:32:00.000Z', messageId: null, evidence: null }],
      notes: { ...record.notes, complaint: 'old words' },
    }),
  );
  panelStore.setState({ tabId: 7, notesFor: ID, draft: DRAFT, status: null });
});

describe('CaseNoteActions', () => {
  it('asks the agent to switch to Internal note when the editor writes a public reply', async () => {
    messaging.sendToTab.mockResolvedValue({ ok: false, reason: 'not-internal-note' });
    showNotes();
    await userEvent.click(screen.getByRole('button', { name: 'Add case note to internal note' }));
    await waitFor(() =>
      expect(statusMessage()).toBe('Switch the reply editor to Internal note first, then try again.'),
    );
    expect(panelStore.getState().status?.tone).toBe('error');
    const [tabId, type, data] = messaging.sendToTab.mock.calls[0]! as [number, string, { text: string; into: string }];
    expect([tabId, type, data.into]).toEqual([7, 'composer:insert', 'internal-note']);
    expect(data.text).toContain('Complaint: Double charge');
    expect(data.text).not.toContain('old words');
    expect(data.text).toMatch(/- Listen & Acknowledge — \d\d:32/);
  });

  it('says so when the note went into the internal note', async () => {
    messaging.sendToTab.mockResolvedValue({ ok: true, route: 'bridge' });
    showNotes();
    await userEvent.click(screen.getByRole('button', { name: 'Add case note to internal note' }));
    await waitFor(() => expect(statusMessage()).toMatch(/^Case note added to the internal note/));
  });

  it('says it cannot tell the editor’s mode, and names other refusals', async () => {
    messaging.sendToTab.mockResolvedValueOnce({ ok: false, reason: 'mode-unknown' });
    showNotes();
    const insert = screen.getByRole('button', { name: 'Add case note to internal note' });
    await userEvent.click(insert);
    await waitFor(() => expect(statusMessage()).toMatch(/can’t tell whether the reply editor is on Internal note/));
    messaging.sendToTab.mockResolvedValueOnce({ ok: false, reason: 'composer-not-found' });
    await waitFor(() => expect(insert).toBeEnabled());
    await userEvent.click(insert);
    await waitFor(() => expect(statusMessage()).toBe('Could not add the case note: composer-not-found'));
  });

  it('copies the case note as plain text', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    showNotes();
    await userEvent.click(screen.getByRole('button', { name: 'Copy case note' }));
    await waitFor(() => expect(statusMessage()).toBe('Case note copied as plain text.'));
    const text = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(text.split('\n').slice(0, 5)).toEqual([
      'Case note',
      'Complaint: Double charge',
      'Solution offered: Refund',
      'Outcome: —',
      // The UI's locale: the test browser's language is en-US.
      'Follow-up: Thursday, December 10, 2026',
    ]);
    expect(messaging.sendToTab).not.toHaveBeenCalled();
  });

  it('writes the note in the UI’s language, its dates as the browser’s region does', async () => {
    installI18n('es');
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('es-ES');
    try {
      const writeText = vi.fn(async () => undefined);
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
      showNotes();
      await userEvent.click(screen.getByRole('button', { name: 'Copiar la nota del caso' }));
      await waitFor(() => expect(writeText).toHaveBeenCalled());
      const text = (writeText.mock.calls[0] as unknown as [string])[0];
      expect(text.split('\n')).toEqual([
        'Nota del caso',
        'Queja: Double charge',
        'Solución ofrecida: Refund',
        'Resultado: —',
        'Seguimiento: jueves, 10 de diciembre de 2026',
        'Pasos realizados:',
        expect.stringMatching(/^- .+ — \d\d:32$/),
        'Frases usadas: 0',
      ]);
    } finally {
      vi.restoreAllMocks();
      installI18n();
    }
  });

  it('offers nothing to insert until the panel knows the tab', () => {
    panelStore.setState({ tabId: null });
    showNotes();
    expect(screen.getByRole('button', { name: 'Add case note to internal note' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Copy case note' })).toBeEnabled();
  });
});
