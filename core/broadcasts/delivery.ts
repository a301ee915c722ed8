import { and, eq, sql } from 'drizzle-orm';
import { rowsOf, type Db, type Executor } from '../../db/client.js';
import { broadcastDeliveries as d, broadcasts, channelAccounts } from '../../db/schema/index.js';
import type { ChannelName } from '../kernel/messages.js';
import { pickAccount } from '../delivery/sends.js';
import { endStateOf, shortReason, type Refusal } from '../delivery/outcome.js';
import { createBatcher, type BatcherOptions } from './batch.js';

/** A delivery claimed for sending, with what the sender needs about its broadcast and person. */
export interface ClaimedDelivery {
  id: number;
  broadcastId: string;
  personId: string;
  channel: ChannelName;
  accountId: string;
  partsSent: number;
  triedChannels: string[];
  locale: 'vi' | 'en';
  urgent: boolean;
}

/**
 * Marks deliveries 'sending' before the provider call (DESIGN §4.4), only while their broadcast
 * is sending (or done: a delivery released from the Zalo window). A row already 'sending' under
 * the same job id is taken again — that job's previous run died mid-send, so at most its
 * in-flight part is repeated; one claimed by another job is left alone. One statement for the
 * whole batch; the result is aligned with `items` (null = nothing to do for that job).
 */
async function claimDeliveries(db: Executor, items: { deliveryId: number; jobId: string }[], now: Date): Promise<(ClaimedDelivery | null)[]> {
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      update ${d} set state = 'sending', claim_job = v.job, claimed_at = ${now.toISOString()}, attempts = ${d.attempts} + 1
      from (select unnest(string_to_array(${items.map((i) => i.deliveryId).join(',')}, ','))::bigint as id,
                   unnest(string_to_array(${items.map((i) => i.jobId).join(',')}, ',')) as job) v,
           ${broadcasts} b, people p
      where ${d.id} = v.id and b.id = ${d.broadcastId} and p.id = ${d.personId}
        and b.status in ('sending', 'done') and ${d.channel} is not null
        and (${d.state} = 'queued' or (${d.state} = 'sending' and ${d.claimJob} = v.job))
      returning ${d.id} as id, ${d.claimJob} as job, ${d.broadcastId} as broadcast_id, ${d.personId} as person_id, ${d.channel} as channel,
        ${d.accountId} as account_id, ${d.partsSent} as parts_sent, ${d.triedChannels} as tried, p.locale as locale, b.urgent as urgent`),
  );
  const byKey = new Map(rows.map((r) => [`${r.id}|${r.job}`, r]));
  return items.map((i) => {
    const r = byKey.get(`${i.deliveryId}|${i.jobId}`);
    return r ? toClaimed(r) : null;
  });
}

export async function claimDelivery(db: Executor, deliveryId: number, jobId: string, now: Date): Promise<ClaimedDelivery | null> {
  const [c] = await claimDeliveries(db, [{ deliveryId, jobId }], now);
  return c ?? null;
}

function toClaimed(r: Record<string, unknown>): ClaimedDelivery {
  return {
    id: Number(r.id),
    broadcastId: String(r.broadcast_id),
    personId: String(r.person_id),
    channel: r.channel as ChannelName,
    accountId: String(r.account_id),
    partsSent: Number(r.parts_sent),
    triedChannels: (r.tried as string[] | null) ?? [],
    locale: r.locale === 'en' ? 'en' : 'vi',
    urgent: Boolean(r.urgent),
  };
}

/** All parts out, for a batch of deliveries. An acknowledgement that raced ahead (tapped under part 1) is kept. */
async function markSentMany(db: Executor, items: { id: number; partsSent: number }[], now: Date): Promise<void> {
  await db.execute(sql`
    update ${d} set state = 'sent', parts_sent = v.parts, sent_at = ${now.toISOString()}, error = null
    from (select unnest(string_to_array(${items.map((i) => i.id).join(',')}, ','))::bigint as id,
                 unnest(string_to_array(${items.map((i) => i.partsSent).join(',')}, ','))::int as parts) v
    where ${d.id} = v.id and ${d.state} = 'sending'`);
}

export interface DeliveryWriter {
  claim(deliveryId: number, jobId: string, now: Date): Promise<ClaimedDelivery | null>;
  markSent(id: number, partsSent: number, now: Date): Promise<void>;
}

/** Claims and 'sent' marks of concurrent send jobs, coalesced (see core/broadcasts/batch.ts). */
export function createDeliveryWriter(db: Executor, o: BatcherOptions = {}): DeliveryWriter {
  const claim = createBatcher((items: { deliveryId: number; jobId: string; now: Date }[]) => claimDeliveries(db, items, items[0]!.now), o);
  const mark = createBatcher(async (items: { id: number; partsSent: number; now: Date }[]) => {
    await markSentMany(db, items, items[0]!.now);
    return items.map(() => undefined);
  }, o);
  return {
    claim: (deliveryId, jobId, now) => claim({ deliveryId, jobId, now }),
    markSent: (id, partsSent, now) => mark({ id, partsSent, now }),
  };
}

/** One more part delivered (multi-part bodies resume after it). */
export async function markPartSent(db: Executor, id: number, partsSent: number): Promise<void> {
  await db
    .update(d)
    .set({ partsSent })
    .where(and(eq(d.id, id), eq(d.state, 'sending')));
}

/** Back to 'queued' (rate limit, transient error, quiet hours): the next attempt claims it again. */
export async function releaseDelivery(db: Executor, id: number, error: string | null): Promise<void> {
  await db
    .update(d)
    .set({ state: 'queued', error })
    .where(and(eq(d.id, id), eq(d.state, 'sending')));
}

export async function failDelivery(db: Executor, id: number, error: string): Promise<void> {
  await db
    .update(d)
    .set({ state: 'failed', error: shortReason(error) })
    .where(and(eq(d.id, id), eq(d.state, 'sending')));
}

/** 'no_adapter': this process cannot send on the channel (configuration), the account itself is fine. */
export type Refused = Extract<Refusal, 'unreachable' | 'out_of_window' | 'no_adapter'>;

/**
 * The channel refused this recipient. An unreachable account is marked so (future broadcasts
 * skip it); the delivery moves to the person's next reachable channel when there is one
 * (returned, for the caller to enqueue), else ends 'unreachable' or 'waiting_window'.
 */
export async function refuseDelivery(db: Db, c: ClaimedDelivery, kind: Refused, reason: string): Promise<{ channel: ChannelName } | null> {
  return db.transaction(async (tx) => {
    if (kind === 'unreachable') {
      await tx
        .update(channelAccounts)
        .set({ status: 'unreachable', unreachableReason: shortReason(reason) })
        .where(and(eq(channelAccounts.channel, c.channel), eq(channelAccounts.externalId, c.accountId)));
    }
    const tried = [...new Set([...c.triedChannels, c.channel])];
    const next = await pickAccount(tx, c.personId, tried);
    if (next) {
      await tx
        .update(d)
        .set({ state: 'queued', channel: next.channel, accountId: next.externalId, partsSent: 0, triedChannels: tried, error: shortReason(reason) })
        .where(and(eq(d.id, c.id), eq(d.state, 'sending')));
      return { channel: next.channel };
    }
    const state = endStateOf(kind);
    await tx
      .update(d)
      .set({ state, triedChannels: tried, error: shortReason(reason) })
      .where(and(eq(d.id, c.id), eq(d.state, 'sending')));
    return null;
  });
}
