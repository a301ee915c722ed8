/**
 * Coalesces concurrent single-row writes into one statement (one commit) per batch. A caller
 * awaits its own item's result, which arrives only after the batch committed — so "marked
 * before the provider call" still holds per row, at a fraction of the commits (each commit
 * waits for a WAL flush; 64 senders committing one row each were disk-bound).
 */
export interface BatcherOptions {
  /** Most items per statement. */
  maxBatch?: number;
  /** Statements in flight at once (≤ the connection pool). */
  maxInFlight?: number;
}

export function createBatcher<I, O>(run: (items: I[]) => Promise<O[]>, o: BatcherOptions = {}): (item: I) => Promise<O> {
  const maxBatch = o.maxBatch ?? 200;
  const maxInFlight = o.maxInFlight ?? 2;
  let pending: { item: I; resolve: (o: O) => void; reject: (e: unknown) => void }[] = [];
  let inFlight = 0;
  let scheduled = false;

  function flush(): void {
    scheduled = false;
    while (pending.length > 0 && inFlight < maxInFlight) {
      const batch = pending.slice(0, maxBatch);
      pending = pending.slice(maxBatch);
      inFlight++;
      run(batch.map((p) => p.item))
        .then(
          (out) => batch.forEach((p, i) => p.resolve(out[i] as O)),
          (err: unknown) => batch.forEach((p) => p.reject(err)),
        )
        .finally(() => {
          inFlight--;
          schedule();
        });
    }
  }

  function schedule(): void {
    if (scheduled || pending.length === 0) return;
    scheduled = true;
    setImmediate(flush);
  }

  return (item) =>
    new Promise<O>((resolve, reject) => {
      pending.push({ item, resolve, reject });
      schedule();
    });
}
