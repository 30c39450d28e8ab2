// Demo Intercom stream loading (helpdesk-dom-2026.md: the Inbox is a React app; modeled: it pages a long
// conversation in a batch at a time rather than in one long task). Not real Intercom code.

/** Rows rendered per task while paging in. */
export const BATCH_SIZE = 25;

export interface Paging {
  /** Resolves once every item is rendered, or when the paging is cancelled (nothing more will come). */
  readonly loaded: Promise<void>;
  /** Renders items pushed since: at once when caught up, else with the remaining batches (order kept). */
  update(): void;
  /** Stops rendering (the stream it renders into was replaced). */
  cancel(): void;
}

/**
 * Renders `items` (a live array: items pushed later are rendered too) BATCH_SIZE at a time: the first batch
 * in the calling task, each further one in its own `setTimeout(0)` task, so no single task is long.
 * `render` gets each batch and whether it caught up with the array.
 */
export function pageIn<T>(
  items: readonly T[],
  render: (batch: readonly T[], caughtUp: boolean) => void,
  batchSize = BATCH_SIZE,
): Paging {
  let shown = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelled = false;
  let resolveLoaded: () => void = () => undefined;
  const loaded = new Promise<void>((resolve) => {
    resolveLoaded = resolve;
  });

  function step(): void {
    timer = undefined;
    const batch = items.slice(shown, shown + batchSize);
    shown += batch.length;
    const caughtUp = shown >= items.length;
    render(batch, caughtUp);
    if (caughtUp) resolveLoaded();
    else timer = setTimeout(step, 0);
  }

  step();
  return {
    loaded,
    update() {
      if (!cancelled && timer === undefined && shown < items.length) step();
    },
    cancel() {
      cancelled = true;
      clearTimeout(timer);
      resolveLoaded();
    },
  };
}
