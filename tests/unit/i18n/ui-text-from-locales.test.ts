// Meta-test: every word the UI shows comes from locales/, so a translation covers the whole UI. It reads the
// source with the TypeScript compiler (no rendering): JSX text and the string values of attributes people
// see or hear must not hold language, and every literal key given to i18n.t must exist in en.yml.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const UI_DIRS = ['entrypoints', 'components'];
const KEY_DIRS = ['entrypoints', 'components', 'lib'];

/** Attributes whose value is shown or spoken to the user. */
const VISIBLE_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);

/**
 * Text that is not language, so it has nothing to translate. Keep it tiny; each entry says why, and each must
 * still match something in the UI (a stale entry fails the test, so the list cannot hide new text).
 */
const ALLOWLIST: { file: string; text: string; reason: string }[] = [
  {
    file: 'entrypoints/options/components/ImportPanel.tsx',
    text: 'https://',
    reason: 'the start of a web address, the same in every language',
  },
];

const HAS_LETTER = /\p{L}/u;

function files(dir: string, pattern: RegExp): string[] {
  const abs = join(ROOT, dir);
  return readdirSync(abs).flatMap((name) => {
    const path = join(abs, name);
    if (statSync(path).isDirectory()) return files(relative(ROOT, path), pattern);
    return pattern.test(name) && !/\.(test|spec)\.tsx?$/.test(name) ? [relative(ROOT, path)] : [];
  });
}

function parse(file: string, text = readFileSync(join(ROOT, file), 'utf8')): ts.SourceFile {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
}

const lineOf = (source: ts.SourceFile, node: ts.Node) =>
  source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

/**
 * The literal text an expression can evaluate to: string literals, the fixed parts of template literals, and
 * both sides of `?:`, `??`, `||` and `&&`. Calls are not entered: their arguments are keys, ids or classes.
 */
function literalTexts(node: ts.Expression): { node: ts.Node; text: string }[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [{ node, text: node.text }];
  if (ts.isTemplateExpression(node))
    return [node.head, ...node.templateSpans.map((span) => span.literal)].map((part) => ({ node, text: part.text }));
  if (ts.isParenthesizedExpression(node)) return literalTexts(node.expression);
  if (ts.isConditionalExpression(node)) return [...literalTexts(node.whenTrue), ...literalTexts(node.whenFalse)];
  if (
    ts.isBinaryExpression(node) &&
    [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.AmpersandAmpersandToken].includes(
      node.operatorToken.kind,
    )
  )
    return [...literalTexts(node.left), ...literalTexts(node.right)];
  return [];
}

interface Finding {
  file: string;
  line: number;
  text: string;
}

/** Language written into the UI's JSX: text children, `{'…'}` children and visible attributes. */
function hardCodedText(file: string, text?: string): Finding[] {
  const source = parse(file, text);
  const found: Finding[] = [];
  const add = (node: ts.Node, text: string) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (HAS_LETTER.test(clean)) found.push({ file, line: lineOf(source, node), text: clean });
  };
  walk(source, (node) => {
    if (ts.isJsxText(node)) add(node, node.text);
    else if (
      ts.isJsxExpression(node) &&
      node.expression &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))
    )
      for (const literal of literalTexts(node.expression)) add(literal.node, literal.text);
    else if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      const value = node.initializer;
      if (ts.isStringLiteral(value)) add(value, value.text);
      else if (ts.isJsxExpression(value) && value.expression)
        for (const literal of literalTexts(value.expression)) add(literal.node, literal.text);
    }
  });
  return found;
}

/** Every key named by a literal (or a template with holes) as the first argument of i18n.t. */
function keysCalled(file: string, text?: string): { line: number; key: string; pattern: RegExp }[] {
  const source = parse(file, text);
  const calls: { line: number; key: string; pattern: RegExp }[] = [];
  walk(source, (node) => {
    if (!ts.isCallExpression(node) || node.expression.getText(source) !== 'i18n.t') return;
    const first = node.arguments[0];
    if (!first) return;
    const candidates = ts.isTemplateExpression(first) ? [first] : literalTexts(first).map((literal) => literal.node);
    for (const candidate of candidates) {
      const line = lineOf(source, candidate);
      if (ts.isTemplateExpression(candidate)) {
        // `steps.${step}.name`: at least one key must fit the fixed parts.
        const parts = [candidate.head, ...candidate.templateSpans.map((span) => span.literal)].map((p) =>
          escape(p.text),
        );
        calls.push({ line, key: candidate.getText(source), pattern: new RegExp(`^${parts.join('.+')}$`) });
      } else if (ts.isStringLiteral(candidate) || ts.isNoSubstitutionTemplateLiteral(candidate)) {
        calls.push({ line, key: candidate.text, pattern: new RegExp(`^${escape(candidate.text)}$`) });
      }
    }
  });
  return calls;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const describeFinding = (f: Finding) => `${f.file}:${f.line} ${JSON.stringify(f.text)}`;
const allowed = (f: Finding) => ALLOWLIST.some((entry) => entry.file === f.file && entry.text === f.text);

const unknownKeys = (file: string, text?: string) =>
  keysCalled(file, text)
    .filter((call) => !englishKeys.some((key) => call.pattern.test(key)))
    .map((call) => `${file}:${call.line} ${call.key}`);

const uiFiles = UI_DIRS.flatMap((dir) => files(dir, /\.tsx$/));
const findings = uiFiles.flatMap((file) => hardCodedText(file));
const englishKeys = (await parseMessagesFile(join(ROOT, 'locales/en.yml'))).map((message) => message.key.join('.'));

describe('UI text comes from the locale files', () => {
  it('finds the UI files to scan', () => {
    expect(uiFiles.length).toBeGreaterThan(20);
  });

  it('writes no language into JSX text or visible attributes (use i18n.t)', () => {
    expect(findings.filter((f) => !allowed(f)).map(describeFinding)).toEqual([]);
  });

  it('allows only what still appears in the UI, each entry with its reason', () => {
    const stale = ALLOWLIST.filter((entry) => !findings.some((f) => f.file === entry.file && f.text === entry.text));
    expect(stale.map((entry) => `${entry.file} ${JSON.stringify(entry.text)}`)).toEqual([]);
    expect(ALLOWLIST.filter((entry) => entry.reason.trim() === '').map((entry) => entry.text)).toEqual([]);
  });

  it('names only keys that exist in en.yml when calling i18n.t', () => {
    const sources = KEY_DIRS.flatMap((dir) => files(dir, /\.tsx?$/));
    expect(sources.flatMap((file) => unknownKeys(file))).toEqual([]);
  });
});

describe('the scan itself', () => {
  const sample = [
    'export const A = ({ n }: { n: number }) => (',
    '  <div title="Hover text" aria-label={n ? \'Some\' : i18n.t(\'panel.brand\')} className="not-text">',
    '    Hello there',
    "    {'Braced'} {`Tick ${n} ed`} {' · '} {n}",
    '    <input placeholder="https://" alt={`${n}`} />',
    "    {i18n.t('panel.brand')} {i18n.t('panel.nope')} {i18n.t(n ? 'steps.listen.name' : 'steps.gone.name')}",
    '    {i18n.t(`steps.${n}.name`)} {i18n.t(`nowhere.${n}`)}',
    '  </div>',
    ');',
  ].join('\n');

  it('finds JSX text, braced strings and visible attributes, with file and line', () => {
    expect(hardCodedText('sample.tsx', sample).map(describeFinding)).toEqual([
      'sample.tsx:2 "Hover text"',
      'sample.tsx:2 "Some"',
      'sample.tsx:3 "Hello there"',
      'sample.tsx:4 "Braced"',
      'sample.tsx:4 "Tick"',
      'sample.tsx:4 "ed"',
      'sample.tsx:5 "https://"',
    ]);
  });

  it('finds i18n.t keys that en.yml lacks, literal or in a template', () => {
    expect(unknownKeys('sample.tsx', sample)).toEqual([
      'sample.tsx:6 panel.nope',
      'sample.tsx:6 steps.gone.name',
      'sample.tsx:7 `nowhere.${n}`',
    ]);
  });
});
