// Every problem of the pack in the editor beside its field, in words, and a summary that leads to each.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderOptions } from './render';

const problems = () => within(screen.getByRole('complementary', { name: 'Checks' }));

describe('problems at their fields', () => {
  it('marks the field and describes it in words, never by its JSON path', async () => {
    const { user } = await renderOptions();
    await user.click(screen.getByRole('button', { name: 'New pack' }));
    await user.click(screen.getByRole('button', { name: 'Add a phrase' }));
    await user.click(screen.getByRole('button', { name: 'Add a phrase' }));
    await user.type(screen.getByLabelText('Phrase 1'), 'Hello');

    const text = screen.getByLabelText('Phrase 2');
    expect(text).toHaveAttribute('aria-invalid', 'true');
    expect(text).toHaveAccessibleDescription('text is empty');
    expect(screen.getByLabelText('Phrase 1')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Author')).toHaveAccessibleDescription('author is empty');
    // A hint stays part of the description, beside the problem.
    await user.clear(screen.getByLabelText('Version'));
    expect(screen.getByLabelText('Version')).toHaveAccessibleDescription(
      'Raise it with every change you hand out (1.0.0 → 1.0.1). version must be a version like "1.2.0" (major.minor.patch)',
    );

    const summary = problems().getByRole('list', { name: 'Problems to fix' });
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'About this pack: version must be a version like "1.2.0" (major.minor.patch)',
      'About this pack: author is empty',
      'Listen & Acknowledge › Phrase 2: text is empty',
    ]);
    expect(screen.getByRole('complementary', { name: 'Checks' })).not.toHaveTextContent('steps.');
  });

  it('leads from the summary to the field, in whichever step it is', async () => {
    const { user } = await renderOptions();
    await user.click(screen.getByRole('button', { name: 'New pack' }));
    await user.click(screen.getByRole('button', { name: 'Clarify & Confirm (0)' }));
    await user.click(screen.getByRole('button', { name: 'Add a phrase' }));
    await user.click(screen.getByText('Behaviour variants (0)'));
    await user.click(screen.getByLabelText('For an angry customer 1'));
    await user.paste('Hi {{customer.nmae}}');
    await user.click(screen.getByRole('button', { name: 'Listen & Acknowledge (0)' }));

    await user.click(problems().getByRole('link', { name: 'Clarify & Confirm › Phrase 1: text is empty' }));
    expect(screen.getByLabelText('Phrase 1')).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Clarify & Confirm (1)' })).toHaveAttribute('aria-pressed', 'true');

    const variant = problems().getByRole('link', {
      name: /^Clarify & Confirm › Phrase 1: angry variant uses an unknown/,
    });
    expect(variant).toHaveTextContent(
      'angry variant uses an unknown variable {{customer.nmae}}. Did you mean {{customer.name}}?',
    );
    await user.click(variant);
    expect(screen.getByLabelText('For an angry customer 1')).toHaveFocus();
    expect(screen.getByLabelText('For an angry customer 1')).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows warnings at their field too, without marking it invalid', async () => {
    const { user } = await renderOptions();
    await user.click(screen.getByRole('button', { name: 'New pack' }));
    await user.click(screen.getByRole('button', { name: 'Add a phrase' }));
    await user.click(screen.getByRole('button', { name: 'Add a phrase' }));
    await user.clear(screen.getByLabelText('Phrase id 2'));
    await user.type(screen.getByLabelText('Phrase id 2'), 'listen-1');
    const id = screen.getByLabelText('Phrase id 2');
    expect(id).not.toHaveAttribute('aria-invalid');
    expect(id).toHaveAccessibleDescription('The id “listen-1” is used more than once; each phrase needs its own.');
    await user.click(problems().getByRole('link', { name: /^Listen & Acknowledge › Phrase 2: The id/ }));
    expect(id).toHaveFocus();
  });
});
