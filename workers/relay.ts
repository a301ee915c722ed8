import { and, asc, inArray, isNull, lt, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { outbox } from '../db/schema/index.js';
import type { Logger } from '../core/kernel/logger.js';
import type { QueueSet } from './queues.js';
import { safeError } from '../core/kernel/safe-error.js';

export interface RelayDeps {
  db: Db;
  queues: Pick<QueueSet, 'get'>;
  logger: Logger;
  intervalMs?: number;
  batchSize?: number;
  clock?: () => Date;
}

export interface Relay {
  /** Moves one batch; returns how many rows it relayed (throws when Redis or Postgres failed). */
  runOnce(): Promise<number>;
  start(): void;
  /** Fast path: run now instead of at the next tick (call after committing outbox rows). */
  poke(): void;
  stop(): Promise<void>;
}

type OutboxRow = typeof outbox.$inferSelect;

const RETENTION_MS = 7 * 24 * 3600_000;
const PRUNE_EVERY_MS = 3600_000;
const MAX_BACKOFF_MS = 5_000;
/**
 * A queue whose connection never became ready waits for Redis instead of failing; the bound
 * keeps the transaction (and its row locks) short. An add that lands after the timeout is
 * harmless: the rows are re-added next round under the same job ids.
 */
const ADD_TIMEOUT_MS = 5_000;

/**
 * The outbox relay (DESIGN §4.3). Rows are claimed with FOR UPDATE SKIP LOCKED, so several
 * worker processes share the work without taking the same row; jobs are added with the row's
 * deterministic id and marked relayed in the same transaction. If Redis refuses the add, the
 * transaction rolls back and the rows wait for the next round: nothing is lost while Redis is away.
 */
export function createRelay(deps: RelayDeps): Relay {
  const interval = deps.intervalMs ?? 200;
  const batch = deps.batchSize ?? 500;
  const clock = deps.clock ?? (() => new Date());
  let loop: Promise<void> | null = null;
  let stopped = false;
  let wake: (() => void) | null = null;
  let pokedWhileBusy = false;
  let lastPrune = 0;
  let failures = 0;

  async function runOnce(): Promise<number> {
    return deps.db.transaction(async (tx) => {
      const rows = await tx.select().from(outbox).where(isNull(outbox.relayedAt)).orderBy(asc(outbox.id)).limit(batch).for('update', { skipLocked: true });
      if (rows.length === 0) return 0;
      const now = clock().getTime();
      for (const [queue, list] of groupByQueue(rows)) {
        const jobs = list.map((r) => ({ name: r.name, data: r.payload, opts: { jobId: r.jobId, delay: Math.max(0, r.runAt.getTime() - now) } }));
        await withTimeout(deps.queues.get(queue).addBulk(jobs), ADD_TIMEOUT_MS);
      }
      await tx
        .update(outbox)
        .set({ relayedAt: clock() })
        .where(
          inArray(
            outbox.id,
            rows.map((r) => r.id),
          ),
        );
      return rows.length;
    });
  }

  async function prune(): Promise<void> {
    if (Date.now() - lastPrune < PRUNE_EVERY_MS) return;
    lastPrune = Date.now();
    await deps.db.delete(outbox).where(and(isNotNull(outbox.relayedAt), lt(outbox.relayedAt, new Date(Date.now() - RETENTION_MS))));
  }

  async function tick(): Promise<number> {
    try {
      const n = await runOnce();
      if (failures > 0) deps.logger.info({ after: failures }, 'outbox relay recovered');
      failures = 0;
      await prune();
      return n;
    } catch (err) {
      if (failures % 50 === 0) deps.logger.warn({ err: safeError(err), failures }, 'outbox relay round failed; rows stay for the next round');
      failures++;
      return -1;
    }
  }

  async function run(): Promise<void> {
    while (!stopped) {
      pokedWhileBusy = false;
      const n = await tick();
      if (stopped) break;
      if (n === batch || pokedWhileBusy) continue;
      const wait = n < 0 ? Math.min(MAX_BACKOFF_MS, interval * 2 ** Math.min(failures, 5)) : interval;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, wait);
        function done() {
          clearTimeout(timer);
          wake = null;
          resolve();
        }
        wake = done;
      });
    }
  }

  return {
    runOnce,
    start() {
      if (!loop) loop = run();
    },
    poke() {
      if (wake) wake();
      else pokedWhileBusy = true;
    },
    async stop() {
      stopped = true;
      wake?.();
      await loop;
      loop = null;
    },
  };
}

function groupByQueue(rows: OutboxRow[]): Map<string, OutboxRow[]> {
  const out = new Map<string, OutboxRow[]>();
  for (const r of rows) {
    const list = out.get(r.queue) ?? [];
    list.push(r);
    out.set(r.queue, list);
  }
  return out;
}

class RelayTimeoutError extends Error {
  override readonly name = 'RelayTimeoutError';
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RelayTimeoutError(`queue add took longer than ${ms} ms`)), ms);
  });
  p.catch(() => {}); // the race below reports the failure; this only prevents an unhandled rejection after a timeout
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
