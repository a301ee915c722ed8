import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client.js';
import { statement } from '../../db/prepared.js';
import type { ChannelName, OutboundMessage } from '../kernel/messages.js';

/**
 * The reply outbox (DESIGN §4.2): replies to the person who wrote are written in the transaction
 * that applied their update, so they exist exactly when the update does, and leave afterwards
 * through bot/engine/reply-drain.ts. These are its statements; the `replies` table is described
 * in db/schema/replies.ts.
 */
export interface ReplyRow {
  id: number;
  channel: ChannelName;
  accountId: string;
  accountKey: string;
  messages: OutboundMessage[];
  sent: number;
  attempts: number;
  createdAt: number;
}

export interface WrittenReply {
  row: ReplyRow;
  /** Ids of this account's replies still waiting when this one was written (they go first). */
  older: number[];
  /** Whether the row was written leased to this process (to be sent from memory at once). */
  leased: boolean;
}

/**
 * Writes one update's replies. `leaseMs` > 0 leases the row to the caller: no sweep takes it
 * before the lease ends. The caller holds the account's conversation lock, so `older` is exact.
 */
export async function writeReplies(
  tx: Executor,
  to: { channel: ChannelName; accountId: string; accountKey: string },
  messages: OutboundMessage[],
  leaseMs: number,
): Promise<WrittenReply> {
  return writtenReply(await insertReply(tx, replyValues(to, messages, leaseMs)), to, messages, leaseMs);
}

type ReplyTarget = { channel: ChannelName; accountId: string; accountKey: string };

/**
 * The statement writeReplies runs, with its values as placeholders (`reply*`, see replyValues), for
 * a caller that puts it after writes of its own (`with … insert`, one round trip for all) in a
 * statement built once (db/prepared.ts `statement`).
 */
export const replyInsert: SQL = sql`
  insert into replies (channel, account_id, account_key, messages, lease_until)
  values (${sql.placeholder('replyChannel')}, ${sql.placeholder('replyAccountId')}, ${sql.placeholder('replyAccountKey')},
    ${sql.placeholder('replyMessages')}::jsonb,
    case when ${sql.placeholder('replyLeaseMs')}::int > 0 then now() + ${sql.placeholder('replyLeaseMs')}::int * interval '1 millisecond' end)
  returning id, created_at, (select array_agg(id order by id) from replies where account_key = ${sql.placeholder('replyAccountKey')}) as older`;

const insertReply = statement(replyInsert);

/** The values of replyInsert's placeholders. */
export function replyValues(to: ReplyTarget, messages: OutboundMessage[], leaseMs: number) {
  return {
    replyChannel: to.channel,
    replyAccountId: to.accountId,
    replyAccountKey: to.accountKey,
    replyMessages: JSON.stringify(messages),
    replyLeaseMs: leaseMs,
  };
}

/** What replyInsert returned, as writeReplies returns it. */
export function writtenReply(rows: unknown, to: ReplyTarget, messages: OutboundMessage[], leaseMs: number): WrittenReply {
  const r = rowsOf<{ id: string | number; created_at: string | Date; older: (string | number)[] | null }>(rows)[0];
  if (!r) throw new Error('reply row not written');
  return {
    row: { id: Number(r.id), ...to, messages, sent: 0, attempts: 0, createdAt: new Date(r.created_at).getTime() },
    older: (r.older ?? []).map(Number),
    leased: leaseMs > 0,
  };
}

/**
 * Leases up to `limit` replies that are due and at the head of their account (no older reply of
 * that account waits), oldest first. Several processes may sweep at once: the lease is re-checked
 * on the locked row, so each row goes to one of them.
 */
export async function claimDueReplies(db: Executor, limit: number, leaseMs: number): Promise<ReplyRow[]> {
  const rows = await db.execute(sql`
    with heads as (select distinct on (account_key) id, next_at, lease_until from replies order by account_key, id),
    due as (select id from heads where next_at <= now() and (lease_until is null or lease_until < now()) order by id limit ${limit})
    update replies r set lease_until = now() + ${`${leaseMs} milliseconds`}::interval
    from due where r.id = due.id and (r.lease_until is null or r.lease_until < now())
    returning r.id, r.channel, r.account_id, r.account_key, r.messages, r.sent, r.attempts, r.created_at`);
  return rowsOf<ClaimedRow>(rows)
    .map((r) => ({
      id: Number(r.id),
      channel: r.channel as ChannelName,
      accountId: r.account_id,
      accountKey: r.account_key,
      messages: (typeof r.messages === 'string' ? JSON.parse(r.messages) : r.messages) as OutboundMessage[],
      sent: r.sent,
      attempts: r.attempts,
      createdAt: new Date(r.created_at).getTime(),
    }))
    .sort((a, b) => a.id - b.id);
}

interface ClaimedRow {
  id: string | number;
  channel: string;
  account_id: string;
  account_key: string;
  messages: OutboundMessage[] | string;
  sent: number;
  attempts: number;
  created_at: string | Date;
}

/** Sent (or given up): the rows go. */
export async function deleteReplies(db: Executor, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.execute(sql`delete from replies where id = any(${`{${ids.join(',')}}`}::bigint[])`);
}

/** Hands a row back to the sweep: progress kept, due again at `nextAt`. */
export async function releaseReply(db: Executor, r: { id: number; sent: number; attempts: number; nextAt: Date }): Promise<void> {
  await db.execute(
    sql`update replies set lease_until = null, sent = ${r.sent}, attempts = ${r.attempts}, next_at = ${r.nextAt.toISOString()}::timestamptz where id = ${r.id}`,
  );
}

/** Replies waiting in the table: all, those already tried (retrying), and the oldest one's age (metrics). */
export async function replyBacklog(db: Executor): Promise<{ waiting: number; retrying: number; oldestSeconds: number }> {
  const rows = rowsOf<{ n: string | number; retrying: string | number; oldest: string | number | null }>(
    await db.execute(
      sql`select count(*) as n, count(*) filter (where attempts > 0) as retrying, extract(epoch from now() - min(created_at)) as oldest from replies`,
    ),
  );
  const r = rows[0];
  return { waiting: Number(r?.n ?? 0), retrying: Number(r?.retrying ?? 0), oldestSeconds: Number(r?.oldest ?? 0) };
}

/** How many replies wait (metrics, tests). */
export async function pendingReplies(db: Executor): Promise<number> {
  const rows = rowsOf<{ n: string | number }>(await db.execute(sql`select count(*) as n from replies`));
  return Number(rows[0]?.n ?? 0);
}
