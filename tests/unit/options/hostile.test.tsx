// Pack text is data from strangers: markup, script-looking text, huge strings and odd Unicode must all
// show as the characters they are, wherever a pack's text appears.
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installPack, type PhrasePack } from '@/lib/packs';
import { pack } from '../packs/fixtures';
import { pastePack, renderOptions } from './render';

const MARKUP = '<img src=x onerror="window.hacked=1"><script>window.hacked=1</script>';
const ODD = 'e\u0301\u200B\u202Eevil\u202C 🧨 \uFEFF\u0000'.replace('\u0000', '');
const HUGE = 'W'.repeat(2000);

// What parsePack lets through: it refuses HTML in phrases, but names and descriptions are free text.
const hostile: PhrasePack = pack({
  id: 'hostile',
  name: `${MARKUP} ${ODD}`,
  author: 'javascript:alert(1)',
  description: `${MARKUP}\n{{constructor}} {{__proto__}} ${HUGE.slice(0, 1800)}`,
  steps: {
    listen: [
      { id: 'odd', text: `${ODD} {{__proto__}} a < b > c &lt;b&gt; &amp;` },
      { id: 'huge', text: HUGE },
    ],
  },
});

const expectInert = (root: HTMLElement) => {
  expect(root.querySelector('img, script, iframe, object, embed')).toBeNull();
  expect((window as { hacked?: number }).hacked).toBeUndefined();
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
};

afterEach(() => vi.restoreAllMocks());

describe('hostile pack content', () => {
  it('is plain text in the list, the phrase view and the review', async () => {
    expect((await installPack(hostile, { kind: 'file' })).installed).toBe(true);
    const { user } = await renderOptions();
    const row = screen.getByRole('listitem', { name: (name) => name.startsWith(MARKUP) });
    expect(within(row).getByRole('heading', { level: 3 }).textContent).toBe(`${MARKUP} ${ODD}`);
    expect(row).toHaveTextContent(MARKUP, { normalizeWhitespace: false });
    await user.click(within(row).getByText('Show all 2 phrases'));
    expect(within(row).getByText(/a < b > c &lt;b&gt; &amp;/)).toBeInTheDocument();
    expect(within(row).getByText(HUGE)).toBeInTheDocument();
    expectInert(document.body);

    await pastePack(user, { ...hostile, version: '2.0.0' });
    const review = await screen.findByRole('region', { name: (name) => name.startsWith(`Update “${MARKUP}`) });
    expect(review).toHaveTextContent('from version 1.0.0 to 2.0.0?');
    expectInert(document.body);
  });

  it('is plain text in error messages, even in the names of unknown fields', async () => {
    const { user } = await renderOptions();
    await pastePack(user, JSON.stringify({ ...hostile, [MARKUP]: 1, steps: { [MARKUP]: [] } }));
    const problems = await screen.findByRole('list', { name: 'Problems' });
    expect(problems).toHaveTextContent(`The pack: “${MARKUP}” is an unknown step.`);
    expect(problems).toHaveTextContent(`in the file: steps[${JSON.stringify(MARKUP)}]`);
    expectInert(document.body);
  });

  it('is refused at import when a phrase names a variable after a property every object has', async () => {
    const { user } = await renderOptions();
    const steps = { listen: [{ id: 'a', text: 'Hi {{constructor}} {{ __proto__.polluted }} {{toString}}' }] };
    await pastePack(user, { ...hostile, steps });
    const problems = await screen.findByRole('list', { name: 'Problems' });
    expect(problems).toHaveTextContent(
      'Listen & Acknowledge › Phrase 1: text uses an unknown variable {{constructor}}.',
    );
    expect(problems).toHaveTextContent('Listen & Acknowledge › Phrase 1: text uses an unknown variable {{toString}}.');
    expect(screen.getByRole('alert')).toHaveTextContent('This pack can’t be imported');
    expectInert(document.body);
  });

  it('is plain text in the editor and its preview', async () => {
    const { user } = await renderOptions();
    await user.click(screen.getByRole('button', { name: 'New pack' }));
    await user.click(screen.getByRole('button', { name: 'Add a phrase' }));
    const field = screen.getByLabelText('Phrase 1');
    await user.click(field);
    await user.paste(`${MARKUP} {{customer.firstName}} {{constructor}} {{valueOf}}`);
    expect(screen.getByLabelText('Preview of phrase 1')).toHaveTextContent(
      `${MARKUP} Dana {{constructor}} {{valueOf}}`,
    );
    expect(screen.getByRole('list', { name: 'Problems to fix' })).toHaveTextContent(
      'Listen & Acknowledge › Phrase 1: text must be plain text: remove the HTML "<img src=x onerror="window.hacked=1">"',
    );
    expectInert(document.body);
  });
});
