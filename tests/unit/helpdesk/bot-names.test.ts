import { describe, expect, it } from 'vitest';
import {
  BOT_NAMES_KEY,
  botNameMatcher,
  cleanBotNames,
  DEFAULT_BOT_NAMES,
  MAX_BOT_NAME_LENGTH,
  MAX_BOT_NAMES,
  parseBotNames,
} from '@/lib/helpdesk/bot-names';

const letter = (n: number) => String.fromCharCode(97 + (n % 26));
/** Distinct, valid names: "Bot aa", "Bot ba"… */
const names = (count: number) =>
  Array.from({ length: count }, (_, i) => `Bot ${letter(i)}${letter(Math.floor(i / 26))}`);

describe('botNameMatcher', () => {
  const bots = [
    'Answer Bot',
    'Acme Bot',
    'AcmeBot',
    'Happy-Bot',
    'happy_bot',
    'BOT',
    'Bot2',
    'HelpDeskBOT',
    '🤖 Bot 🤖',
  ];
  it.each(bots)('"bot" matches %s', (author) => expect(botNameMatcher(['bot'])(author)).toBe(true));

  it.each(['Abbott', 'Talbot', 'Botha', 'Robotics Team', 'Bots', 'Jane Doe'])('"bot" does not match %s', (author) =>
    expect(botNameMatcher(['bot'])(author)).toBe(false),
  );

  it('splits camel case in entries as in names', () => {
    expect(botNameMatcher(['help desk'])('HelpDeskBOT')).toBe(true);
    expect(botNameMatcher(['AcmeBot'])('Acme Bot')).toBe(true);
    expect(botNameMatcher(['AcmeBot'])('acmebot')).toBe(false);
  });

  it('needs the words of an entry whole and in a row', () => {
    const isBot = botNameMatcher(['AI agent']);
    expect(isBot('Zendesk AI Agent')).toBe(true);
    expect(isBot('AI-Agent 2')).toBe(true);
    expect(isBot('Agent Smith')).toBe(false);
    expect(isBot('Agent AI')).toBe(false);
    expect(isBot('AI Support Agent')).toBe(false);
    expect(isBot('Aika Agentova')).toBe(false);
  });

  it('ignores case and accents, in names and entries', () => {
    expect(botNameMatcher(['asistente virtual'])('Asistente Virtual')).toBe(true);
    expect(botNameMatcher(['asistente virtual'])('ASISTÉNTE VIRTUÁL de Acme')).toBe(true);
    expect(botNameMatcher(['Café Bot'])('cafe bot')).toBe(true);
    // Decomposed accents (NFD) do not break a lower-to-upper change into two words.
    expect(botNameMatcher(['bot'])('Cafe\u0301Bot')).toBe(true);
  });

  it('treats emoji, digits and punctuation as spaces', () => {
    expect(botNameMatcher(['support bot'])('Support🤖Bot')).toBe(true);
    expect(botNameMatcher(['support bot'])('support.bot@acme.com')).toBe(true);
    expect(botNameMatcher(['happy bot'])('Happy 3000 Bot')).toBe(true);
    expect(botNameMatcher(['bot'])('🤖')).toBe(false);
  });

  it('says no for a missing author, an empty list, and entries without letters', () => {
    expect(botNameMatcher(['bot'])(null)).toBe(false);
    expect(botNameMatcher(['bot'])('')).toBe(false);
    expect(botNameMatcher([])('Answer Bot')).toBe(false);
    expect(botNameMatcher(['', '  ', '42', '🤖'])('Jane Doe')).toBe(false);
  });

  it('recognises Zendesk bots with the defaults, and not people', () => {
    const isBot = botNameMatcher(DEFAULT_BOT_NAMES);
    for (const bot of ['Answer Bot', 'Zendesk AI Agent', 'Acme Virtual Assistant', 'Happy Bot', 'Acme Chatbot']) {
      expect(isBot(bot), bot).toBe(true);
    }
    for (const person of ['Ai Tanaka', 'Support Assistant', 'Jane Talbot', 'Agent Smith', 'Abbott Lee']) {
      expect(isBot(person), person).toBe(false);
    }
  });
});

describe('parseBotNames', () => {
  it.each([
    ['nothing stored', undefined],
    ['null', null],
    ['a string', 'bot'],
    ['an object', { 0: 'bot', length: 1 }],
    ['a number in the list', ['bot', 3]],
    ['null in the list', ['bot', null]],
    ['a nested list', [['bot']]],
    ['too many names', names(MAX_BOT_NAMES + 1)],
    ['too long a name', ['b'.repeat(MAX_BOT_NAME_LENGTH + 1)]],
  ])('refuses %s', (_, raw) => expect(parseBotNames(raw)).toBeNull());

  it.each([
    ['an empty list', []],
    ['the defaults', [...DEFAULT_BOT_NAMES]],
    ['the most names', names(MAX_BOT_NAMES)],
    ['the longest name', ['b'.repeat(MAX_BOT_NAME_LENGTH)]],
  ])('keeps %s', (_, raw) => expect(parseBotNames(raw)).toEqual(raw));

  it('returns a copy, which the caller may keep', () => {
    const raw = ['bot'];
    expect(parseBotNames(raw)).not.toBe(raw);
  });

  it('uses the storage key the content script reads', () => {
    expect(BOT_NAMES_KEY).toBe('zendeskBotNames');
  });
});

describe('cleanBotNames', () => {
  it('trims, drops blank lines and duplicates compared as the matcher compares them, in order', () => {
    expect(
      cleanBotNames(['  Answer Bot ', '', '   ', 'bot', 'answer-bot', 'BOT!', 'AnswerBot', 'Café', 'cafe']),
    ).toEqual({
      ok: true,
      names: ['Answer Bot', 'bot', 'Café'],
    });
  });

  it('accepts an empty list: no author is a bot', () => {
    expect(cleanBotNames([])).toEqual({ ok: true, names: [] });
    expect(cleanBotNames(['', ' '])).toEqual({ ok: true, names: [] });
  });

  it('reports every problem with its line, and no names', () => {
    const lines = [
      'bot',
      '***',
      'b'.repeat(MAX_BOT_NAME_LENGTH + 1),
      '',
      '2000',
      ` ${'b'.repeat(MAX_BOT_NAME_LENGTH)} `,
    ];
    expect(cleanBotNames(lines)).toEqual({
      ok: false,
      problems: [
        { line: 2, problem: 'no-letters' },
        { line: 3, problem: 'too-long' },
        { line: 5, problem: 'no-letters' },
      ],
    });
  });

  it('allows exactly the most names, and says once where the list goes over', () => {
    expect(cleanBotNames(names(MAX_BOT_NAMES))).toEqual({ ok: true, names: names(MAX_BOT_NAMES) });
    expect(cleanBotNames(names(MAX_BOT_NAMES + 1))).toEqual({
      ok: false,
      problems: [{ line: 101, problem: 'too-many' }],
    });
    expect(cleanBotNames(names(MAX_BOT_NAMES + 5))).toEqual({
      ok: false,
      problems: [{ line: 101, problem: 'too-many' }],
    });
  });

  it('counts names, not lines: blanks and duplicates do not use up the list', () => {
    const lines = ['', 'bot', 'Bot', ...names(MAX_BOT_NAMES - 1)];
    expect(cleanBotNames(lines)).toMatchObject({ ok: true });
    expect(cleanBotNames([...lines, '', 'one more'])).toEqual({
      ok: false,
      problems: [{ line: lines.length + 2, problem: 'too-many' }],
    });
  });
});
