// The ways people write e-mail addresses, phone, card and account numbers and names, each as a class: every
// separator, every digit script, every case and accent form, not one example each.
import { describe, expect, it } from 'vitest';
import { redactor } from '@/lib/notes/redact';

const all = { emails: true, phones: true, cards: true, names: true };

/** Zero of each script's digits: ASCII, full-width, Arabic-Indic, Persian, Devanagari, Bengali, Thai, math bold. */
const ZEROS = [0x30, 0xff10, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0x1d7ce];
const inScript = (text: string, zero: number) => text.replace(/\d/g, (d) => String.fromCodePoint(zero + Number(d)));

// Between digit groups: spaces (plain, no-break, thin, narrow, ideographic), dashes (hyphen, non-breaking,
// en, em, minus, full-width), dots, underscores.
const SPACES = [' ', '\u00a0', '\u2009', '\u202f', '\u3000'];
const DASHES = ['-', '\u2011', '\u2013', '\u2014', '\u2212', '\uff0d'];
const CARD_SEPARATORS = [...SPACES, ...DASHES, '.', '\uff0e', '_'];
const PHONE_SEPARATORS = [...CARD_SEPARATORS, '/', '\uff0f', ' / ', ' - '];
// Invisible characters typed or pasted inside a number: zero-width space, joiners, bidi marks, soft hyphen.
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u200e', '\u2066', '\u00ad', '\u2060', '\ufeff'];

const grouped = (digits: string, sizes: number[], sep: string) => {
  const groups: string[] = [];
  let at = 0;
  for (const size of sizes) groups.push(digits.slice(at, (at += size)));
  return groups.join(sep);
};

describe('card numbers', () => {
  const cards: Array<[string, number[]]> = [
    ['4111111111111111', [4, 4, 4, 4]],
    ['5500005555555559', [4, 4, 4, 4]],
    ['378282246310005', [4, 6, 5]],
    ['30569309025904', [4, 6, 4]],
    ['4222222222222', [4, 4, 5]],
    ['6011000990139424', [16]],
    ['6304000000000012344', [4, 4, 4, 4, 3]],
  ];

  it.each(CARD_SEPARATORS)('are blanked whatever separates their groups (%j), in every digit script', (sep) => {
    const r = redactor({ cards: true });
    for (const [digits, sizes] of cards) {
      for (const zero of ZEROS) {
        const text = `Card ${inScript(grouped(digits, sizes, sep), zero)} was charged`;
        expect(r(text), text).toBe('Card [card] was charged');
      }
    }
  });

  it('are blanked with invisible characters inside or around them', () => {
    const r = redactor({ cards: true });
    for (const mark of INVISIBLE) {
      // Invisible characters after the number go with it: they are nothing once the number is gone.
      expect(r(`card ${mark}4111${mark}1111 1111${mark} 1111${mark}.`)).toBe(`card ${mark}[card].`);
    }
  });

  it('are left alone when they fail the Luhn check, start with 0, follow "+" or are glued to letters', () => {
    const r = redactor({ cards: true });
    for (const kept of ['4111 1111 1111 1112', '0111 1111 1111 1111', 'ID4111111111111111', '4111111111111111px']) {
      expect(r(kept)).toBe(kept);
    }
  });
});

describe('phone numbers', () => {
  // Each format with "_" where a separator goes; every separator is tried in turn.
  const formats = [
    '+44_20_7946_0958',
    '+1_555_123_4567',
    '+33_1_23_45_67_89',
    '+49_171_2345678',
    '+91_98765_43210',
    '+86_138_0013_8000',
    '0044_20_7946_0958',
    '0049_30_1234567',
    '020_7946_0958',
    '07700_900123',
    '0171_2345678',
    '01_23_45_67_89',
    '555_123_4567',
  ];

  it.each(PHONE_SEPARATORS)('are blanked in international and national formats, separated by %j', (sep) => {
    const r = redactor({ phones: true });
    for (const format of formats) {
      for (const zero of ZEROS) {
        const text = `Call ${inScript(format.replaceAll('_', sep), zero)} today`;
        expect(r(text), text).toBe('Call [phone] today');
      }
    }
  });

  it('are blanked with brackets, trunk zeros in brackets, and extensions', () => {
    const r = redactor({ phones: true });
    for (const phone of [
      '(555) 123-4567',
      '(555)123-4567',
      '+1 (555) 123-4567',
      '(+44) 20 7946 0958',
      '+44 (0)20 7946 0958',
      '+44 (0) 20 7946 0958',
      '(030) 1234567',
      '555-123-4567 ext. 89',
      '555-123-4567 ext 89',
      '555-123-4567x89',
      '555-123-4567 #89',
      '555-123-4567, extension 8901',
      'tel:+1-555-123-4567;ext=89',
      '+447700900123',
      '004930123456',
      '07700900123',
      '+49\u00a030\u202f1234567',
      '\uff0b\uff14\uff14\u3000\uff12\uff10\u3000\uff17\uff19\uff14\uff16\u3000\uff10\uff19\uff15\uff18',
    ]) {
      expect(r(`Phone: ${phone}.`), phone).toMatch(/^Phone: (tel:)?\[phone\]\.$/);
    }
  });

  it('are blanked with invisible characters inside them', () => {
    const r = redactor({ phones: true });
    for (const mark of INVISIBLE) expect(r(`ring ${mark}0171${mark} 234${mark}5678${mark}`)).not.toMatch(/\d/);
  });
});

describe('bank accounts', () => {
  const ibans = [
    'DE89370400440532013000',
    'GB82WEST12345698765432',
    'FR1420041010050500013M02606',
    'NL91ABNA0417164300',
    'BE68539007547034',
    'CH9300762011623852957',
    'ES9121000418450200051332',
    'IT60X0542811101000000123456',
    'NO9386011117947',
  ];
  const forms = (iban: string) => [
    iban,
    iban.toLowerCase(),
    iban.replace(/(.{4})(?!$)/g, '$1 '),
    iban.toLowerCase().replace(/(.{4})(?!$)/g, '$1\u00a0'),
    iban.replace(/(.{4})(?!$)/g, '$1-'),
  ];

  it('blanks IBANs with and without spaces, in any case', () => {
    const r = redactor({ cards: true });
    for (const iban of ibans) {
      for (const form of forms(iban)) expect(r(`IBAN: ${form}, thanks`), form).toBe('IBAN: [account], thanks');
    }
  });

  it('leaves an IBAN-shaped text whose check digits are wrong to the other detectors', () => {
    const r = redactor({ cards: true });
    expect(r('IBAN DE89 3704 0044 0532 0130 01')).not.toContain('[account]');
    expect(r('code DE12 AB')).toBe('code DE12 AB');
  });

  it('blanks a UK sort code with its account number, and a U.S. routing number with its', () => {
    const r = redactor({ cards: true });
    for (const account of [
      '20-00-00 12345678',
      '20 00 00 12345678',
      '20.00.00 / 12345678',
      '12–34–56 1234567',
      '200000 12345678',
      '021000021 1234567890',
      '011000015-12345',
      '021000021/000123456789',
    ]) {
      for (const zero of ZEROS.slice(0, 3)) {
        const text = `Pay into ${inScript(account, zero)} today`;
        expect(r(text), text).toBe('Pay into [account] today');
      }
    }
  });

  it('counts as a card number for the options, and is kept (not taken for a phone) when cards are not asked', () => {
    const text = 'IBAN DE89 3704 0044 0532 0130 00, sort 20-00-00 12345678';
    expect(redactor({ phones: true })(text)).toBe(text);
    expect(redactor({ cards: true })(text)).toBe('IBAN [account], sort [account]');
  });
});

describe('names', () => {
  it('are blanked typed without accents, in any case, with extra spaces or decomposed accents', () => {
    const r = redactor({ names: true }, ['José Muñoz']);
    for (const written of [
      'José Muñoz',
      'Jose Munoz',
      'JOSE MUNOZ',
      'jose   munoz',
      'José\u00a0Muñoz',
      'Jose\u0301 Mun\u0303oz',
      '\uff2a\uff4f\uff53\uff45 Munoz',
      'Muñoz, José',
    ]) {
      expect(r(`Spoke to ${written} today`), written).toMatch(/^Spoke to \[name\](, \[name\])? today$/);
    }
    expect(r('MUNOZ’s order, jose’s mail')).toBe('[name]’s order, [name]’s mail');
  });

  it('are matched through letters that have no accent to strip', () => {
    expect(redactor({ names: true }, ['Søren Łukasz'])('soren LUKASZ')).toBe('[name]');
    expect(redactor({ names: true }, ['Jürgen Straße'])('Jurgen Strasse')).toBe('[name]');
    expect(redactor({ names: true }, ['İlkay Ağaoğlu'])('ilkay agaoglu')).toBe('[name]');
  });

  it('are blanked whole without their title, hyphenated in parts, and in unspaced scripts inside a sentence', () => {
    expect(redactor({ names: true }, ['Dr. María de la Cruz'])('María de la Cruz called')).toBe('[name] called');
    expect(redactor({ names: true }, ['Ana García-López'])('García and lopez')).toBe('[name] and [name]');
    expect(redactor({ names: true }, ['王伟'])('王伟打电话了')).toBe('[name]打电话了');
  });

  it('are blanked as written when the name is not a name (an address), without blanking its words elsewhere', () => {
    const r = redactor({ names: true }, ['maria.garcia@example.com']);
    expect(r('From MARIA.GARCIA@EXAMPLE.COM via shop.example.com')).toBe('From [name] via shop.example.com');
  });

  it('leave placeholders and longer words alone', () => {
    const r = redactor({ names: true }, ['Name Card']);
    expect(r('[name] and [card], Names')).toBe('[name] and [card], Names');
    expect(r('name')).toBe('[name]');
  });
});

describe('e-mail addresses', () => {
  it('are blanked with plus tags, subdomains, quoted local parts and international domains', () => {
    const r = redactor({ emails: true });
    for (const email of [
      'maria.garcia+shop@mail.example.co.uk',
      'MARIA@EXAMPLE.COM',
      "o'brien@example.ie",
      '"maria garcia"@example.com',
      'josé@correo.españa.es',
      'maria＠example．com',
      'user@xn--mnchen-3ya.de',
    ]) {
      expect(r(`Write to ${email}.`), email).toBe('Write to [email].');
    }
  });

  it('are blanked inside stored links: mailto, query values, URL-encoded', () => {
    const r = redactor({ emails: true });
    expect(r('<mailto:maria@example.com?subject=Refund>')).toBe('<mailto:[email]?subject=Refund>');
    expect(r('https://shop.example/track?email=maria%40example.com&order=4711')).toBe(
      'https://shop.example/track?email=[email]&order=4711',
    );
    expect(r('https://x.example/?to=maria%2Bshop%40example.com')).toBe('https://x.example/?to=[email]');
    expect(r('[mail](mailto:Maria.Garcia@Example.com)')).toBe('[mail](mailto:[email])');
  });

  it('leave handles, paths and lone signs alone', () => {
    const r = redactor({ emails: true });
    for (const kept of ['@ShopHelp on twitter, 3 @ 5€', 'https://medium.com/@shop', 'a@b', 'x@y.z', 'user@localhost']) {
      expect(r(kept)).toBe(kept);
    }
  });
});

describe('the text around what is redacted', () => {
  it('is returned as written, never in its folded form', () => {
    const r = redactor(all, ['José Muñoz']);
    const text = 'ＡＢＣ ﬁle – Straße 2026-03-01 ½ İ\u0301 \u200b Jose: call 0171 2345678';
    expect(r(text)).toBe('ＡＢＣ ﬁle – Straße 2026-03-01 ½ İ\u0301 \u200b [name]: call [phone]');
  });
});
