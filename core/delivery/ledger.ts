import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import { rowsOf, type Db, type Executor } from '../../db/client.js';
import { channelAccounts, sends } from '../../db/schema/index.js';
import type { SentRef } from '../kernel/channel.js';
import { localeOf, type Locale } from '../kernel/i18n.js';
import type { ChannelName } from '../kernel/messages.js';
import { enqueue } from '../platform/outbox.js';
import { createBatcher, type BatcherOptions } from './batch.js';
import { endStateOf, mayRetarget, shortReason, type EndState, type Refusal } from './outcome.js';
import { laneQueueName, pickAccount, SEND_JOB, sendJobId, type FailureJob } from './sends.js';

/**
 * The one delivery ledger's state changes (DESIGN §4.4), for every row of `sends` — alerts,
 * reminders, polls, notices and broadcast deliveries alike: claim before the provider call,
 * mark parts and 'sent' after, release (back to the queue), refuse (next channel of the person,
 * or an end state). The send processor (workers/jobs/delivery/send-lane.ts) is their one caller.
 */
type SendRow = typeof sends.$inferSelect;

/** A claimed row, on a channel, with what the sender needs about its person and broadcast. */
export interface ClaimedSend extends SendRow {
  channel: ChannelName;
  accountId: string;
  locale: Locale;
  /** The row's broadcast is urgent (sent through quiet hours); false for rows of no broadcast. */
  urgent: boolean;
}

const columns = Object.entries(getTableColumns(sends));

function toRow(r: Record<string, unknown>): SendRow {
  const out: Record<string, unknown> = {};
  for (const [key, col] of columns) {
    const v = r[col.name];
    out[key] = v === null || v === undefined ? null : col.mapFromDriverValue(v);
  }
  return out as SendRow;
}

/**
 * Marks rows 'sending' before the provider call, one statement for a batch of jobs; the result
 * is aligned with `items` (null = nothing to do for that job). A row is taken when queued, or
 * when already 'sending' under the same job id (that job's previous run died mid-send: at most
 * its in-flight part is repeated); one claimed by another job is left alone. A broadcast's row
 * is taken only while its broadcast is sending (or done: a row released from the Zalo window).
 */
async function claimSends(db: Executor, items: { sendId: number; jobId: string }[], now: Date): Promise<(ClaimedSend | null)[]> {
  const v = JSON.stringify(items.map((i) => ({ id: i.sendId, job: i.jobId })));
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      with v as (select * from jsonb_to_recordset(${v}::jsonb) as v(id bigint, job text)),
      upd as (
        update sends s set state = 'sending', claim_job = v.job, claimed_at = ${now.toISOString()}, attempts = s.attempts + 1
        from v
        where s.id = v.id and s.channel is not null and s.account_id is not null
          and (s.state = 'queued' or (s.state = 'sending' and (s.claim_job = v.job or s.claim_job is null)))
          and (s.broadcast_id is null or exists (select 1 from broadcasts b where b.id = s.broadcast_id and b.status in ('sending', 'done')))
        returning s.*)
      select upd.*, p.locale as p_locale, coalesce(b.urgent, false) as b_urgent
      from upd left join people p on p.id = upd.person_id left join broadcasts b on b.id = upd.broadcast_id`),
  );
  const byKey = new Map(rows.map((r) => [`${String(r.id)}|${String(r.claim_job)}`, r]));
  return items.map((i) => {
    const r = byKey.get(`${i.sendId}|${i.jobId}`);
    if (!r) return null;
    const row = toRow(r);
    return {
      ...row,
      channel: row.channel as ChannelName,
      accountId: row.accountId!,
      locale: localeOf(r.p_locale as string | null),
      urgent: r.b_urgent === true,
    };
  });
}

/** All parts out, for a batch of rows. An acknowledgement that raced ahead (tapped under part 1) is kept. */
async function markSentMany(db: Executor, items: { id: number; partsSent: number; refs: SentRef[] }[], now: Date): Promise<void> {
  const v = JSON.stringify(items.map((i) => ({ id: i.id, parts: i.partsSent, refs: i.refs.map((r) => r.messageId) })));
  await db.execute(sql`
    update sends s set state = 'sent', parts_sent = v.parts, sent_at = ${now.toISOString()}, error = null, provider_refs = v.refs
    from jsonb_to_recordset(${v}::jsonb) as v(id bigint, parts int, refs jsonb)
    where s.id = v.id and s.state = 'sending'`);
}

export interface SendWriter {
  claim(sendId: number, jobId: string, now: Date): Promise<ClaimedSend | null>;
  markSent(id: number, partsSent: number, refs: SentRef[], now: Date): Promise<void>;
}

/** Claims and 'sent' marks of concurrent send jobs, coalesced into few commits (core/delivery/batch.ts). */
export function createSendWriter(db: Executor, o: BatcherOptions = {}): SendWriter {
  const claim = createBatcher((items: { sendId: number; jobId: string; now: Date }[]) => claimSends(db, items, items[0]!.now), o);
  const mark = createBatcher(async (items: { id: number; partsSent: number; refs: SentRef[]; now: Date }[]) => {
    await markSentMany(db, items, items[0]!.now);
    return items.map(() => undefined);
  }, o);
  return {
    claim: (sendId, jobId, now) => claim({ sendId, jobId, now }),
    markSent: (id, partsSent, refs, now) => mark({ id, partsSent, refs, now }),
  };
}

/** One more part delivered (a multi-part message resumes after it). */
export async function markPartSent(db: Executor, id: number, partsSent: number): Promise<void> {
  await db
    .update(sends)
    .set({ partsSent })
    .where(and(eq(sends.id, id), eq(sends.state, 'sending')));
}

/** Back to the queue (rate limit, transient failure, quiet hours): the next attempt claims it again. */
export async function release(db: Executor, id: number, error: string | null): Promise<void> {
  await db
    .update(sends)
    .set({ state: 'queued', error })
    .where(and(eq(sends.id, id), eq(sends.state, 'sending')));
}

/** Why the row was refused: a short code for the row, the provider's phrase for the account. */
export interface RefusalReason {
  /** Kept on the row: the provider's short reason ('blocked', 'never_started') or the kind. */
  code: string;
  /** Kept on an unreachable account (future sends skip it and say why). */
  account: string;
}

/**
 * The recipient cannot get this message on this channel. One transaction: a blocked account
 * is marked unreachable; the row moves to the person's next reachable channel if they have one
 * (its job through the outbox), else it ends (core/delivery/outcome.ts endStateOf) and its
 * failure job (e.g. "escalate past this level") goes to the outbox.
 */
export async function refuse(db: Db, row: ClaimedSend, kind: Refusal, reason: RefusalReason): Promise<'retargeted' | Exclude<EndState, 'sent'>> {
  return db.transaction(async (tx) => {
    if (kind === 'unreachable') {
      await tx
        .update(channelAccounts)
        .set({ status: 'unreachable', unreachableReason: shortReason(reason.account) })
        .where(and(eq(channelAccounts.channel, row.channel), eq(channelAccounts.externalId, row.accountId)));
    }
    const tried = [...new Set([...row.triedChannels, row.channel])];
    const error = shortReason(reason.code);
    const next = mayRetarget(kind) ? await pickAccount(tx, row.personId, tried) : null;
    if (next) {
      await tx
        .update(sends)
        .set({ channel: next.channel, accountId: next.externalId, state: 'queued', partsSent: 0, triedChannels: tried, error })
        .where(and(eq(sends.id, row.id), eq(sends.state, 'sending')));
      await enqueue(tx, { queue: laneQueueName(row.lane, next.channel), name: SEND_JOB, payload: { sendId: row.id }, jobId: sendJobId(row.id, next.channel) });
      return 'retargeted';
    }
    const state = endStateOf(kind);
    await tx
      .update(sends)
      .set({ state, error, triedChannels: tried })
      .where(and(eq(sends.id, row.id), eq(sends.state, 'sending')));
    const onFail = row.onFail as FailureJob | null;
    if (onFail) await enqueue(tx, { ...onFail, jobId: `sendfail-${row.id}` });
    return state;
  });
}
