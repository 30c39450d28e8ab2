// Demo Intercom long conversation for benchmarks (`?parts=N`), modelled on the same parts as the demo
// conversation (helpdesk-dom.md "part groups and author kind": customer, teammate, note; rendered one row per
// part as helpdesk-dom-2026.md describes). Lines written for the demo: a long-running account thread between
// a studio owner and the support teammate. Not real Intercom data.
import { TEAMMATE, type Author, type Conversation, type GroupCategory } from './conversation';
import { newPart, type Thread } from './thread';
import { minutesAgo } from '../shared/time';

const CUSTOMER_LINES: string[][] = [
  ['Morning! Quick one: did the reprint for the gallery order go out yesterday?'],
  [
    'The last batch arrived, thanks. Two of the frames have a scratch along the bottom edge though.',
    'I have put photos in the shared folder. Can you have a look?',
  ],
  ['Perfect, that works for me.'],
  [
    'I need to move next week’s delivery to Thursday. The studio is closed on Wednesday for a shoot.',
    'Is that still possible, or has it already left the warehouse?',
  ],
  [
    'Honestly I am getting a bit tired of chasing this. Three emails and nobody has told me where the invoice went.',
    'Our accountant needs it by Friday.',
    'Can you just send it here, in this chat?',
  ],
  ['Got it, thank you.'],
  [
    'We are planning a bigger order for the spring exhibition, around forty prints in mixed sizes.',
    'Do you do any volume pricing, and what would the lead time be?',
    'We would need everything framed and delivered by the 20th.',
    'If it helps, I can send the final file list tomorrow.',
  ],
  ['Is there a tracking number for the replacement parcel?'],
  [
    'The courier left a card saying nobody was in, but I was at the studio all afternoon.',
    'Can you ask them to try again tomorrow morning?',
  ],
  ['Thanks for sorting that so quickly, much appreciated.'],
  [
    'The colours on the last proof look washed out compared with the file we sent.',
    'Did something change in the printing profile?',
    'We have a client viewing on Monday, so I would rather catch it now.',
  ],
];

const TEAMMATE_LINES: string[][] = [
  ['Hi Marco, it went out yesterday afternoon. It should be with you tomorrow before noon.'],
  [
    'Thanks for the photos, I can see the scratches clearly.',
    'I have booked replacements for both frames; they ship on Monday, and the courier will collect the damaged ones at the same time.',
  ],
  ['Done! Delivery is now booked for Thursday morning.'],
  [
    'I am sorry you had to chase this. That should not have taken three emails.',
    'I have attached the invoice to your account page and sent a copy to the billing address on file.',
    'If your accountant needs it in another format, tell me and I will make it happen today.',
  ],
  ['Here is the tracking number: RS-20914-IT. It updates a few hours after collection.'],
  [
    'Great news about the exhibition!',
    'For forty prints we can offer 12% off, and the lead time for framed work is about ten working days.',
    'Send the file list when it is ready and I will confirm the dates.',
    'I will keep this conversation open so we have everything in one place.',
  ],
  ['I have asked the courier for a second attempt tomorrow between 9 and 12.'],
  [
    'You are right, the proof is off. Our print team updated a profile on Tuesday and it was applied to your files by mistake.',
    'They are reprinting the proof with your usual settings today.',
  ],
  ['You are welcome! Anything else I can help with?'],
  ['Let me check that with the warehouse and get back to you within the hour.'],
];

const NOTE_LINES: string[][] = [
  ['Long-standing account, usually orders before each exhibition. Worth keeping the same teammate on it.'],
  [
    'Checked with the warehouse: the Thursday slot is confirmed.',
    'Flagging in case the courier changes the route again.',
  ],
  ['Invoice had gone to an old billing address. Updated it on the account.'],
  [
    'Print team confirms the wrong profile was applied on Tuesday. Three other orders affected, they are contacting those customers.',
    'Offer a discount on the next order if the reprint is late.',
  ],
];

/** Every ninth part is an internal note; the rest alternate customer and teammate. */
function categoryAt(index: number): GroupCategory {
  if (index % 9 === 8) return '4';
  return index % 2 === 0 ? '1' : '3';
}

/** Walks each list with a stride coprime to its length, so every line is used and neighbours rarely repeat. */
function linesAt(category: GroupCategory, index: number): string[] {
  const pick = (lines: string[][], ordinal: number, stride: number) => lines[(ordinal * stride) % lines.length] ?? [];
  if (category === '4') return pick(NOTE_LINES, Math.floor(index / 9), 3);
  return category === '1'
    ? pick(CUSTOMER_LINES, Math.floor(index / 2), 7)
    : pick(TEAMMATE_LINES, Math.floor(index / 2), 3);
}

/** `conversation`'s customer and teammate exchanging `count` parts, three minutes apart, the last one a minute ago. */
export function longThread(conversation: Conversation, count: number, now: Date): Thread {
  const customer: Author = { name: conversation.customer.name, kind: 'user' };
  const parts = Array.from({ length: count }, (_, index) => {
    const category = categoryAt(index);
    const author = category === '1' ? customer : TEAMMATE;
    return newPart(category, author, [...linesAt(category, index)], minutesAgo((count - index - 1) * 3 + 1, now));
  });
  return { conversation, parts };
}
