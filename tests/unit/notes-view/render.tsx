import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, vi } from 'vitest';
import { NotesView } from '@/entrypoints/notes/components/NotesView';
import { downloadBlob } from '@/components/download';
import { recordInteraction, saveNotes, type NotesDb } from '@/lib/notes';
import { conversation, freshDb, guidance, minutes } from '../notes/helpers';

/** Three interactions, oldest first: a Zendesk refund, an Intercom login problem, a Zendesk invoice. */
export async function seed(db: NotesDb) {
  await recordInteraction(db, conversation(), guidance(), {
    at: minutes(0),
    url: 'https://acme.zendesk.com/agent/tickets/4521',
  });
  await saveNotes(db, 'zendesk:acme:4521', { tags: ['refund'], status: 'follow-up' }, minutes(1));
  await recordInteraction(
    db,
    conversation({
      helpdesk: 'intercom',
      account: 'x',
      id: '77',
      subject: 'Cannot log in',
      customer: { name: 'Li Wei', email: null },
    }),
    guidance({ signals: [{ kind: 'churn-risk', messageId: 'c1', evidence: 'I will cancel' }] }),
    { at: minutes(10), url: 'https://app.intercom.com/a/inbox/x/conversation/77' },
  );
  await recordInteraction(
    db,
    conversation({ id: '9000', subject: 'Invoice is wrong', customer: { name: 'Ann Lee', email: null } }),
    guidance({ signals: [] }),
    { at: minutes(20), url: null },
  );
  await saveNotes(db, 'zendesk:acme:9000', { complaint: 'charged twice for March', tags: ['billing'] }, minutes(21));
}

/** The notes page on a fresh fake-indexeddb database, downloading through the real Blob URL path. */
export async function renderNotes({ seeded = true } = {}) {
  const db = freshDb();
  if (seeded) await seed(db);
  const downloads: Array<{ filename: string; blob: Blob }> = [];
  let lastBlob: Blob | null = null;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    lastBlob = blob as Blob;
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ filename: this.download, blob: lastBlob! });
  });
  const user = userEvent.setup();
  render(<NotesView db={db} download={downloadBlob} />);
  await screen.findByText(seeded ? /^Showing/ : /^No interactions yet/);
  // Loaded only once the storage line is there too: a test that starts earlier sees it land mid-test.
  await screen.findByText(/\d records? stored/);
  return { db, user, downloads };
}

/** The headings (subjects) of the listed records, top to bottom. */
export const listed = () =>
  screen
    .queryAllByRole('listitem')
    .flatMap((item) => (item.classList.contains('notes-row') ? [item.querySelector('h3')!.textContent] : []));

/**
 * Waits until no part of the page is loading (`aria-busy`): an action's visible answer can come before
 * the list and the storage line it refreshes, which would otherwise land while the test reads the database.
 */
export async function idle(): Promise<void> {
  await waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull());
}
