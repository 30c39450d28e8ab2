import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { closeAll } from '../notes/helpers';
import { closeRollups } from '../rollup/helpers';
import { BEN, idle, renderInsights, tableRows } from './render';

afterEach(async () => {
  await closeRollups();
  await closeAll();
});

const CHARTS = ['Signal rates by week', 'Steps performed and skipped', 'Top complaint themes', 'Phrase usage'];

describe('the insights page', () => {
  it('draws each chart with an accessible name, its numbers as a table and a CSV', async () => {
    const { user, download } = await renderInsights();
    for (const title of CHARTS) {
      expect(screen.getByRole('img', { name: title })).toBeInTheDocument();
      expect(screen.getByRole('table', { name: `Numbers for “${title}”` })).toBeInTheDocument();
    }
    expect(tableRows('Signal rates by week')).toEqual([
      ['Mar 10, 2025', 'Angry', '1', '2', '50%'],
      ['Mar 10, 2025', 'Churn risk', '1', '2', '50%'],
    ]);
    expect(tableRows('Top complaint themes')).toContainEqual(['refund', 'Tag', '2', 'Show interactions']);
    expect(tableRows('Phrase usage')).toEqual([
      ['Thanks for waiting, {{customer.firstName}}.', 'Core phrases', '2', '0', '2'],
    ]);

    await user.click(screen.getByRole('button', { name: 'Download CSV: Top complaint themes' }));
    const [filename, blob] = download.mock.calls[0]! as [string, Blob];
    expect(filename).toBe('steadyhand-insights-themes.csv');
    expect(await blob.text()).toContain('"refund","Tag","2"');
    // The CSV is for spreadsheets: its weeks are ISO days, whatever the page shows.
    await user.click(screen.getByRole('button', { name: 'Download CSV: Signal rates by week' }));
    expect(await (download.mock.calls[1]![1] as Blob).text()).toContain('"2025-03-10","Angry","1","2","50%"');
  });

  it('names a phrase by its id when its pack is not installed here, or the packs cannot be read', async () => {
    for (const packs of [async () => [], () => Promise.reject(new Error('storage is unavailable'))]) {
      await renderInsights({ packs });
      expect(tableRows('Phrase usage')).toEqual([['acknowledge-wait', 'core', '2', '0', '2']]);
      expect(screen.queryByRole('alert')).toBeNull();
      cleanup();
    }
  });

  it('changes the numbers with the filters', async () => {
    const { user } = await renderInsights();
    await user.selectOptions(screen.getByLabelText('Helpdesk'), 'Intercom');
    expect(screen.getByText('1 conversations in view')).toBeInTheDocument();
    expect(tableRows('Signal rates by week')).toEqual([['Mar 10, 2025', 'Churn risk', '1', '1', '100%']]);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2025-03-17' } });
    expect(screen.getByText('1 conversations in view')).toBeInTheDocument();
    // The summary is for people: its dates as the UI's language writes them.
    expect(screen.getByLabelText<HTMLTextAreaElement>('Summary preview (Markdown)').value).toContain(
      '- Dates: Mar 17, 2025 to any',
    );
    await user.selectOptions(screen.getByLabelText('Tag'), 'billing');
    expect(screen.getByText('1 conversations in view')).toBeInTheDocument();
  });

  it('lists a theme’s interactions, each with its ticket to open', async () => {
    const { user } = await renderInsights();
    await user.click(screen.getByRole('button', { name: 'Show interactions: refund (Tag)' }));
    const list = screen.getByRole('region', { name: 'Interactions with “refund”' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('strong')!.textContent)).toEqual([
      'Where is my refund',
      'Refund still missing',
    ]);
    expect(within(items[1]!).getByRole('link', { name: /^Open ticket/ })).toHaveAttribute(
      'href',
      'https://acme.zendesk.com/agent/tickets/1',
    );
    expect(within(list).getByRole('heading')).toHaveFocus();
  });

  it('adds an agent’s export to the view, filters by agent, and removes it again', async () => {
    const { user, notes } = await renderInsights();
    await user.upload(screen.getByLabelText("Import agents' exports (JSON)"), new File([BEN], 'ben.json'));
    await idle();
    expect(await screen.findByText('5 conversations in view')).toBeInTheDocument();
    expect(screen.getByText('Imported 2 records from ben.json (agent: Ben).')).toHaveAttribute('role', 'status');
    const sources = screen.getByRole('table', { name: 'Imported files' });
    expect(within(sources).getByRole('rowheader', { name: 'ben.json' })).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Agent'), 'Ben');
    expect(screen.getByText('2 conversations in view')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Agent'), 'You');
    expect(screen.getByText('3 conversations in view')).toBeInTheDocument();
    expect(await notes.records.count()).toBe(3);

    await user.selectOptions(screen.getByLabelText('Agent'), 'Ben');
    await user.click(screen.getByRole('button', { name: 'Remove ben.json' }));
    await idle();
    expect(await screen.findByText('3 conversations in view')).toBeInTheDocument();
    expect(screen.getByText('No exports imported.')).toBeInTheDocument();
  });

  it('shows the current view as a Markdown summary and copies it', async () => {
    const { user, copy } = await renderInsights();
    await user.selectOptions(screen.getByLabelText('Tag'), 'refund');
    const preview = screen.getByLabelText<HTMLTextAreaElement>('Summary preview (Markdown)');
    expect(preview.value).toMatch(/^# Steadyhand insights\n\n- Tag: refund\n\n2 conversations in view/);
    expect(preview.value).toContain('| refund | Tag | 2 |');
    await user.click(screen.getByRole('button', { name: 'Copy weekly summary (Markdown)' }));
    expect(copy).toHaveBeenCalledWith(preview.value);
    expect(await screen.findByText('Summary copied.')).toBeInTheDocument();
  });
});
