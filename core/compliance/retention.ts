import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client.js';
import type { Config } from '../platform/config.js';

/**
 * Data retention (PDP Law 91/2025: keep personal data no longer than the purpose needs). What
 * goes, after how many days (0 = kept forever):
 *  - updates:    processed_updates keys (dedup only needs the platforms' redelivery window) and
 *                the sandbox transcript;
 *  - drafts:     conversations idle that long with a flow or parked drafts: reset to empty (the
 *                row, its locale and person link stay); unregistered ones are deleted;
 *  - deliveries: sends rows that ended (sent, failed, unreachable, or still waiting for a Zalo window), and
 *                the deliveries of broadcasts finished or cancelled that long ago.
 * Deletes run in batches, each its own short transaction, so a large purge never holds locks
 * long and a crash mid-way simply leaves the rest for the next run.
 */
export interface RetentionPolicy {
  updatesDays: number;
  draftsDays: number;
  deliveriesDays: number;
}

export type PurgeCounts = Record<'processedUpdates' | 'sandboxMessages' | 'draftsReset' | 'conversationsDeleted' | 'sends' | 'broadcastDeliveries', number>;

export function retentionPolicy(config: Pick<Config, 'RETENTION_UPDATES_DAYS' | 'RETENTION_DRAFTS_DAYS' | 'RETENTION_DELIVERIES_DAYS'>): RetentionPolicy {
  return { updatesDays: config.RETENTION_UPDATES_DAYS, draftsDays: config.RETENTION_DRAFTS_DAYS, deliveriesDays: config.RETENTION_DELIVERIES_DAYS };
}

const BATCH = 5_000;
const DAY_MS = 86_400_000;

export async function purgeExpired(db: Db, policy: RetentionPolicy, now = new Date(), batch = BATCH): Promise<PurgeCounts> {
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();
  const counts: PurgeCounts = { processedUpdates: 0, sandboxMessages: 0, draftsReset: 0, conversationsDeleted: 0, sends: 0, broadcastDeliveries: 0 };
  if (policy.updatesDays > 0) {
    const cut = before(policy.updatesDays);
    counts.processedUpdates = await inBatches(
      db,
      (n) => sql`delete from processed_updates where ctid in (select ctid from processed_updates where processed_at < ${cut} limit ${n})`,
      batch,
    );
    counts.sandboxMessages = await inBatches(
      db,
      (n) => sql`delete from sandbox_messages where id in (select id from sandbox_messages where created_at < ${cut} limit ${n})`,
      batch,
    );
  }
  if (policy.draftsDays > 0) {
    const cut = before(policy.draftsDays);
    counts.conversationsDeleted = await inBatches(
      db,
      (n) =>
        sql`delete from conversations where account_key in (select account_key from conversations where person_id is null and updated_at < ${cut} limit ${n})`,
      batch,
    );
    // updated_at is left alone: a reset is not the user's activity.
    counts.draftsReset = await inBatches(
      db,
      (n) => sql`update conversations set flow = null, state = '{}'::jsonb where account_key in (
        select account_key from conversations where updated_at < ${cut}
          and (flow is not null or coalesce(jsonb_array_length(case when jsonb_typeof(state->'parked') = 'array' then state->'parked' end), 0) > 0)
        limit ${n})`,
      batch,
    );
  }
  if (policy.deliveriesDays > 0) {
    const cut = before(policy.deliveriesDays);
    counts.sends = await inBatches(
      db,
      (n) =>
        sql`delete from sends where id in (select id from sends where broadcast_id is null and state in ('sent', 'failed', 'unreachable', 'waiting_window') and created_at < ${cut} limit ${n})`,
      batch,
    );
    counts.broadcastDeliveries = await inBatches(
      db,
      (n) => sql`delete from sends where id in (
        select d.id from sends d join broadcasts b on b.id = d.broadcast_id
        where b.status in ('done', 'cancelled') and coalesce(b.finished_at, b.cancelled_at, b.created_at) < ${cut} limit ${n})`,
      batch,
    );
  }
  return counts;
}

/** Repeats one bounded statement until it touches fewer rows than the batch; returns the total. */
async function inBatches(db: Db, statement: (n: number) => SQL, batch: number): Promise<number> {
  let total = 0;
  for (;;) {
    const rows = rowsOf<{ n: number }>(await db.execute(sql`with done as (${statement(batch)} returning 1) select count(*)::int as n from done`));
    const n = rows[0]?.n ?? 0;
    total += n;
    if (n < batch) return total;
  }
}
