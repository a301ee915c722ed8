import { eq, sql } from 'drizzle-orm';
import { AppError } from '../../../core/kernel/errors.js';
import { rowsOf } from '../../../db/client.js';
import { z } from 'zod';
import { broadcasts } from '../../../db/schema/index.js';
import type { AudienceFilters } from '../../../core/people/audience.js';
import { loadFanoutTarget, queuedAfter, snapshotBatch, type FanoutTarget, type QueuedDelivery } from '../../../core/broadcasts/fanout.js';
import { BROADCAST_CONTROL_QUEUE, deliveryJobId, FANOUT_JOB } from '../../../core/broadcasts/jobs.js';
import { laneQueueName, SEND_JOB } from '../../../core/delivery/sends.js';
import { defineJob } from '../types.js';
import type { BroadcastJobDeps } from './deps.js';
import { SEND_JOB_OPTIONS } from '../delivery/send-lane.js';

export const fanoutPayload = z.object({ broadcastId: z.uuid(), generation: z.number().int().min(0) });

/** People snapshotted per transaction; each batch's jobs go to Redis in one addBulk per channel. */
const FANOUT_BATCH = 5_000;

export type FanoutOutcome = { kind: 'stale' } | { kind: 'waiting_file' } | { kind: 'done'; enqueued: number } | { kind: 'stopped'; enqueued: number };

/**
 * broadcast-control/broadcast-fanout {broadcastId, generation}: (1) re-enqueues the deliveries
 * still queued (after a resume, a recovery, or a crash between a batch's commit and its
 * enqueue; same deterministic ids, so a job still waiting is not doubled), then (2) snapshots
 * the rest of the audience batch by batch (rows + cursor in one commit) and enqueues each batch.
 * Holds at most two batches in memory; a re-run resumes at the cursor. Stops when the broadcast
 * is no longer sending or a newer generation exists.
 */
export async function runFanout(deps: BroadcastJobDeps, data: z.infer<typeof fanoutPayload>, o: { waitForFile?: boolean } = {}): Promise<FanoutOutcome> {
  const target = await loadFanoutTarget(deps.db, data.broadcastId);
  if (!target || !(await current(deps, data))) return { kind: 'stale' };
  // Recipients on other channels get the attachment's kept copy: nothing goes out while the media worker is still downloading it.
  if (o.waitForFile !== false && (await filePending(deps, data.broadcastId))) return { kind: 'waiting_file' };
  const b = target.b;
  const requeued = b.fanoutCursor || data.generation > 0 ? await requeueAll(deps, b.id, data.generation) : 0;
  if (b.fanoutDone) return { kind: 'done', enqueued: requeued };
  const t = { id: b.id, unitPath: target.unitPath, filters: b.filters as AudienceFilters };
  const rest = await snapshotRest(deps, t, b.fanoutCursor, data);
  return { kind: rest.stopped ? 'stopped' : 'done', enqueued: requeued + rest.enqueued };
}

/** Every delivery still queued, keyset by id, under this generation's job ids. */
async function requeueAll(deps: BroadcastJobDeps, broadcastId: string, generation: number): Promise<number> {
  let n = 0;
  for (let after = 0; ;) {
    const rows = await queuedAfter(deps.db, broadcastId, after, FANOUT_BATCH);
    if (rows.length === 0) return n;
    n += await addSendJobs(deps, rows, generation);
    after = rows[rows.length - 1]!.id;
  }
}

/** Snapshot batch after batch; the next batch is written while the previous one's jobs go to Redis. */
async function snapshotRest(deps: BroadcastJobDeps, t: FanoutTarget, from: string | null, data: z.infer<typeof fanoutPayload>) {
  let cursor = from;
  let enqueued = 0;
  let adding: Promise<number> = Promise.resolve(0);
  try {
    for (let done = false; !done;) {
      if (!(await current(deps, data))) return { stopped: true, enqueued: enqueued + (await adding) };
      const batch = await snapshotBatch(deps.db, t, cursor, FANOUT_BATCH);
      enqueued += await adding;
      adding = addSendJobs(deps, batch.queued, data.generation);
      done = batch.count < FANOUT_BATCH;
      cursor = batch.last ?? cursor;
    }
    return { stopped: false, enqueued: enqueued + (await adding) };
  } finally {
    await adding.catch(() => 0);
  }
}

async function current(deps: BroadcastJobDeps, data: z.infer<typeof fanoutPayload>): Promise<boolean> {
  const [row] = await deps.db
    .select({ status: broadcasts.status, generation: broadcasts.generation })
    .from(broadcasts)
    .where(eq(broadcasts.id, data.broadcastId));
  return row?.status === 'sending' && row.generation === data.generation;
}

/** Jobs per addBulk: several chunks go to Redis at once, over the fan-out's own connections. */
const ADD_CHUNK = 1_000;

/** Send jobs {sendId} on the broadcast lane of each row's channel; job ids are deterministic, so a re-run adds nothing twice. */
async function addSendJobs(deps: Pick<BroadcastJobDeps, 'queues' | 'bulkQueues'>, rows: QueuedDelivery[], generation: number): Promise<number> {
  const chunks: { channel: string; list: QueuedDelivery[] }[] = [];
  const byChannel = new Map<string, QueuedDelivery[]>();
  for (const r of rows) {
    if (!r.channel) continue;
    const list = byChannel.get(r.channel);
    if (list) list.push(r);
    else byChannel.set(r.channel, [r]);
  }
  for (const [channel, list] of byChannel) for (let i = 0; i < list.length; i += ADD_CHUNK) chunks.push({ channel, list: list.slice(i, i + ADD_CHUNK) });
  // Serialising one chunk overlaps with Redis running another (about twice the rate of one big addBulk).
  await Promise.all(
    chunks.map((c, i) => {
      const name = laneQueueName('broadcast', c.channel);
      const pool = deps.bulkQueues?.(name) ?? [deps.queues.get(name)];
      const jobs = c.list.map((r) => ({
        name: SEND_JOB,
        data: { sendId: r.id },
        opts: { ...SEND_JOB_OPTIONS, jobId: deliveryJobId(r.id, generation) },
      }));
      return pool[i % pool.length]!.addBulk(jobs);
    }),
  );
  return rows.length;
}

/** broadcast-control/broadcast-fanout {broadcastId, generation}: see runFanout. */
export const fanoutJob = defineJob<z.infer<typeof fanoutPayload>, BroadcastJobDeps>({
  queue: BROADCAST_CONTROL_QUEUE,
  name: FANOUT_JOB,
  schema: fanoutPayload,
  async run(deps, data, job) {
    // Waits (the job retries) while the attachment is being kept; the last attempt sends anyway (a note stands in for the file).
    const outcome = await runFanout(deps, data, { waitForFile: job.attemptsMade + 1 < (job.opts.attempts ?? 1) });
    if (outcome.kind === 'waiting_file') throw new FileNotKeptYet();
    deps.logger.info({ broadcastId: data.broadcastId, generation: data.generation, ...outcome }, 'broadcast fan-out');
    return outcome.kind;
  },
});

/** Thrown to retry later: the attachment is still being downloaded to FILES_DIR (core/media/fetch.ts). */
class FileNotKeptYet extends AppError {
  constructor() {
    super('file_not_kept', 'attachment not kept yet');
  }
}

/** A download lost with its job (Redis gone) must not hold the guidance for ever. */
const FILE_WAIT_MAX = '15 minutes';

async function filePending(deps: Pick<BroadcastJobDeps, 'db'>, broadcastId: string): Promise<boolean> {
  const rows = rowsOf<{ pending: boolean }>(
    await deps.db.execute(sql`
      select true as pending from broadcasts b join media m on m.id::text = b.attachment->>'mediaId'
      where b.id = ${broadcastId} and m.status = 'pending' and m.created_at > now() - ${FILE_WAIT_MAX}::interval`),
  );
  return rows.length > 0;
}
