import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client.js';
import { broadcasts, channelAccounts, people, sends as d, units } from '../../db/schema/index.js';
import { bestAccountSql, rawAudienceWhere, type AudienceFilters } from '../people/audience.js';
import { deliveryPurpose } from './jobs.js';

export interface QueuedDelivery {
  id: number;
  channel: string;
}

export interface FanoutTarget {
  id: string;
  unitPath: string;
  filters: AudienceFilters;
}

/** The broadcast with its root unit's path, for the fan-out. */
export async function loadFanoutTarget(db: Executor, broadcastId: string) {
  const [row] = await db
    .select({ b: broadcasts, unitPath: units.path })
    .from(broadcasts)
    .innerJoin(units, eq(units.id, broadcasts.unitId))
    .where(eq(broadcasts.id, broadcastId));
  return row ?? null;
}

/**
 * Snapshots the next `size` people of the audience after `cursor` (keyset on person id) into
 * deliveries — ledger rows (`sends`, broadcast lane, purpose `bc-<id>`), 'queued' on their best
 * account, 'unreachable' when they have none — and moves
 * the broadcast's cursor, all in one statement (one commit). Returns the queued rows it created
 * (to enqueue), how many people the batch held (fewer than `size` = audience exhausted) and the
 * last person id. A batch re-run inserts nothing twice (unique per broadcast and person); rows
 * whose jobs were lost in a crash after this commit are re-enqueued by the fan-out's requeue phase.
 * Returned ids are `sends` ids.
 */
export async function snapshotBatch(
  db: Executor,
  t: FanoutTarget,
  cursor: string | null,
  size: number,
): Promise<{ last: string | null; count: number; queued: QueuedDelivery[] }> {
  const after = cursor ? sql`and p.id > ${cursor}` : sql``;
  const rows = rowsOf<{ id: string | number | null; channel: string | null; n: number; last: string | null }>(
    await db.execute(sql`
      with batch as (
        select p.id as person_id, p.unit_id, acc.channel, acc.external_id
        from ${people} p join ${units} u on u.id = p.unit_id
        left join ${bestAccountSql}
        where ${rawAudienceWhere(t.unitPath, t.filters)} ${after}
        order by p.id limit ${size}
      ), info as (
        select (select count(*) from batch)::int as n, (select person_id from batch order by person_id desc limit 1) as last
      ), ins as (
        insert into ${d} (purpose, person_id, part, lane, broadcast_id, unit_id, channel, account_id, state, error)
        select ${deliveryPurpose(t.id)}, person_id, 0, 'broadcast', ${t.id}::uuid, unit_id, channel, external_id,
          case when channel is null then 'unreachable' else 'queued' end,
          -- Nobody to send to: say why (an account refused earlier keeps its reason, e.g. never_started).
          case when channel is null then coalesce((select ca.unreachable_reason from ${channelAccounts} ca
            where ca.person_id = batch.person_id and ca.status = 'unreachable' order by ca.created_at limit 1), 'no_account') end
        from batch
        on conflict (purpose, person_id, part) do nothing
        returning id, channel, state
      ), cur as (
        update ${broadcasts} set fanout_cursor = coalesce((select last from info), fanout_cursor), fanout_done = (select n from info) < ${size}, fanout_at = now()
        where id = ${t.id}
      )
      select i.id, i.channel, info.n, info.last::text as last from info left join ins i on i.state = 'queued'`),
  );
  const first = rows[0];
  const queued = rows.filter((r) => r.id !== null).map((r) => ({ id: Number(r.id), channel: r.channel ?? '' }));
  return { count: Number(first?.n ?? 0), last: first?.last ?? null, queued };
}

/** Keyset walk over a broadcast's queued deliveries by id (re-enqueue after resume or recovery). */
export async function queuedAfter(db: Executor, broadcastId: string, afterId: number, size: number): Promise<QueuedDelivery[]> {
  const rows = await db
    .select({ id: d.id, channel: d.channel })
    .from(d)
    .where(and(eq(d.broadcastId, broadcastId), eq(d.state, 'queued'), gt(d.id, afterId)))
    .orderBy(asc(d.id))
    .limit(size);
  return rows.map((r) => ({ id: r.id, channel: r.channel ?? '' }));
}
