// Every change to the stored packs reads, changes and writes back a whole item, so two changes at once
// (two options tabs, an import while the background refreshes the policy's packs) would keep only the
// last. They take turns: through a Web Lock shared by every extension page and the background, or, where
// there is none, through a queue within the page.

/** The one lock every pack write takes, in every extension context. */
export const PACK_LOCK = 'steadyhand-packs';

/** A queue within this page: each task starts once the one before has settled, whether it failed or not. */
export function takingTurns(): <T>(task: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return (task) => {
    const turn = last.then(task, task);
    last = turn.catch(() => undefined);
    return turn;
  };
}

const inPage = takingTurns();

/** Runs `task` once every pack write started before it has finished, and before any started after it. */
export function withPackLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  // request() settles with what the task's promise settles with; its typing misses the unwrapping.
  return locks ? (locks.request(PACK_LOCK, task) as Promise<T>) : inPage(task);
}
