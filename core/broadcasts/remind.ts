import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client.js';
import { people, sends as d } from '../../db/schema/index.js';
import { localeOf, type Locale } from '../kernel/i18n.js';
import type { ChannelName, OutboundMessage } from '../kernel/messages.js';
import { reminderPurpose } from './jobs.js';

export interface ReminderTarget {
  /** The delivery (the broadcast's ledger row) to remind about. */
  id: number;
  personId: string;
  channel: ChannelName;
  accountId: string;
  locale: Locale;
}

/** Keyset walk over a broadcast's deliveries sent, not acknowledged and not yet reminded. */
export async function unacknowledgedAfter(db: Executor, broadcastId: string, afterId: number, size: number): Promise<ReminderTarget[]> {
  const rows = await db
    .select({ id: d.id, personId: d.personId, channel: d.channel, accountId: d.accountId, locale: people.locale })
    .from(d)
    .innerJoin(people, eq(people.id, d.personId))
    .where(and(eq(d.broadcastId, broadcastId), eq(d.state, 'sent'), isNull(d.remindedAt), gt(d.id, afterId)))
    .orderBy(asc(d.id))
    .limit(size);
  return rows.map((r) => ({
    id: r.id,
    personId: r.personId,
    channel: (r.channel ?? '') as ChannelName,
    accountId: r.accountId ?? '',
    locale: localeOf(r.locale),
  }));
}

/**
 * The one reminder of each delivery, as its own ledger row (purpose `bcr-<broadcast>`, bulk
 * lane, on the account the guidance reached), written with the delivery's `reminded_at` mark in
 * one statement: a delivery is reminded at most once, and a re-run writes nothing twice.
 * Returns the new rows, for the caller to enqueue.
 */
export async function queueReminders(
  db: Executor,
  broadcastId: string,
  items: { target: ReminderTarget; message: OutboundMessage }[],
  now: Date,
): Promise<{ id: number; channel: string }[]> {
  if (items.length === 0) return [];
  const v = JSON.stringify(
    items.map((i) => ({ delivery: i.target.id, person: i.target.personId, channel: i.target.channel, account: i.target.accountId, message: i.message })),
  );
  const rows = rowsOf<{ id: string | number; channel: string }>(
    await db.execute(sql`
      with v as (select * from jsonb_to_recordset(${v}::jsonb) as v(delivery bigint, person uuid, channel text, account text, message jsonb)),
      marked as (
        update sends s set reminded_at = ${now.toISOString()} from v
        where s.id = v.delivery and s.broadcast_id = ${broadcastId} and s.reminded_at is null returning s.id),
      ins as (
        insert into sends (purpose, person_id, part, lane, channel, account_id, message)
        select ${reminderPurpose(broadcastId)}, v.person, 0, 'bulk', v.channel, v.account, v.message from v join marked m on m.id = v.delivery
        on conflict (purpose, person_id, part) do nothing
        returning id, channel)
      select id, channel from ins`),
  );
  return rows.map((r) => ({ id: Number(r.id), channel: r.channel }));
}
