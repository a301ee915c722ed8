import { and, eq, lt, sql } from 'drizzle-orm';
import { rowsOf } from '../../../db/client.js';
import { broadcasts, sends as d } from '../../../db/schema/index.js';
import { remindJobId } from '../../../core/broadcasts/jobs.js';
import { reportNonAcknowledgers } from '../../../core/broadcasts/notify.js';
import { queueReminders, unacknowledgedAfter } from '../../../core/broadcasts/remind.js';
import { reminderMessage } from '../../../core/broadcasts/render.js';
import { laneQueueName, SEND_JOB } from '../../../core/delivery/sends.js';
import type { OutboundMessage } from '../../../core/kernel/messages.js';
import { SEND_JOB_OPTIONS } from '../delivery/send-lane.js';
import type { BroadcastJobDeps } from './deps.js';
import { runFanout } from './fanout.js';
import type { BroadcastRow } from './monitor.js';

/** A delivery 'sending' this long has lost its worker (sends time out after 30 s). */
const STALE_SENDING_MS = 120_000;
const REMIND_BATCH = 2_000;

/**
 * A sending broadcast that stopped moving: deliveries stuck in 'sending' go back to 'queued'
 * (their worker died and its job is gone: at most those in-flight sends repeat), and when
 * nothing was claimed for `stuckMs` while the send queues hold fewer jobs than the work left
 * (Redis lost them), the fan-out runs again — same deterministic ids, so live jobs are not doubled.
 */
export async function recoverStuck(deps: BroadcastJobDeps, b: BroadcastRow, now: Date, stuckMs: number): Promise<boolean> {
  const reset = await deps.db
    .update(d)
    .set({ state: 'queued', error: 'stale_sending' })
    .where(and(eq(d.broadcastId, b.id), eq(d.state, 'sending'), lt(d.claimedAt, new Date(now.getTime() - Math.max(stuckMs, STALE_SENDING_MS)))))
    .returning({ id: d.id });
  const [row] = rowsOf<{ at: Date | string | null }>(await deps.db.execute(sql`select max(claimed_at) as at from ${d} where broadcast_id = ${b.id}`));
  // Alive = something was claimed, or the fan-out advanced, lately.
  const last = Math.max(row?.at ? new Date(row.at).getTime() : 0, b.startedAt?.getTime() ?? 0, b.fanoutAt?.getTime() ?? 0);
  if (reset.length === 0 && now.getTime() - last < stuckMs) return false;
  if (reset.length === 0 && b.fanoutDone && !(await jobsMissing(deps, b.id))) return false;
  deps.logger.info({ broadcastId: b.id, staleSending: reset.length }, 'broadcast stopped moving; re-enqueueing its work');
  await runFanout(deps, { broadcastId: b.id, generation: b.generation });
  return true;
}

/** Fewer jobs in the broadcast lanes than deliveries still queued → some jobs were lost (other broadcasts' jobs only make this lenient). */
async function jobsMissing(deps: BroadcastJobDeps, broadcastId: string): Promise<boolean> {
  const rows = await deps.db
    .select({ channel: d.channel, n: sql<number>`count(*)::int` })
    .from(d)
    .where(and(eq(d.broadcastId, broadcastId), eq(d.state, 'queued')))
    .groupBy(d.channel);
  for (const r of rows) {
    if (!r.channel) continue;
    const counts = await deps.queues.get(laneQueueName('broadcast', r.channel)).getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
    const jobs = Object.values(counts).reduce((a, n) => a + n, 0);
    if (jobs < Number(r.n)) return true;
  }
  return false;
}

/**
 * The one reminder, to everyone sent the guidance who has not acknowledged it: each a ledger
 * row of its own (core/broadcasts/remind.ts), sent by the one send processor on the bulk lane
 * (paced with every bulk send). A channel this process has no adapter for is left unreminded.
 */
export async function sendReminders(deps: BroadcastJobDeps, b: BroadcastRow, now: Date): Promise<number> {
  const content = await deps.content.get(b.id);
  let total = 0;
  for (let after = 0; content;) {
    const rows = await unacknowledgedAfter(deps.db, b.id, after, REMIND_BATCH);
    if (rows.length === 0) break;
    const items: { target: (typeof rows)[number]; message: OutboundMessage }[] = [];
    for (const r of rows) {
      const adapter = deps.channels[r.channel];
      if (!adapter) continue;
      items.push({ target: r, message: reminderMessage(content, r.id, adapter.limits, r.locale, { t: deps.t, timeZone: deps.settings.timeZone }) });
    }
    const queued = await queueReminders(deps.db, b.id, items, now);
    const byChannel = new Map<string, number[]>();
    for (const q of queued) byChannel.set(q.channel, [...(byChannel.get(q.channel) ?? []), q.id]);
    for (const [channel, ids] of byChannel) {
      const jobs = ids.map((id) => ({ name: SEND_JOB, data: { sendId: id }, opts: { ...SEND_JOB_OPTIONS, jobId: remindJobId(id) } }));
      await deps.queues.get(laneQueueName('bulk', channel)).addBulk(jobs);
    }
    total += queued.length;
    after = rows[rows.length - 1]!.id;
  }
  await deps.db.update(broadcasts).set({ remindedAt: now }).where(eq(broadcasts.id, b.id));
  deps.logger.info({ broadcastId: b.id, reminders: total }, 'broadcast reminders enqueued');
  return total;
}

/** After the deadline: each unit's officials get the list of their people who did not acknowledge. */
export async function sendNonAckReport(deps: BroadcastJobDeps, b: BroadcastRow, now: Date): Promise<number> {
  const messages = await reportNonAcknowledgers(deps.db, b.id, b.title, deps.t);
  await deps.db.update(broadcasts).set({ reportedAt: now }).where(eq(broadcasts.id, b.id));
  deps.afterCommit();
  deps.logger.info({ broadcastId: b.id, messages }, 'broadcast non-acknowledger lists queued');
  return messages;
}
