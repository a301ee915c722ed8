/** How soon a row handed back to the table is looked for. */
const POKE_MS = 50;

/**
 * When the reply drain looks in the table for rows to send: every `everyMs` (rows of a restart, a
 * long retry, another process's), POKE_MS after a row went back to the table, and again at once
 * after a sweep that came back full. One sweep runs at a time. `take` answers whether it found a
 * full batch (more may be waiting).
 */
export function createSweep(o: { everyMs: number; take: () => Promise<boolean> }) {
  let started = false;
  let stopped = false;
  /** The next sweep; null while one runs. */
  let timer: NodeJS.Timeout | null = null;
  let dueAt = 0;
  let pokedWhileSweeping = false;
  let sweeping: Promise<void> | null = null;

  function run(): Promise<void> {
    sweeping ??= o
      .take()
      .then((more) => {
        if (more) pokedWhileSweeping = true;
      })
      .finally(() => (sweeping = null));
    return sweeping;
  }

  function arm(ms: number): void {
    if (timer) clearTimeout(timer);
    dueAt = Date.now() + ms;
    timer = setTimeout(tick, ms).unref();
  }

  function tick(): void {
    timer = null;
    pokedWhileSweeping = false;
    void run().finally(() => {
      if (!stopped) arm(pokedWhileSweeping ? POKE_MS : o.everyMs);
    });
  }

  return {
    /** The first sweep at once, then on schedule; a no-op once started (or stopped). */
    start(): void {
      if (started || stopped) return;
      started = true;
      arm(0);
    },
    /** A row went back to the table (or skipped memory): sweep soon rather than at the next tick. */
    poke(): void {
      if (stopped || !started) return;
      if (!timer) {
        pokedWhileSweeping = true;
        return;
      }
      // Sooner, never later: pokes arriving faster than POKE_MS apart used to push the sweep back each time, so it never ran.
      if (dueAt - Date.now() > POKE_MS) arm(POKE_MS);
    },
    /** Sweeps now (or joins the sweep running). */
    now: run,
    /** No sweep after this; resolves when the one running ended. */
    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await sweeping;
    },
  };
}
