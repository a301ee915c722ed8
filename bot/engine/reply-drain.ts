import type { Db } from '../../db/client.js';
import { claimDueReplies, deleteReplies, releaseReply, writeReplies, type ReplyRow, type WrittenReply } from '../../core/delivery/replies.js';
import { SendError } from '../../core/kernel/errors.js';
import type { Logger } from '../../core/kernel/logger.js';
import { accountKey, type ChannelName, type OutboundMessage } from '../../core/kernel/messages.js';
import { backoffDelay, isTransient, pause } from '../../core/kernel/retry.js';
import { safeError } from '../../core/kernel/safe-error.js';

/**
 * Sends messages to one account in order, calling `onSent` after each one that went out; throws
 * `SendError` (or a network error) at the first that did not go.
 */
export type SendReply = (account: { channel: ChannelName; accountId: string }, messages: OutboundMessage[], onSent?: () => void) => Promise<void>;

export interface ReplyDrainOptions {
  db: Db;
  send: SendReply;
  logger: Logger;
  /** How often rows left in the table (a restart, a long retry, another process's) are looked for. */
  sweepMs?: number;
  /** How long a row taken into memory is kept from other processes' sweeps. */
  leaseMs?: number;
  /** Rows held in memory at most; beyond that they wait in the table for the sweep. */
  capacity?: number;
  /** Accounts being sent to at once. */
  concurrency?: number;
  /** Give up on a reply that could not be sent for this long (the platform away for days). */
  maxAgeMs?: number;
  onOutcome?: (outcome: 'sent' | 'retried' | 'dropped') => void;
}

/** A row in memory: when it was taken, and when it is due again if handed back. */
type Held = ReplyRow & { heldSince: number; nextAt?: Date };

/** Waits this short are waited in memory; longer ones hand the row back to the table. */
const IN_MEMORY_WAIT_MS = 2_000;
const BACKOFF = { baseMs: 500, maxMs: 10 * 60_000 };
const DELETE_BATCH = 200;
/** How long sent rows wait to be deleted together. */
const FLUSH_MS = 20;
/** How soon a row handed back to the table is looked for. */
const POKE_MS = 50;
const GONE_KEPT = 10_000;

/**
 * The reply path after commit (DESIGN §4.2). The intake writes an update's replies as one row in
 * its transaction (leased to this process) and hands it here after commit: it is sent at once from
 * memory, one account at a time in id order, many accounts in parallel. A short rate limit or
 * network error is retried in memory; a longer one hands the row back to the table with its
 * progress and a due time; the sweep takes due rows — also those of a process that stopped or
 * crashed (after their lease) — so a reply survives restarts and is never dropped for a
 * transient reason. Sent rows are deleted in batches: a crash re-sends at most those in flight.
 */
export function createReplyDrain(o: ReplyDrainOptions) {
  const sweepMs = o.sweepMs ?? 1_000;
  const leaseMs = o.leaseMs ?? 30_000;
  const capacity = o.capacity ?? 5_000;
  const concurrency = o.concurrency ?? 32;
  const maxAgeMs = o.maxAgeMs ?? 48 * 3600_000;
  const queues = new Map<string, Held[]>();
  /** Accounts waiting for a free slot, in arrival order. */
  const ready = new Set<string>();
  const running = new Set<string>();
  /** Sent, not yet deleted: still "older" rows for their account as far as the table knows. */
  const done = new Set<number>();
  /** Recently deleted by this process: a transaction that began before the delete still saw them. */
  const gone = new Set<number>();
  let held = 0;
  let stopping = false;
  const abort = new AbortController();
  let started = false;
  /** The next sweep; null while one runs. */
  let sweepTimer: NodeJS.Timeout | null = null;
  let sweepDueAt = 0;
  let pokedWhileSweeping = false;
  let sweeping: Promise<void> | null = null;
  let flushTimer: NodeJS.Timeout | null = null;
  /** The delete in flight (one at a time); true when it went through. */
  let flushing: Promise<boolean> | null = null;
  const idleWaiters: (() => void)[] = [];
  const keyWaiters = new Map<string, (() => void)[]>();

  function keyIdle(key: string): void {
    const waiters = keyWaiters.get(key);
    if (!waiters || queues.has(key)) return;
    keyWaiters.delete(key);
    for (const w of waiters) w();
  }

  function heldIds(key: string): Set<number> {
    return new Set((queues.get(key) ?? []).map((r) => r.id));
  }

  /** Lease for a row about to be written: none when memory is full (the sweep will take it). */
  function leaseForNew(): number {
    return stopping || held >= capacity ? 0 : leaseMs;
  }

  /** After commit: send the written row from memory, unless an older row of this account is held elsewhere. */
  function accept(w: WrittenReply): void {
    start();
    if (!w.leased) return poke();
    const mine = heldIds(w.row.accountKey);
    if (w.older.every((id) => mine.has(id) || done.has(id) || gone.has(id))) return hold(w.row);
    // An older reply sits in the table (retrying, or another process holds it): this one waits behind it.
    void releaseReply(o.db, { id: w.row.id, sent: 0, attempts: 0, nextAt: new Date() }).then(poke, (err: unknown) =>
      o.logger.warn({ err: safeError(err) }, 'reply release failed; the sweep takes it after its lease'),
    );
  }

  function hold(row: ReplyRow): void {
    const q = queues.get(row.accountKey) ?? [];
    if (q.some((r) => r.id === row.id)) return;
    q.push({ ...row, heldSince: Date.now() });
    q.sort((a, b) => a.id - b.id);
    queues.set(row.accountKey, q);
    held++;
    schedule(row.accountKey);
  }

  function schedule(key: string): void {
    if (running.has(key) || ready.has(key)) return;
    if (running.size < concurrency) void run(key);
    else ready.add(key);
  }

  async function run(key: string): Promise<void> {
    running.add(key);
    try {
      const q = queues.get(key);
      while (q && q.length > 0 && !stopping) {
        const row = q[0]!;
        const verdict = await sendRow(row);
        if (verdict === 'release') {
          await releaseAll(key);
          return;
        }
        q.shift();
        held--;
        finish(row.id);
      }
      if (stopping) await releaseAll(key);
      else queues.delete(key);
      keyIdle(key);
    } finally {
      running.delete(key);
      // A row taken for this account while its rows were being handed back.
      if (queues.has(key) && !stopping) ready.add(key);
      const next = ready.values().next().value;
      if (next !== undefined) ready.delete(next);
      if (next) void run(next);
      else if (running.size === 0) settle();
    }
  }

  /** Sends what is left of one row. 'done' also when given up (logged); 'release' to hand it back. */
  async function sendRow(row: Held): Promise<'done' | 'release'> {
    const account = { channel: row.channel, accountId: row.accountId };
    while (row.sent < row.messages.length) {
      try {
        await o.send(account, row.messages.slice(row.sent), () => row.sent++);
        row.sent = row.messages.length;
      } catch (err) {
        const rateLimited = err instanceof SendError && err.failure === 'rate_limited';
        if (!rateLimited && !isTransient(err)) {
          const failure = err instanceof SendError ? err.failure : 'error';
          o.logger.warn({ channel: row.channel, reply: row.id, failure, err: safeError(err) }, 'reply not sent: the platform refused it for good');
          o.onOutcome?.('dropped');
          return 'done';
        }
        row.attempts++;
        if (!rateLimited && Date.now() - row.createdAt > maxAgeMs) {
          o.logger.error({ channel: row.channel, reply: row.id, attempts: row.attempts, err: safeError(err) }, 'reply given up after failing for days');
          o.onOutcome?.('dropped');
          return 'done';
        }
        const wait = rateLimited ? Math.max(50, (err as SendError).retryAfterMs ?? 1_000) : backoffDelay(row.attempts, BACKOFF);
        o.onOutcome?.('retried');
        const heldFor = Date.now() - row.heldSince + wait;
        if (stopping || wait > IN_MEMORY_WAIT_MS || heldFor > leaseMs / 2) {
          row.nextAt = new Date(Date.now() + wait);
          return 'release';
        }
        await pause(wait, abort.signal);
        if (stopping) return 'release';
      }
    }
    o.onOutcome?.('sent');
    return 'done';
  }

  /** Hands every row held for the account back to the table, the first one with its due time. */
  async function releaseAll(key: string): Promise<void> {
    const q = queues.get(key) ?? [];
    queues.delete(key);
    held -= q.length;
    keyIdle(key);
    for (const r of q) {
      const nextAt = r.nextAt ?? new Date();
      await releaseReply(o.db, { id: r.id, sent: r.sent, attempts: r.attempts, nextAt }).catch((err: unknown) =>
        o.logger.warn({ err: safeError(err) }, 'reply release failed; the sweep takes it after its lease'),
      );
    }
    poke();
  }

  function finish(id: number): void {
    done.add(id);
    if (done.size >= DELETE_BATCH && !flushing) void flush();
    else flushTimer ??= setTimeout(() => void flush(), FLUSH_MS);
  }

  /**
   * Deletes the rows sent so far, one statement at a time: rows sent while it runs go in the next
   * one, started FLUSH_MS after it ends, so a slow pool gets fewer, larger deletes. (Each flush
   * used to queue a delete of every row sent and not yet deleted, again while the ones before it
   * still waited for a connection: under load the queue of deletes grew faster than it ran, held
   * the pool, and the intake behind it stalled for seconds after the load had passed — issue 16.)
   */
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

  /** Every row sent so far deleted (idle, shutdown); stops at a failure (the sweep re-sends after the lease). */
  async function flushAll(): Promise<void> {
    while (done.size > 0 && (await flush()));
  }

  async function sweep(): Promise<void> {
    const room = capacity - held;
    if (stopping || room <= 0) return;
    try {
      const limit = Math.min(room, 500);
      const rows = await claimDueReplies(o.db, limit, leaseMs);
      for (const r of rows) hold(r);
      if (rows.length === limit) pokedWhileSweeping = true;
      if (rows.length > 0) o.logger.debug({ rows: rows.length }, 'replies taken from the table');
    } catch (err) {
      o.logger.warn({ err: safeError(err) }, 'reply sweep failed; trying again');
    }
  }

  function runSweep(): Promise<void> {
    sweeping ??= sweep().finally(() => (sweeping = null));
    return sweeping;
  }

  /** A row went back to the table (or skipped memory): sweep soon rather than at the next tick. */
  function poke(): void {
    if (stopping || !started) return;
    if (!sweepTimer) {
      pokedWhileSweeping = true;
      return;
    }
    // Sooner, never later: pokes arriving faster than POKE_MS apart used to push the sweep back each time, so it never ran.
    if (sweepDueAt - Date.now() > POKE_MS) armSweep(POKE_MS);
  }

  function armSweep(ms: number): void {
    if (sweepTimer) clearTimeout(sweepTimer);
    sweepDueAt = Date.now() + ms;
    sweepTimer = setTimeout(tick, ms).unref();
  }

  function tick(): void {
    sweepTimer = null;
    pokedWhileSweeping = false;
    void runSweep().finally(() => {
      if (!stopping) armSweep(pokedWhileSweeping ? POKE_MS : sweepMs);
    });
  }

  function start(): void {
    if (started || stopping) return;
    started = true;
    armSweep(0);
  }

  function settle(): void {
    if (running.size > 0 || queues.size > 0) return;
    for (const w of idleWaiters.splice(0)) w();
  }

  return {
    leaseForNew,
    accept,
    /** Writes replies outside an update's transaction (flood-control notice) and sends them. */
    async enqueue(channel: ChannelName, accountId: string, messages: OutboundMessage[]): Promise<void> {
      accept(await writeReplies(o.db, { channel, accountId, accountKey: accountKey(channel, accountId) }, messages, leaseForNew()));
    },
    /** Starts the sweep (also on first use): rows left by an earlier run (or another process) are sent. */
    start,
    /** Sweeps now (tests). */
    sweepNow: () => runSweep(),
    /**
     * Resolves when this account's replies held in memory are sent (or handed back), at most after
     * `timeoutMs`: the sandbox, whose "platform" is local, answers once its replies are stored.
     */
    settled(key: string, timeoutMs: number): Promise<void> {
      if (!queues.has(key)) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        keyWaiters.set(key, [
          ...(keyWaiters.get(key) ?? []),
          () => {
            clearTimeout(timer);
            resolve();
          },
        ]);
      });
    },
    /** Resolves when nothing is held in memory and the sent rows are deleted (tests, shutdown). */
    async idle(): Promise<void> {
      if (running.size > 0 || queues.size > 0) await new Promise<void>((r) => idleWaiters.push(r));
      await flushAll();
    },
    held: () => held,
    /** Stops taking work; sends in flight finish, rows not yet sent go back to the table for the next start. */
    async stop(): Promise<void> {
      stopping = true;
      if (sweepTimer) clearTimeout(sweepTimer);
      sweepTimer = null;
      abort.abort();
      await sweeping;
      for (const key of [...queues.keys()]) if (!running.has(key)) await releaseAll(key);
      if (running.size > 0) await new Promise<void>((r) => idleWaiters.push(r));
      await flushAll();
    },
  };
}
