import type { Db } from '../../db/client.js';
import { deleteReplies } from '../../core/delivery/replies.js';
import type { Logger } from '../../core/kernel/logger.js';
import { safeError } from '../../core/kernel/safe-error.js';

const DELETE_BATCH = 200;
/** How long sent rows wait to be deleted together. */
const FLUSH_MS = 20;
const GONE_KEPT = 10_000;

/**
 * The reply drain's deletes of sent rows, in batches: a crash re-sends at most the rows sent and
 * not yet deleted. One delete runs at a time; rows sent while it runs go in the next one, started
 * FLUSH_MS after it ends, so a slow pool gets fewer, larger deletes. (Each flush used to queue a
 * delete of every row sent and not yet deleted, again while the ones before it still waited for a
 * connection: under load the queue of deletes grew faster than it ran, held the pool, and the
 * intake behind it stalled for seconds after the load had passed — issue 16.)
 */
export function createSentDeletes(o: { db: Db; logger: Logger }) {
  /** Sent, not yet deleted: still "older" rows for their account as far as the table knows. */
  const done = new Set<number>();
  /** Recently deleted by this process: a transaction that began before the delete still saw them. */
  const gone = new Set<number>();
  let flushTimer: NodeJS.Timeout | null = null;
  /** The delete in flight; true when it went through. */
  let flushing: Promise<boolean> | null = null;

  function flush(): Promise<boolean> {
    if (flushTimer) clearTimeout(flushTimer);
    flushTimer = null;
    flushing ??= deleteSent().finally(() => {
      flushing = null;
      if (done.size > 0) flushTimer ??= setTimeout(() => void flush(), FLUSH_MS);
    });
    return flushing;
  }

  async function deleteSent(): Promise<boolean> {
    const ids = [...done];
    if (ids.length === 0) return true;
    try {
      await deleteReplies(o.db, ids);
    } catch (err) {
      o.logger.warn({ err: safeError(err) }, 'sent replies not yet deleted; retrying');
      flushTimer ??= setTimeout(() => void flush(), 1_000);
      return false;
    }
    for (const id of ids) {
      done.delete(id);
      gone.add(id);
    }
    if (gone.size > GONE_KEPT) for (const id of [...gone].slice(0, gone.size - GONE_KEPT)) gone.delete(id);
    return true;
  }

  return {
    /** The row was sent (or given up): deleted with the next batch. */
    finish(id: number): void {
      done.add(id);
      if (done.size >= DELETE_BATCH && !flushing) void flush();
      else flushTimer ??= setTimeout(() => void flush(), FLUSH_MS);
    },
    /** Sent by this process, deleted or not yet: not a row still waiting to be sent. */
    finished: (id: number): boolean => done.has(id) || gone.has(id),
    /** Every row sent so far deleted (idle, shutdown); stops at a failure (the sweep re-sends after the lease). */
    async flushAll(): Promise<void> {
      while (done.size > 0 && (await flush()));
    },
  };
}
