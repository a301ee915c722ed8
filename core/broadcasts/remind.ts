import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client.js';
import { broadcastDeliveries as d, broadcasts } from '../../db/schema/index.js';
import type { ChannelName } from '../kernel/messages.js';

export interface ReminderTarget {
  id: number;
  broadcastId: string;
  channel: ChannelName;
  accountId: string;
  locale: 'vi' | 'en';
}

/**
 * Takes the one reminder of a delivery that was sent but not acknowledged (at most once: the
 * mark is made before the send; a crash loses a reminder rather than doubling it).
 */
export async function claimReminder(db: Executor, deliveryId: number, now: Date): Promise<ReminderTarget | null> {
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      update ${d} set reminded_at = ${now.toISOString()}
      from ${broadcasts} b, people p
      where ${d.id} = ${deliveryId} and b.id = ${d.broadcastId} and p.id = ${d.personId}
        and ${d.state} = 'sent' and ${d.remindedAt} is null and b.status in ('sending', 'done') and ${d.channel} is not null
      returning ${d.id} as id, ${d.broadcastId} as broadcast_id, ${d.channel} as channel, ${d.accountId} as account_id, p.locale as locale`),
  );
  const r = rows[0];
  if (!r) return null;
  return {
    id: Number(r.id),
    broadcastId: String(r.broadcast_id),
    channel: r.channel as ChannelName,
    accountId: String(r.account_id),
    locale: r.locale === 'en' ? 'en' : 'vi',
  };
}

/** A 429 on the reminder: give the slot back so the retried job sends it. */
export async function unclaimReminder(db: Executor, deliveryId: number): Promise<void> {
  await db
    .update(d)
    .set({ remindedAt: null })
    .where(and(eq(d.id, deliveryId), eq(d.state, 'sent')));
}

/** Keyset walk over deliveries still waiting for "Đã nhận" and not yet reminded. */
export async function unacknowledgedAfter(db: Executor, broadcastId: string, afterId: number, size: number): Promise<{ id: number; channel: string }[]> {
  const rows = await db
    .select({ id: d.id, channel: d.channel })
    .from(d)
    .where(and(eq(d.broadcastId, broadcastId), eq(d.state, 'sent'), isNull(d.remindedAt), gt(d.id, afterId)))
    .orderBy(asc(d.id))
    .limit(size);
  return rows.map((r) => ({ id: r.id, channel: r.channel ?? '' }));
}
