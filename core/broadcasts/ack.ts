import { and, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client.js';
import { broadcasts, sends as d } from '../../db/schema/index.js';

export type AckOutcome = 'acknowledged' | 'already' | 'cancelled' | 'not_found';

/**
 * "Đã nhận": recorded once. Only the recipient's own delivery counts (the id on the button is
 * checked against who pressed it); a second tap, or Telegram resending the callback, answers
 * 'already' and changes nothing; a cancelled broadcast refuses.
 */
export async function acknowledge(tx: Executor, personId: string, deliveryId: number, now: Date): Promise<{ outcome: AckOutcome; title?: string }> {
  if (!Number.isSafeInteger(deliveryId) || deliveryId <= 0) return { outcome: 'not_found' };
  const done = rowsOf<{ title: string }>(
    await tx.execute(sql`
      update ${d} set state = 'acknowledged', acked_at = ${now.toISOString()}
      from ${broadcasts} b
      where ${d.id} = ${deliveryId} and ${d.personId} = ${personId} and b.id = ${d.broadcastId}
        and b.status <> 'cancelled' and ${d.state} in ('sent', 'sending')
      returning b.title as title`),
  );
  if (done[0]) return { outcome: 'acknowledged', title: done[0].title };
  const [row] = await tx
    .select({ state: d.state, status: broadcasts.status, title: broadcasts.title })
    .from(d)
    .innerJoin(broadcasts, eq(broadcasts.id, d.broadcastId))
    .where(and(eq(d.id, deliveryId), eq(d.personId, personId)));
  if (!row) return { outcome: 'not_found' };
  if (row.state === 'acknowledged') return { outcome: 'already', title: row.title };
  if (row.status === 'cancelled') return { outcome: 'cancelled', title: row.title };
  return { outcome: 'not_found' };
}

/** The person's latest delivery still waiting for "Đã nhận" (typed /danhan on text-only channels). */
export async function latestAwaitingAck(tx: Executor, personId: string): Promise<number | null> {
  const [row] = await tx
    .select({ id: d.id })
    .from(d)
    .innerJoin(broadcasts, eq(broadcasts.id, d.broadcastId))
    .where(and(eq(d.personId, personId), inArray(d.state, ['sent', 'sending']), eq(broadcasts.requireAck, true), ne(broadcasts.status, 'cancelled')))
    .orderBy(desc(d.id))
    .limit(1);
  return row?.id ?? null;
}

export interface UnitAck {
  unitId: string;
  unitName: string;
  /** Received the message (sent or acknowledged). */
  delivered: number;
  acknowledged: number;
}

/** Acknowledgement rate by unit (units with deliveries), lowest rate first. */
export async function ackByUnit(db: Executor, broadcastId: string): Promise<UnitAck[]> {
  const rows = rowsOf<{ unit_id: string; unit_name: string; delivered: number; acked: number }>(
    await db.execute(sql`
      select x.unit_id, u.name as unit_name, x.delivered, x.acked from (
        select unit_id, count(*) filter (where state in ('sent', 'acknowledged'))::int as delivered,
               count(*) filter (where state = 'acknowledged')::int as acked
        from ${d} where broadcast_id = ${broadcastId} group by unit_id) x
      join units u on u.id = x.unit_id
      order by (x.acked::float / greatest(x.delivered, 1)), u.name`),
  );
  return rows.map((r) => ({ unitId: r.unit_id, unitName: r.unit_name, delivered: Number(r.delivered), acknowledged: Number(r.acked) }));
}
