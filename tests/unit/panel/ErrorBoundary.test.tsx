import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ErrorBoundary } from '@/entrypoints/sidepanel/components/ErrorBoundary';
import { Breakage, expectBreakageReports } from './broken';

/** Fails while `failing.now` is set, like a section whose data is bad until it changes. */
const failing = { now: true };
function Flaky() {
  if (failing.now) throw new Breakage('lookup of customer.firstName failed');
  return <section aria-label="Phrases" />;
}

beforeEach(() => {
  failing.now = true;
  expectBreakageReports();
});

describe('ErrorBoundary', () => {
  it('says in words, in the section’s place, that the section could not be shown', () => {
    render(
      <>
        <ErrorBoundary section="phrases" resetKey="a">
          <Flaky />
        </ErrorBoundary>
        <section aria-label="Checklist" />
      </>,
    );
    const alert = screen.getByRole('alert', { name: 'The phrases could not be shown' });
    expect(alert).toHaveTextContent('The rest of the panel still works.');
    expect(screen.getByRole('region', { name: 'Checklist' })).toBeInTheDocument();
  });

  it('keeps the error text behind a disclosure, for a bug report', async () => {
    render(
      <ErrorBoundary section="phrases" resetKey="a">
        <Flaky />
      </ErrorBoundary>,
    );
    const details = screen.getByLabelText('Error details');
    expect(details).not.toBeVisible();
    await userEvent.click(screen.getByText('Error details, for a bug report'));
    expect(details).toBeVisible();
    expect(details).toHaveTextContent('lookup of customer.firstName failed');
  });

  it('tries the section again on request', async () => {
    render(
      <ErrorBoundary section="phrases" resetKey="a">
        <Flaky />
      </ErrorBoundary>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('alert', { name: 'The phrases could not be shown' })).toBeInTheDocument();
    failing.now = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('region', { name: 'Phrases' })).toBeInTheDocument();
  });

  it('tries again by itself when what it shows changes, and only then', () => {
    const { rerender } = render(
      <ErrorBoundary section="phrases" resetKey="ticket 1, listen">
        <Flaky />
      </ErrorBoundary>,
    );
    failing.now = false;
    rerender(
      <ErrorBoundary section="phrases" resetKey="ticket 1, listen">
        <Flaky />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();
    rerender(
      <ErrorBoundary section="phrases" resetKey="ticket 1, empathize">
        <Flaky />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('region', { name: 'Phrases' })).toBeInTheDocument();
  });

  it('tells the agent what to do when the whole panel fails', () => {
    render(
      <ErrorBoundary section="panel" resetKey="a">
        <Flaky />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert', { name: 'The panel could not be shown' })).toHaveTextContent(
      'close and reopen the panel',
    );
  });
});
