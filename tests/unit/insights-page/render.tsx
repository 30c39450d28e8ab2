import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, vi } from 'vitest';
import { InsightsView } from '@/entrypoints/insights/components/InsightsView';
import { storeText } from '@/entrypoints/insights/components/labels';
import { createInsightsStore } from '@/entrypoints/insights/store/insights-store';
import { importNotes } from '@/lib/notes';
import { freshDb } from '../notes/helpers';
import type { PhrasePack } from '@/lib/packs';
import { pack } from '../packs/fixtures';
import { exportText, freshRollupDb, record } from '../rollup/helpers';

export const NOW = new Date('2025-03-21T12:00:00.000Z');

/** The lead's own three conversations: two refunds (one on Intercom) and a double charge. */
export const OWN = [
  record({
    ticketId: '1',
    at: '2025-03-10T09:00:00.000Z',
    subject: 'Refund still missing',
    tags: ['refund'],
    complaint: 'refund late',
    signals: ['angry'],
    steps: ['listen', 'empathize'],
    resolved: true,
    phrases: 2,
  }),
  record({
    ticketId: '2',
    helpdesk: 'intercom',
    at: '2025-03-11T09:00:00.000Z',
    subject: 'Where is my refund',
    tags: ['refund'],
    complaint: 'refund late again',
    signals: ['churn-risk'],
  }),
  record({ ticketId: '3', at: '2025-03-18T09:00:00.000Z', tags: ['billing'], complaint: 'charged twice' }),
];

/** Ben's export: the lead's ticket 1 (worked by him too) and one of his own. */
export const BEN = exportText(
  [
    record({ ticketId: '1', at: '2025-03-10T10:00:00.000Z', tags: ['refund'], complaint: 'refund late' }),
    record({ ticketId: '40', at: '2025-03-12T10:00:00.000Z', tags: ['refund'], signals: ['angry'] }),
  ],
  { agent: 'Ben' },
);

/** The pack the records' phrase uses come from, installed in the lead's browser. */
export const CORE = pack({
  id: 'core',
  name: 'Core phrases',
  steps: { listen: [{ id: 'acknowledge-wait', text: 'Thanks for waiting, {{customer.firstName}}.' }] },
});

/** The page on fresh databases, the lead's records imported into the notes one, `packs` installed. */
export async function renderInsights({ packs = async () => [CORE] }: { packs?: () => Promise<PhrasePack[]> } = {}) {
  const notes = freshDb();
  await importNotes(notes, exportText(OWN), NOW);
  const rollup = freshRollupDb();
  const store = createInsightsStore({ notes, rollup, text: storeText, packs, now: () => NOW });
  const download = vi.fn();
  const copy = vi.fn(() => Promise.resolve());
  const user = userEvent.setup();
  render(<InsightsView store={store} download={download} copy={copy} now={() => NOW} />);
  await act(() => store.getState().load());
  await screen.findByText('3 conversations in view');
  return { notes, rollup, store, download, copy, user };
}

/** The body rows of a chart's table, as text cells. */
export function tableRows(chartTitle: string): string[][] {
  const table = screen.getByRole('table', { name: `Numbers for “${chartTitle}”` });
  return [...table.querySelectorAll('tbody tr')].map((tr) =>
    [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''),
  );
}

export async function idle(): Promise<void> {
  await waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull());
}
