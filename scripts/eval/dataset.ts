import { readFileSync } from 'node:fs';
import { z } from 'zod/mini';
import type { Conversation, Message } from '../../lib/conversation/model.ts';
import { GuidanceStep } from '../../lib/framework/steps.ts';
import { SignalKind } from '../../lib/framework/guidance.ts';

/** One dialogue of the TweetSumm sample (see ../shared/data/dialogues/README.md); only what eval needs. */
const Dialogue = z.object({
  id: z.string(),
  turns: z.array(z.object({ role: z.enum(['customer', 'agent']), text: z.string() })),
});
export type Dialogue = z.infer<typeof Dialogue>;

/** A label line: the step and signals for the agent's next reply after turn `afterTurn` (0-based). */
export const LabelLine = z.object({
  id: z.string(),
  labels: z.array(
    z.object({
      afterTurn: z.int().check(z.minimum(0)),
      step: GuidanceStep,
      signals: z.array(z.union([SignalKind, z.literal('none')])),
    }),
  ),
});
export type LabelLine = z.infer<typeof LabelLine>;

function readJsonl<T>(path: string, schema: z.ZodMiniType<T>): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

export function readDialogues(path: string): Map<string, Dialogue> {
  return new Map(readJsonl(path, Dialogue).map((d) => [d.id, d]));
}

export function readLabels(path: string): LabelLine[] {
  return readJsonl(path, LabelLine);
}

// The sample anonymised e-mail addresses and card-like numbers with placeholders; give them the shape real
// helpdesk text has, so "here is my e-mail" reads as details given, as it would in a live ticket.
function restorePlaceholders(text: string): string {
  return text.replace(/__email__/g, 'name@example.com').replace(/__credit_card__/g, '4000000000000000');
}

/** What a labelled transcript knows of one message; the rest a helpdesk page would show is left unknown. */
export type TranscriptTurn = Pick<Message, 'role' | 'internal' | 'text'>;

/** A labelled transcript as the helpdesk reader would give it: message ids `t0`, `t1`, …, no names or times. */
export function asConversation(id: string, channel: string | null, turns: readonly TranscriptTurn[]): Conversation {
  return {
    helpdesk: 'zendesk',
    id,
    subject: null,
    customer: { name: null, email: null },
    channel,
    messages: turns.map((turn, i) => ({ id: `t${i}`, author: null, at: null, channel, attachments: [], ...turn })),
  };
}

/** Turns 0..afterTurn as a helpdesk conversation: message ids `t0`, `t1`, … */
export function toConversation(dialogue: Dialogue, afterTurn: number): Conversation {
  const turns = dialogue.turns.slice(0, afterTurn + 1);
  return asConversation(
    dialogue.id,
    'twitter',
    turns.map((turn) => ({ role: turn.role, internal: false, text: restorePlaceholders(turn.text) })),
  );
}
