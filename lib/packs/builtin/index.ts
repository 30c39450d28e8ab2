// The packs that ship with Steadyhand. They are plain JSON, like any trainer's pack, and a unit test
// parses them with parsePack; the cast only restores the literal types JSON imports lose.
import type { PhrasePack } from '../schema';
import en from './en.json';
import es from './es.json';

export const BUILT_IN_PACKS = [en, es] as PhrasePack[];
export const isBuiltInId = (id: string) => BUILT_IN_PACKS.some((pack) => pack.id === id);
