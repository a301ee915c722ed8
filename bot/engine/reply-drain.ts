import type { Db } from '../../db/client.js';
import { claimDueReplies, releaseReply, writeReplies, type ReplyRow, type WrittenReply } from '../../core/delivery/replies.js';
import type { Logger } from '../../core/kernel/logger.js';
import { accountKey, type ChannelName, type OutboundMessage } from '../../core/kernel/messages.js';
import { safeError } from '../../core/kernel/safe-error.js';
import { createSentDeletes } from './reply-deletes.js';
import { sendHeldReply, type HeldReply, type RowSending, type SendReply } from './reply-sender.js';
import { createSweep } from './reply-sweep.js';

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

/**
 * The reply path after commit (DESIGN §4.2). The intake writes an update's replies as one row in
 * its transaction (leased to this process) and hands it here after commit: it is sent at once from
 * memory, one account at a time in id order, many accounts in parallel. A short rate limit or
 * network error is retried in memory (reply-sender.ts); a longer one hands the row back to the
 * table with its progress and a due time; the sweep (reply-sweep.ts) takes due rows — also those
 * of a process that stopped or crashed (after their lease) — so a reply survives restarts and is
 * never dropped for a transient reason. Sent rows are deleted in batches (reply-deletes.ts): a
 * crash re-sends at most those in flight.
 */
export function createReplyDrain(o: ReplyDrainOptions) {
  const leaseMs = o.leaseMs ?? 30_000;
  const capacity = o.capacity ?? 5_000;
  const concurrency = o.concurrency ?? 32;
  /** Rows held per account, in id order. */
  const queues = new Map<string, HeldReply[]>();
  /** Accounts waiting for a free slot, in arrival order. */
  const ready = new Set<string>();
  const running = new Set<string>();
  let held = 0;
  let stopping = false;
  const abort = new AbortController();
  const sending: RowSending = { send: o.send, logger: o.logger, leaseMs, maxAgeMs: o.maxAgeMs ?? 48 * 3600_000, signal: abort.signal, onOutcome: o.onOutcome };
  const deletes = createSentDeletes(o);
  const sweep = createSweep({ everyMs: o.sweepMs ?? 1_000, take });
  const idleWaiters: (() => void)[] = [];
  const keyWaiters = new Map<string, (() => void)[]>();

  function keyIdle(key: string): void {
    const waiters = keyWaiters.get(key);
    if (!waiters || queues.has(key)) return;
    keyWaiters.delete(key);
    for (const w of waiters) w();
  }

  /** Lease for a row about to be written: none when memory is full (the sweep will take it). */
  function leaseForNew(): number {
    return stopping || held >= capacity ? 0 : leaseMs;
  }

  /** After commit: send the written row from memory, unless an older row of this account is held elsewhere. */
  function accept(w: WrittenReply): void {
    sweep.start();
    if (!w.leased) return sweep.poke();
    const mine = new Set((queues.get(w.row.accountKey) ?? []).map((r) => r.id));
    if (w.older.every((id) => mine.has(id) || deletes.finished(id))) return hold(w.row);
    // An older reply sits in the table (retrying, or another process holds it): this one waits behind it.
    void releaseReply(o.db, { id: w.row.id, sent: 0, attempts: 0, nextAt: new Date() }).then(sweep.poke, (err: unknown) =>
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

  /** Sends one account's rows in order, then hands the slot to the next account waiting. */
  async function run(key: string): Promise<void> {
    running.add(key);
    try {
      const q = queues.get(key);
      while (q && q.length > 0 && !stopping) {
        const row = q[0]!;
        if ((await sendHeldReply(row, sending)) === 'release') {
          await releaseAll(key);
          return;
        }
        q.shift();
        held--;
        deletes.finish(row.id);
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
    sweep.poke();
  }

  /** Takes due rows from the table into memory; true when the batch was full (sweep again soon). */
  async function take(): Promise<boolean> {
    const room = capacity - held;
    if (stopping || room <= 0) return false;
    try {
      const limit = Math.min(room, 500);
      const rows = await claimDueReplies(o.db, limit, leaseMs);
      for (const r of rows) hold(r);
      if (rows.length > 0) o.logger.debug({ rows: rows.length }, 'replies taken from the table');
      return rows.length === limit;
    } catch (err) {
      o.logger.warn({ err: safeError(err) }, 'reply sweep failed; trying again');
      return false;
    }
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
    start: () => sweep.start(),
    /** Sweeps now (tests). */
    sweepNow: () => sweep.now(),
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
      await deletes.flushAll();
    },
    held: () => held,
    /** Stops taking work; sends in flight finish, rows not yet sent go back to the table for the next start. */
    async stop(): Promise<void> {
      stopping = true;
      abort.abort();
      await sweep.stop();
      for (const key of [...queues.keys()]) if (!running.has(key)) await releaseAll(key);
      if (running.size > 0) await new Promise<void>((r) => idleWaiters.push(r));
      await deletes.flushAll();
    },
  };
}
