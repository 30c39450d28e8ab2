/**
 * Checks corpus files and prints what they hold.
 *
 *   npm run corpus:check -- [files…]      (default: every data/corpus/**\/*.jsonl)
 *
 * Exits 1 on any problem (a line that does not parse, labels off the rules of the format, a near-duplicate
 * conversation, a long turn reused word for word), listing each with its file and line or ids.
 */
import { clipText } from '../../lib/clip.ts';
import { corpusFiles } from './files.ts';
import { highestSimilarity, nearDuplicates, NEAR_DUPLICATE, repeatedTurns } from './near-duplicates.ts';
import { readCorpus } from './schema.ts';
import { describeCorpus } from './stats.ts';

const args = process.argv.slice(2);
const files = args.length > 0 ? args : corpusFiles();
const { conversations, problems } = readCorpus(files);
const messages = problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
for (const pair of nearDuplicates(conversations))
  messages.push(
    `${pair.a} and ${pair.b} are near-duplicates (${(100 * pair.similarity).toFixed(0)}% of 4-grams shared)`,
  );
for (const [text, ids] of repeatedTurns(conversations))
  messages.push(`a turn is repeated word for word in ${ids.join(', ')}: "${clipText(text, 60)}"`);
for (const m of messages) console.error(m);
console.log(describeCorpus(conversations));
console.log(
  `highest 4-gram overlap between two conversations: ${(100 * highestSimilarity(conversations)).toFixed(1)}% ` +
    `(near-duplicate from ${100 * NEAR_DUPLICATE}%)`,
);
if (messages.length > 0) {
  console.error(`\n${messages.length} problem(s).`);
  process.exitCode = 1;
}
