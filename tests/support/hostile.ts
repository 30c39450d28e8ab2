// One corpus of hostile input, for every place text from strangers reaches Steadyhand: conversations,
// subjects and names on the helpdesk page, phrase packs, notes, imported exports and managed policy. Used
// by unit tests (happy-dom) and end-to-end tests (Chromium) alike, so both try the same inputs.
//
// Built by class, not as a list of favourite examples: each class is a product of a few shapes and the
// ways attackers wrap or encode them. Every payload that could run does one thing, sets SENTINEL on its
// global; a test then checks that global in every context it can reach.

/** The global every executable payload sets. Unset everywhere after a test = nothing ran. */
export const SENTINEL = '__steadyhandPwned';
const RUN = `window.${SENTINEL}=1`;

export type HostileClass =
  | 'markup'
  | 'url'
  | 'css'
  | 'svg'
  | 'template'
  | 'invisible'
  | 'bidi'
  | 'right-to-left'
  | 'surrogate'
  | 'control'
  | 'prototype';

export interface HostileText {
  /** Unique and stable: `class/number`. */
  id: string;
  kind: HostileClass;
  text: string;
}

// Elements that run script when parsed or rendered as HTML, each ending in the sentinel.
const ELEMENTS = [
  `<script>${RUN}</script>`,
  `<img src=x onerror="${RUN}">`,
  `<iframe srcdoc="<script>parent.${RUN}</script>"></iframe>`,
  `<body onload=${RUN}>`,
  `<details open ontoggle=${RUN}>`,
  `<input autofocus onfocus=${RUN}>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `<object data="javascript:${RUN}"></object>`,
  `<embed src="data:text/html,<script>${RUN}</script>">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  `<form action="javascript:${RUN}"><button>Send</button></form>`,
  `<noscript><p title="</noscript><img src=x onerror=${RUN}>">`,
];
// How they arrive: as they are, breaking out of an attribute, a comment, a raw-text element or CDATA,
// or escaped once (a sanitizer that decodes entities would revive them).
const WRAPPINGS: Array<(element: string) => string> = [
  (e) => e,
  (e) => `"><${e.slice(1)}`,
  (e) => `'>${e}`,
  (e) => `--></textarea></title>${e}`,
  (e) => `]]>${e}`,
  (e) => e.replace(/</g, '&lt;').replace(/>/g, '&gt;'),
];

const SCHEMES = [
  `javascript:${RUN}`,
  `JaVaScRiPt:${RUN}`,
  ` \tjavascript:${RUN}`,
  `java\nscript:${RUN}`,
  `&#106;avascript:${RUN}`,
  `\u0000javascript:${RUN}`,
  `data:text/html,<script>${RUN}</script>`,
  `data:text/html;base64,${btoa(`<script>${RUN}</script>`)}`,
  `data:image/svg+xml,<svg onload="${RUN}"/>`,
  `vbscript:msgbox(1)`,
  'file:///etc/passwd',
  '//evil.example/ticket',
  'https://acme.zendesk.com.evil.example/agent/tickets/42',
  'https://acme.zendesk.com@evil.example/agent/tickets/42',
  'https://app.intercom.com.evil.example/a/inbox/x/inbox/conversation/1',
];

const STYLES = [
  `</style><script>${RUN}</script>`,
  `x{background:url("javascript:${RUN}")}`,
  `width:expression(${RUN})`,
  '@import url(//evil.example/x.css);',
  '*{display:none!important;visibility:hidden}',
  'body{-moz-binding:url(//evil.example/x.xml#x);behavior:url(x.htc)}',
  '<style>@font-face{font-family:x;src:url(//evil.example/leak?)}</style>',
];

const SVGS = [
  `<svg onload=${RUN}>`,
  `<svg><script>${RUN}</script></svg>`,
  `<svg><animate onbegin=${RUN} attributeName=x dur=1s></animate></svg>`,
  `<svg><a xlink:href="javascript:${RUN}"><text x="0" y="20">open</text></a></svg>`,
  `<svg><foreignObject><iframe srcdoc="<script>parent.${RUN}</script>"></iframe></foreignObject></svg>`,
  `<svg><set attributeName="onmouseover" to="${RUN}"/></svg>`,
];

// Template languages and our own `{{variables}}`: lookups that reach the prototype, expressions, other syntaxes.
const TEMPLATES = [
  `{{constructor.constructor('${RUN}')()}}`,
  '{{constructor}}',
  '{{__proto__}}',
  '{{toString}}',
  '{{valueOf}}',
  '{{hasOwnProperty}}',
  '{{customer.__proto__.polluted}}',
  '{{ customer.name }}{{{customer.name}}}',
  `\${${RUN}}`,
  `<%= ${RUN} %>`,
  `#{${RUN}}`,
  '{{7*7}}',
  '{{',
  '}}{{}}{{{{',
];

const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u180E', '\u034F'];
const BIDI = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
];
const RIGHT_TO_LEFT = [
  'مرحبا، أريد استرداد أموالي الآن',
  'שלום, אני רוצה החזר כספי מיד',
  'طلب رقم 4711 لم يصل منذ ١٢ يومًا',
  'הזמנה 4711: refund please, עכשיו',
  'سلام، سفارش من کجاست؟ ۱۲۳',
];
const SURROGATES = ['\uD800', '\uDBFF\uDBFF', 'x\uDC00y', '🧨'.slice(0, 1), `${'🧨'.slice(1)}refund`, '\uDFFF\uD800'];
const CONTROLS = ['\u0000', '\u0007', '\u001B[31mred\u001B[0m', '\r', '\u2028', '\u2029', '\u0085', '\u000B', '\u007F'];

/** Keys that reach or replace an object's prototype when code copies or looks up by key. */
export const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'isPrototypeOf',
] as const;

function numbered(kind: HostileClass, texts: readonly string[]): HostileText[] {
  return texts.map((text, index) => ({ id: `${kind}/${index + 1}`, kind, text }));
}

/** Every short hostile text (each well under a kilobyte): the corpus proper. */
export const HOSTILE_TEXTS: readonly HostileText[] = [
  ...numbered(
    'markup',
    ELEMENTS.flatMap((element) => WRAPPINGS.map((wrap) => wrap(element))),
  ),
  ...numbered('url', SCHEMES),
  ...numbered('css', STYLES),
  ...numbered('svg', SVGS),
  ...numbered('template', TEMPLATES),
  ...numbered('invisible', [
    ...INVISIBLE.map((mark) => `re${mark}fund now${mark}`),
    INVISIBLE.join('').repeat(8),
    `Ada${INVISIBLE[0]} Lovelace`,
  ]),
  ...numbered('bidi', [
    ...BIDI.map((mark) => `refund ${mark}txt.exe${BIDI[2]} today`),
    `\u202Eevil\u202C \u2067/* admin */\u2069 ok`,
  ]),
  ...numbered('right-to-left', RIGHT_TO_LEFT),
  ...numbered('surrogate', SURROGATES),
  ...numbered('control', [...CONTROLS.map((c) => `before${c}after`), `Z${'\u0301\u0327\u0308'.repeat(100)}`]),
  ...numbered(
    'prototype',
    PROTOTYPE_KEYS.map((key) => key),
  ),
];

/** The corpus' texts of one class. */
export const hostileOf = (kind: HostileClass): string[] =>
  HOSTILE_TEXTS.filter((entry) => entry.kind === kind).map((entry) => entry.text);

/** A few texts that mix classes, short enough for a subject line or a name. */
export const HOSTILE_NAMES = [
  `<img src=x onerror="${RUN}">Eve`,
  `\u202EeviL\u202C O'Brien`,
  'مرحبا Eve',
  `Ada\u200B\uD800`,
  '{{__proto__}}',
  'javascript:alert(1)',
];

const MEGABYTE = 1 << 20;

/** Texts of a megabyte each (made on demand): plain, markup, one long word with `@`s, digits, and surrogates. */
export function hugeTexts(): Array<{ id: string; text: string }> {
  const fill = (unit: string) => unit.repeat(Math.ceil(MEGABYTE / unit.length)).slice(0, MEGABYTE);
  return [
    { id: 'huge/plain', text: fill('refund please ') },
    { id: 'huge/markup', text: fill(`<b>${RUN}</b><img src=x onerror=${RUN}>`) },
    // Pathological for e-mail-like patterns: no space, many `@` and dots.
    { id: 'huge/no-spaces', text: fill('a.b@c') },
    { id: 'huge/digits', text: fill('4111 1111 1111 1111 ') },
    { id: 'huge/surrogates', text: fill('🧨\uD800') },
  ];
}

/** `depth` nested elements around `inner` (markup). */
export function deepMarkup(depth: number, inner = 'deep'): string {
  return `${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}`;
}

/** JSON text nested `depth` arrays deep. */
export function deepJson(depth: number): string {
  return `${'['.repeat(depth)}0${']'.repeat(depth)}`;
}

/**
 * JSON text for `value` with prototype-reaching keys added to every object in it: `__proto__` and
 * `constructor.prototype` carrying `polluted`, which `Object.prototype` must never gain.
 */
export function pollutingJson(value: unknown): string {
  const extra = '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}';
  return JSON.stringify(value)
    .replace(/\{(?=")/g, `{${extra},`)
    .replace(/\{\}/g, `{${extra}}`);
}

/** Whether a payload ran (SENTINEL set) or a prototype was polluted, in this realm. */
export function tampered(scope: object = globalThis): string[] {
  const found: string[] = [];
  if (SENTINEL in scope) found.push(`${SENTINEL} is set`);
  if ('polluted' in Object.prototype || 'polluted' in Array.prototype) found.push('a prototype was polluted');
  return found;
}
