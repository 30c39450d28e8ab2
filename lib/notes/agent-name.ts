import { storage } from 'wxt/utils/storage';
import { z } from 'zod/mini';

/** The agent's name as a JSON export carries it: a lead's team roll-up labels the records with it. */
export const AgentName = z.nullable(z.string().check(z.trim(), z.maxLength(200)));

/**
 * "Your name in exports", set once on the notes page. Kept in extension storage beside the retention
 * setting, so deleting every record does not forget it. Null: not set (the roll-up uses the file's name).
 */
export const exportAgentName = storage.defineItem<string | null>('local:exportAgentName', { fallback: null });

/** The stored name, checked: anything else in storage (an older build, a hand edit) reads as not set. */
export async function readAgentName(): Promise<string | null> {
  const parsed = AgentName.safeParse(await exportAgentName.getValue());
  return parsed.success && parsed.data ? parsed.data : null;
}

/** Stores the name (blank clears it); returns what was stored. */
export async function writeAgentName(name: string): Promise<string | null> {
  const parsed = AgentName.safeParse(name);
  const value = parsed.success && parsed.data ? parsed.data : null;
  await exportAgentName.setValue(value);
  return value;
}
