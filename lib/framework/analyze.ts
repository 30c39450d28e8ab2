import type { Conversation, Message } from '@/lib/conversation';
import { en } from './cues/en';
import { es } from './cues/es';
import { CueSet } from './cues/schema';
import { decide, type Kind, type Transcript } from './decide';
import type { Guidance } from './guidance';
import { readAgent, type AgentRead } from './checklist';
import { compileLexicon, matchCues, textOptionsOf, type Lexicon } from './lexicon';
import { createProfanityCheck, type ProfanityCheck } from './profanity';
import { readCustomer, type CustomerRead } from './signals';
import { readText, type TextOptions } from './text';

export interface AnalyzeOptions {
  /** Language of the conversation; picks the built-in cue set (default "en"). */
  locale?: string;
  /** Extra cue sets, e.g. from a phrase pack; each is merged into the built-in set of its language. */
  cues?: readonly CueSet[];
}

export interface Analyzer {
  /** Same answer as `analyze(conversation, options)`, but only reads messages it has not seen before. */
  analyze(conversation: Conversation): Guidance;
}

export const BUILT_IN_CUES: readonly CueSet[] = [en, es];

interface Engine {
  lexicon: Lexicon;
  profanity: ProfanityCheck;
  text: TextOptions;
}

// Compiling cue sets takes milliseconds; keep one engine per (cue sets, locale) so analyze() stays cheap.
const engines = new WeakMap<readonly CueSet[], Map<string, Engine>>();
const NO_EXTRA: readonly CueSet[] = [];

function engineFor(options: AnalyzeOptions | undefined): Engine {
  const extra = options?.cues ?? NO_EXTRA;
  const locale = options?.locale ?? 'en';
  let byLocale = engines.get(extra);
  if (!byLocale) engines.set(extra, (byLocale = new Map()));
  let engine = byLocale.get(locale);
  if (!engine) {
    const lexicon = compileLexicon([...BUILT_IN_CUES, ...extra.map((set) => CueSet.parse(set))], locale);
    engine = { lexicon, profanity: createProfanityCheck(lexicon), text: textOptionsOf(lexicon) };
    byLocale.set(locale, engine);
  }
  return engine;
}

type Read = CustomerRead | AgentRead;

// Notes and bots are kept apart so they can never count as the customer or as a person replying.
function kindOf(message: Message): Kind {
  if (message.internal) return 'note';
  if (message.role === 'system') return 'other';
  return message.role;
}

function readMessage(engine: Engine, message: Message): Read {
  const info = readText(message.text, engine.text);
  const hits = matchCues(engine.lexicon, info);
  return message.role === 'customer' ? readCustomer(info, hits, engine.profanity(info, hits)) : readAgent(info, hits);
}

/** A transcript that reads a message the first time the decision asks about it. */
function transcript(messages: readonly Message[], read: (index: number) => Read): Transcript {
  const reads: Array<Read | undefined> = [];
  const get = (i: number) => (reads[i] ??= read(i));
  return {
    size: messages.length,
    kind: (i) => kindOf(messages[i]!),
    id: (i) => messages[i]!.id,
    customer: (i) => get(i) as CustomerRead,
    agent: (i) => get(i) as AgentRead,
  };
}

interface Cached {
  role: Message['role'];
  internal: boolean;
  text: string;
  read: Read;
}

/**
 * An analyzer for one conversation as it grows. A message is read at most once and remembered by id and
 * content (an edited message is read again), so a conversation that grew by one message costs one read.
 */
export function createAnalyzer(options?: AnalyzeOptions): Analyzer {
  const engine = engineFor(options);
  const cache = new Map<string, Cached>();
  return {
    analyze(conversation) {
      const { messages } = conversation;
      // Forget messages that left the conversation once they could outnumber the ones still in it.
      if (cache.size > 2 * messages.length + 16) {
        const present = new Set(messages.map((m) => m.id));
        for (const id of cache.keys()) if (!present.has(id)) cache.delete(id);
      }
      return decide(
        transcript(messages, (i) => {
          const m = messages[i]!;
          const seen = cache.get(m.id);
          if (seen && seen.text === m.text && seen.role === m.role && seen.internal === m.internal) return seen.read;
          const read = readMessage(engine, m);
          cache.set(m.id, { role: m.role, internal: m.internal, text: m.text, read });
          return read;
        }),
      );
    },
  };
}

/** What the agent's next reply should do, and why. Pure, deterministic and synchronous. */
export function analyze(conversation: Conversation, options?: AnalyzeOptions): Guidance {
  const engine = engineFor(options);
  const { messages } = conversation;
  return decide(transcript(messages, (i) => readMessage(engine, messages[i]!)));
}
