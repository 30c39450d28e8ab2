import { readConversation } from '@/lib/helpdesk';
import { inlineText, normalizeLines } from '@/lib/helpdesk/text';
import { parse } from './load';

const URL = 'https://acme.zendesk.com/agent/tickets/1';

/** The text of one Zendesk message whose body is `body` (fixture-style markup, ours). */
function textOf(body: string, extra = ''): string {
  const doc = parse(`<div data-test-id="ticket-1-standard-layout" data-is-active="true">
    <div data-test-id="omni-log-container"><article data-test-id="omni-log-comment-item">
      <div data-test-id="omni-log-item-message" type="end-user">
        <div data-test-id="omni-log-item-sender">Sam</div>
        <div data-test-id="omni-log-message-content">${body}</div>${extra}
      </div></article></div></div>`);
  const r = readConversation(doc, URL);
  if (!r.ok) throw new Error(`unreadable: ${r.missing.join()}`);
  return r.conversation.messages[0]!.text;
}

describe('message text as a reader sees it', () => {
  test('block elements and <br> end lines; empty lines are dropped', () => {
    expect(textOf('<p>one</p><p></p><div>two<br>three<br><br></div><h2>four</h2>')).toBe('one\ntwo\nthree\nfour');
  });

  test('white space collapses, lines are trimmed, source line breaks are spaces', () => {
    expect(textOf('<p>  a \t b\n   c&nbsp;&nbsp;d  </p>')).toBe('a b c d');
  });

  test('inline elements join without adding spaces', () => {
    expect(textOf('<p>un<b>believ</b><i>able</i> <a href="#">link</a></p>')).toBe('unbelievable link');
  });

  test('lists, tables, quotes and <pre>', () => {
    expect(textOf('<ul><li>a</li><li>b</li></ul><table><tr><td>x</td><td>y</td></tr></table><pre>p1\n  p2</pre>')).toBe(
      'a\nb\nx y\np1\np2',
    );
  });

  test('markup written as text stays literal text', () => {
    const hostile = '&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; &amp;amp;';
    expect(textOf(`<p>${hostile}</p>`)).toBe('<script>alert(1)</script> <img src=x onerror=alert(1)> &amp;');
  });

  test('scripts, styles, templates, hidden nodes, buttons and images are not text', () => {
    expect(
      textOf(
        '<p>kept</p><script>bad()</script><style>p{}</style><template>t</template><span hidden>h</span>' +
          '<button>Reply</button><img alt="alt text" src="x" onerror="bad()"><svg><title>icon</title></svg>',
      ),
    ).toBe('kept');
  });

  test('sender, "via", timestamps, envelope, attachments, read receipts and note tags are excluded', () => {
    const body =
      '<div data-test-id="ticket-conversation-event-message-envelope-container">From: a@b.c</div>' +
      '<p>body</p><span data-test-id="omni-log-item-via">via email</span>' +
      '<time data-test-id="timestamp-relative" datetime="2025-01-01T00:00:00Z">yesterday</time>' +
      '<a class="attachment" href="/attachments/token/t/?name=f.pdf">f.pdf</a>' +
      '<span data-test-id="convo-log-item-read-indicator">Read</span>' +
      '<span data-test-id="omni-log-internal-note-tag">Internal note</span>';
    expect(textOf(body)).toBe('body');
  });

  test('an empty body is an empty string', () => {
    expect(textOf('<p>  </p>')).toBe('');
  });

  test('normalizeLines and inlineText', () => {
    expect(normalizeLines('  a  \n\n \t\n b   c ')).toBe('a\nb c');
    const el = parse(
      '<section><b>Ja</b>ne\n  <span>Doe</span><button>x</button><div>Team</div></section>',
    ).querySelector('section');
    expect(inlineText(el)).toBe('Jane Doe Team');
    expect(inlineText(null)).toBeNull();
  });
});
