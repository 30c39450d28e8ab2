import type { Conversation, Message } from '@/lib/conversation';
import type { CueSet } from './cues/schema';
import { decide } from './decide';
import { detectLanguage } from './language';
import type { Kind, Transcript } from './transcript';
import type { Guidance } from './guidance';
import { readAgent, type AgentRead } from './agent-acts';
import { mergeAgent, mergeCustomer, type ActSource, type Borderline } from './learned';
import { alternativeStep } from './alternative';
import type { ActModel } from './model/act-model';
import { createDetector, type Detect } from './model/detector';
import { cueReaderFor, readWith, type CueReader } from './reading';
import { readCustomer, type CustomerRead } from './customer-acts';

export { BUILT_IN_CUES } from './reading';

export interface AnalyzeOptions {
  /**
   * Language of the conversation, which picks the built-in cue set. When absent, it is detected from the
   * conversation's words (`detectLanguage`), `fallbackLocale` (default "en") when they do not tell.
   */
  locale?: string;
  /** The language to read with when `locale` is absent and the words do not tell which it is. */
  fallbackLocale?: string;
  /** Extra cue sets, e.g. from a phrase pack; each is merged into the built-in set of its language. */
  cues?: readonly CueSet[];
  /**
   * The learned act detectors, needed when `acts` is not `rules` (the committed one: `builtInModel()`
   * from `model/built-in.ts`). Kept out of the default path so the extension bundles no unused weights.
   */
  model?: ActModel;
  /**
   * Where the acts come from: cue words (`rules`, the default), the learned detectors (`learned`), or
   * both, the detectors filling what the cue words miss (`both`). The default is whichever measures best
   * on real conversations (eval/README.md, "Learned acts"): today the cue words.
   */
  acts?: ActSource;
}

export interface Analyzer {
  /** Same answer as `analyze(conversation, options)`, but only reads messages it has not seen before. */
  analyze(conversation: Conversation): Guidance;
}

interface Detectors {
  model: ActModel;
  customer: Detect;
  agent: Detect;
}

interface Engine {
  cues: CueReader;
  source: ActSource;
  /** Null when the acts come from the cue words alone: the model is then never decoded. */
  learned: Detectors | null;
}

// Detectors keep a cache of word rows: one per model, shared by every analysis that uses it.
const detectors = new WeakMap<ActModel, Detectors>();

function detectorsFor(model: ActModel): Detectors {
  let detect = detectors.get(model);
  if (!detect) {
    detect = { model, customer: createDetector(model.customer), agent: createDetector(model.agent) };
    detectors.set(model, detect);
  }
  return detect;
}

function engineFor(options: AnalyzeOptions | undefined, locale: string): Engine {
  const source = options?.acts ?? 'rules';
  if (source !== 'rules' && !options?.model) throw new Error(`analyze: acts "${source}" needs a model`);
  const learned = source === 'rules' || !options?.model ? null : detectorsFor(options.model);
  return { cues: cueReaderFor(options?.cues, locale), source, learned };
}

/** The language the conversation is read in: the one asked for, else the one its words are in. */
function localeOf(conversation: Conversation, options: AnalyzeOptions | undefined): string {
  return options?.locale ?? detectLanguage(conversation.messages, options?.fallbackLocale ?? 'en');
}

/** One message as the decision sees it, and the learned detections that nearly went the other way. */
interface Read {
  read: CustomerRead | AgentRead;
  borderline: readonly Borderline[];
}

// Notes and bots are kept apart so they can never count as the customer or as a person replying.
function kindOf(message: Message): Kind {
  if (message.internal) return 'note';
  if (message.role === 'system') return 'other';
  return message.role;
}

function readMessage(engine: Engine, message: Message): Read {
  const { info, hits } = readWith(engine.cues, message.text);
  if (message.role === 'customer') {
    const profane = engine.cues.profanity(info, hits);
    const read = readCustomer(info, hits, profane);
    const learned = engine.learned;
    if (!learned) return { read, borderline: [] };
    return mergeCustomer(read, learned.model.customer, learned.customer(info, profane.length > 0), engine.source);
  }
  const read = readAgent(info, hits);
  const learned = engine.learned;
  if (!learned) return { read, borderline: [] };
  return mergeAgent(read, learned.model.agent, learned.agent(info, false), engine.source);
}

/** A transcript that reads a message the first time the decision asks about it. */
function transcript(messages: readonly Message[], read: (index: number) => Read) {
  const reads: Array<Read | undefined> = [];
  const get = (i: number) => (reads[i] ??= read(i));
  const t: Transcript = {
    size: messages.length,
    kind: (i) => kindOf(messages[i]!),
    id: (i) => messages[i]!.id,
    customer: (i) => get(i).read as CustomerRead,
    agent: (i) => get(i).read as AgentRead,
  };
  return { t, borderline: (i: number) => get(i).borderline };
}

function guide(messages: readonly Message[], language: string, read: (index: number) => Read): Guidance {
  const { t, borderline } = transcript(messages, read);
  const guidance: Guidance = { ...decide(t), language };
  const alternative = alternativeStep(t, guidance.step, borderline);
  return alternative ? { ...guidance, alternative } : guidance;
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
  let engine: Engine | null = null;
  let language = '';
  const cache = new Map<string, Cached>();
  return {
    analyze(conversation) {
      const { messages } = conversation;
      // Reads in one language are no use in another: a conversation whose language became plain (or
      // changed) is read again from its first message.
      const locale = localeOf(conversation, options);
      if (!engine || locale !== language) {
        engine = engineFor(options, locale);
        language = locale;
        cache.clear();
      }
      const reader = engine;
      // Forget messages that left the conversation once they could outnumber the ones still in it.
      if (cache.size > 2 * messages.length + 16) {
        const present = new Set(messages.map((m) => m.id));
        for (const id of cache.keys()) if (!present.has(id)) cache.delete(id);
      }
      return guide(messages, locale, (i) => {
        const m = messages[i]!;
        const seen = cache.get(m.id);
        if (seen && seen.text === m.text && seen.role === m.role && seen.internal === m.internal) return seen.read;
        const read = readMessage(reader, m);
        cache.set(m.id, { role: m.role, internal: m.internal, text: m.text, read });
        return read;
      });
    },
  };
}

/** What the agent's next reply should do, and why. Pure, deterministic and synchronous. */
export function analyze(conversation: Conversation, options?: AnalyzeOptions): Guidance {
  const locale = localeOf(conversation, options);
  const engine = engineFor(options, locale);
  const { messages } = conversation;
  return guide(messages, locale, (i) => readMessage(engine, messages[i]!));
}
