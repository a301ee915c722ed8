import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client.js';
import { broadcastDeliveries as d, broadcasts } from '../../db/schema/index.js';
import { releaseJobId, DELIVERY_JOB, deliveryQueueName } from './jobs.js';
import { enqueue } from '../platform/outbox.js';

/**
 * The person just wrote to us (Zalo's interaction window is open on that account): their
 * deliveries waiting for the window go out now, on the account they wrote from. Runs in the
 * transaction of the applied update (Feature.onInbound) and enqueues through the outbox.
 * A cancelled broadcast's waiting deliveries stay where they are.
 */
export async function releaseWaitingDeliveries(tx: Executor, personId: string, channel: string, accountId: string): Promise<number> {
  const rows = rowsOf<{ id: string | number; attempts: number }>(
    await tx.execute(sql`
      update ${d} set state = 'queued', error = null, account_id = ${accountId},
        parts_sent = case when ${d.channel} = ${channel} then ${d.partsSent} else 0 end, channel = ${channel}
      where ${d.personId} = ${personId} and ${d.state} = 'waiting_window'
        and ${d.broadcastId} in (select id from ${broadcasts} where status in ('sending', 'paused', 'done'))
      returning ${d.id} as id, ${d.attempts} as attempts`),
  );
  for (const r of rows) {
    const id = Number(r.id);
    await enqueue(tx, { queue: deliveryQueueName(channel), name: DELIVERY_JOB, payload: { deliveryId: id }, jobId: releaseJobId(id, Number(r.attempts)) });
  }
  return rows.length;
}
