import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client.js';
import { enqueue } from '../platform/outbox.js';
import { laneQueueName, SEND_JOB, sendJobId, type Lane } from './sends.js';

/**
 * The one release-on-inbound hook (Zalo lets us write only to someone who interacted within 7
 * days): the person just wrote from `account`, so the window is open there and every ledger row
 * parked for it — notices, reminders, broadcast deliveries — moves to that account and goes out
 * now (a row moved to another channel starts its parts again). A cancelled broadcast's rows stay
 * where they are. Runs in the transaction of the applied update; enqueues through the outbox.
 * Returns how many rows were released.
 */
export async function releaseOnInbound(tx: Executor, personId: string, account: { channel: string; accountId: string }): Promise<number> {
  const { channel, accountId } = account;
  const rows = rowsOf<{ id: string | number; lane: Lane; attempts: number }>(
    await tx.execute(sql`
      update sends s set state = 'queued', error = null, claim_job = null, account_id = ${accountId},
        parts_sent = case when s.channel = ${channel} then s.parts_sent else 0 end, channel = ${channel}
      where s.person_id = ${personId} and s.state = 'waiting_window'
        and (s.broadcast_id is null or s.broadcast_id in (select id from broadcasts where status in ('sending', 'paused', 'done')))
      returning s.id, s.lane, s.attempts`),
  );
  for (const r of rows) {
    const id = Number(r.id);
    await enqueue(tx, { queue: laneQueueName(r.lane, channel), name: SEND_JOB, payload: { sendId: id }, jobId: `${sendJobId(id, channel)}-w${r.attempts}` });
  }
  return rows.length;
}
