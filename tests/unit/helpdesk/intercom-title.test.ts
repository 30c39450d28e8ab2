// The conversation's title on saved Intercom pages: the header shows the title when the conversation has one
// and the customer's name when it has none (lib/helpdesk/intercom/title.ts); the notes record tells them apart.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { readConversation } from '@/lib/helpdesk';
import { intercomHeader } from '@/lib/helpdesk/intercom/title';
import { recordInteraction } from '@/lib/notes/records';
import { closeAll, freshDb, guidance } from '../notes/helpers';
import { load } from './load';

afterEach(closeAll);

function read(name: string) {
  const { doc, url } = load(name);
  const result = readConversation(doc, url);
  if (!result.ok) throw new Error(`${name} should read`);
  return { conversation: result.conversation, url };
}

describe('the Intercom conversation title', () => {
  it('is the header when the stream names the customer otherwise', async () => {
    const { conversation, url } = read('intercom/2026-conversation-title.html');
    expect(intercomHeader(conversation)).toEqual({ title: 'Charged after cancelling', customerName: 'Noor Haddad' });
    const record = await recordInteraction(freshDb(), conversation, guidance({ completed: [], signals: [] }), { url });
    expect(record).toMatchObject({
      subject: 'Charged after cancelling',
      customerName: 'Noor Haddad',
      opening: 'I cancelled my subscription on the 2nd and you still took €49…',
    });
  });

  it.each(['intercom/2026-shadow-root.html', 'intercom/inbox2-conversation.html', 'intercom/inbox-2-renamed.html'])(
    'is none where the header is the customer’s name (%s): the record shows the opening words instead',
    async (name) => {
      const { conversation, url } = read(name);
      const { title, customerName } = intercomHeader(conversation);
      expect(title).toBeNull();
      expect(customerName).toBe(conversation.customer.name);
      const record = await recordInteraction(freshDb(), conversation, guidance({ completed: [], signals: [] }), {
        url,
      });
      expect(record.subject).toBeNull();
      expect(record.opening).toMatch(/\S/);
    },
  );
});
