import { outbox } from '../../db/schema/index.js';
import type { Executor } from '../../db/client.js';

export interface OutboxJob {
  queue: string;
  name: string;
  /** Ids only, never personal data (job data sits in Redis in clear text). */
  payload: Record<string, unknown>;
  /** Deterministic BullMQ job id: no ':' and not all digits. */
  jobId: string;
  /** When the job should run (delayed jobs: escalation deadlines, scheduled sends). */
  runAt?: Date;
}

function assertJobId(jobId: string): void {
  if (jobId.includes(':') || /^\d+$/.test(jobId) || jobId.length === 0) {
    throw new Error(`invalid job id "${jobId}": no ':' and not all digits`);
  }
}

/**
 * Writes jobs in the caller's transaction (DESIGN §4.3); the relay moves them to BullMQ.
 * A job id already in the outbox is ignored, so re-running a domain step cannot double-enqueue.
 */
export async function enqueue(tx: Executor, ...jobs: OutboxJob[]): Promise<void> {
  if (jobs.length === 0) return;
  for (const j of jobs) assertJobId(j.jobId);
  await tx
    .insert(outbox)
    .values(jobs.map((j) => ({ queue: j.queue, name: j.name, payload: j.payload, jobId: j.jobId, runAt: j.runAt ?? new Date() })))
    .onConflictDoNothing({ target: outbox.jobId });
}
