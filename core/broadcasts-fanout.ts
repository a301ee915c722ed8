import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../db/client.js';
import { broadcastDeliveries as d, broadcasts, people, units } from '../db/schema/index.js';
import { bestAccountSql, rawAudienceWhere, type AudienceFilters } from './audience.js';

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
 * deliveries — 'queued' on their best account, 'unreachable' when they have none — and returns
 * the last person id taken (null when the audience is exhausted). Re-running a batch inserts
 * nothing twice (unique per broadcast and person).
 */
export async function snapshotBatch(db: Executor, t: FanoutTarget, cursor: string | null, size: number): Promise<{ last: string | null; count: number }> {
  const after = cursor ? sql`and p.id > ${cursor}` : sql``;
  const rows = rowsOf<{ n: number; last: string | null }>(
    await db.execute(sql`
      with batch as (
        select p.id as person_id, p.unit_id, acc.channel, acc.external_id
        from ${people} p join ${units} u on u.id = p.unit_id
        left join ${bestAccountSql}
        where ${rawAudienceWhere(t.unitPath, t.filters)} ${after}
        order by p.id limit ${size}
      ), ins as (
        insert into ${d} (broadcast_id, person_id, unit_id, channel, account_id, state, error)
        select ${t.id}, person_id, unit_id, channel, external_id,
          case when channel is null then 'unreachable' else 'queued' end,
          case when channel is null then 'no_account' else null end
        from batch
        on conflict (broadcast_id, person_id) do nothing
      )
      select (select count(*) from batch)::int as n, (select person_id from batch order by person_id desc limit 1)::text as last`),
  );
  const r = rows[0];
  return { count: Number(r?.n ?? 0), last: r?.last ?? null };
}

/** Queued deliveries of people in (from, to], to enqueue after a snapshot batch. */
export async function queuedInRange(db: Executor, broadcastId: string, from: string | null, to: string): Promise<QueuedDelivery[]> {
  const lower = from ? sql`and person_id > ${from}` : sql``;
  const rows = rowsOf<{ id: string | number; channel: string }>(
    await db.execute(sql`
      select id, channel from ${d}
      where broadcast_id = ${broadcastId} and person_id <= ${to} ${lower} and state = 'queued'`),
  );
  return rows.map((r) => ({ id: Number(r.id), channel: r.channel }));
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

/** Records progress: the cursor moves only after the batch's jobs were enqueued. */
export async function advanceCursor(db: Executor, broadcastId: string, last: string | null, done: boolean): Promise<void> {
  const set: Partial<typeof broadcasts.$inferInsert> = { fanoutDone: done };
  if (last) set.fanoutCursor = last;
  await db.update(broadcasts).set(set).where(eq(broadcasts.id, broadcastId));
}
