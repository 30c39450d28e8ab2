import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installPack } from '@/lib/packs';
import { pack } from '../packs/fixtures';
import { listedPacks, renderOptions } from './render';

type User = Awaited<ReturnType<typeof renderOptions>>['user'];

async function typeInto(user: User, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

describe('pack editor', () => {
  it('writes a pack from scratch: preview, warnings, problems, then save and install', async () => {
    const { user } = await renderOptions();
    await user.click(screen.getByRole('button', { name: 'New pack' }));
    expect(screen.getByRole('heading', { name: 'Editing “My team’s phrases”' })).toBeInTheDocument();
    const checks = screen.getByRole('complementary', { name: 'Checks' });
    expect(within(checks).getByRole('list', { name: 'Problems to fix' })).toHaveTextContent(
      'About this pack: author is empty',
    );
    expect(within(checks).getByRole('button', { name: 'Save pack' })).toBeDisabled();

    await typeInto(user, screen.getByLabelText('Author'), 'Acme training team');
    await user.click(screen.getByRole('button', { name: 'Add a phrase' }));
    await typeInto(user, screen.getByLabelText('Phrase 1'), 'Hi {{customer.firstName}}, about {{ticket.subjct}}.');

    expect(screen.getByLabelText('Preview of phrase 1')).toHaveTextContent('Hi Dana, about {{ticket.subjct}}.');
    expect(within(checks).getByRole('list', { name: 'Problems to fix' })).toHaveTextContent(
      'Listen & Acknowledge › Phrase 1: text uses an unknown variable {{ticket.subjct}}. Did you mean {{ticket.subject}}?',
    );
    expect(within(checks).getByRole('button', { name: 'Save pack' })).toBeDisabled();
    await typeInto(user, screen.getByLabelText('Phrase 1'), 'Hi {{customer.firstName}}, about {{ticket.subject}}.');
    expect(within(checks).getByRole('list', { name: 'Warnings' })).toHaveTextContent(
      'Set a boundary: has no phrases yet',
    );
    expect(within(checks).getByText('Ready to save.')).toBeInTheDocument();

    await user.click(within(checks).getByRole('button', { name: 'Save pack' }));
    const review = await screen.findByRole('region', { name: 'Install “My team’s phrases” version 1.0.0?' });
    expect(review).toHaveTextContent('From: the editor');
    await user.click(within(review).getByRole('button', { name: 'Install' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Installed “My team’s phrases” version 1.0.0.');
    expect(listedPacks()[0]).toBe('My team’s phrases');
  });

  it('edits phrases step by step, with behaviour variants and tags', async () => {
    const { user, store } = await renderOptions();
    await user.click(screen.getByRole('button', { name: 'New pack' }));
    await user.click(screen.getByRole('button', { name: 'Clarify & Confirm (0)' }));
    expect(screen.getByRole('button', { name: 'Clarify & Confirm (0)' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Add a phrase' }));
    await typeInto(user, screen.getByLabelText('Phrase 1'), 'Which plan are you on?');
    await user.type(screen.getByLabelText('Tags 1'), 'billing, plans');
    await user.click(screen.getByText('Behaviour variants (0)'));
    await typeInto(user, screen.getByLabelText('For an indecisive customer 1'), 'Is it the monthly or yearly plan?');
    await user.click(screen.getByRole('button', { name: 'Add a phrase' }));
    await user.click(screen.getByRole('button', { name: 'Remove phrase 2' }));
    expect(store.getState().draft!.steps.clarify).toEqual([
      {
        id: 'clarify-1',
        text: 'Which plan are you on?',
        tags: ['billing', 'plans'],
        variants: { indecisive: 'Is it the monthly or yearly plan?' },
      },
    ]);
    expect(screen.getByRole('button', { name: 'Clarify & Confirm (1)' })).toBeInTheDocument();
  });

  it('flags duplicate ids', async () => {
    const { user } = await renderOptions();
    await user.click(screen.getByRole('button', { name: 'New pack' }));
    await user.click(screen.getByRole('button', { name: 'Add a phrase' }));
    await user.click(screen.getByRole('button', { name: 'Add a phrase' }));
    await typeInto(user, screen.getByLabelText('Phrase id 2'), 'listen-1');
    expect(screen.getByRole('list', { name: 'Warnings' })).toHaveTextContent(
      'Listen & Acknowledge › Phrase 2: The id “listen-1” is used more than once; each phrase needs its own.',
    );
  });

  it('copies a built-in pack under a new id, since built-ins cannot change', async () => {
    const { user, store } = await renderOptions();
    await user.click(screen.getByRole('button', { name: 'Copy to editor: Steadyhand essentials (English)' }));
    expect(screen.getByLabelText('Id')).toHaveValue('steadyhand-en-copy');
    expect(screen.getByLabelText('Name')).toHaveValue('Steadyhand essentials (English) (copy)');
    expect(screen.getByRole('button', { name: 'Listen & Acknowledge (7)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Export file' }));
    expect(store.getState().notice).toBe('Saved steadyhand-en-copy-1.0.0.json.');
  });

  it('saves an edited pack as an update once the version is raised', async () => {
    await installPack(pack(), { kind: 'file' });
    const { user } = await renderOptions();
    await user.click(screen.getByRole('button', { name: 'Edit: Acme support' }));
    await user.click(screen.getByRole('button', { name: 'Next version' }));
    expect(screen.getByLabelText('Version')).toHaveValue('1.0.1');
    await typeInto(user, screen.getByLabelText('Phrase 1'), 'I hear you.');
    await user.click(screen.getByRole('button', { name: 'Save pack' }));
    const review = await screen.findByRole('region', { name: 'Update “Acme support” from version 1.0.0 to 1.0.1?' });
    expect(review).toHaveTextContent('Listen & Acknowledge: 1 reworded (listen-hear)');
    await user.click(within(review).getByRole('button', { name: 'Update' }));
    expect(await screen.findByRole('heading', { name: 'Installed packs' })).toBeInTheDocument();
    expect(screen.getByRole('listitem', { name: 'Acme support' })).toHaveTextContent('version 1.0.1');
  });

  it('closes without saving', async () => {
    const { user } = await renderOptions();
    await user.click(screen.getByRole('button', { name: 'New pack' }));
    await user.click(screen.getByRole('button', { name: 'Close editor' }));
    expect(listedPacks()).toHaveLength(2);
  });
});
