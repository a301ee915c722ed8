import { UnrecoverableError, type Job } from 'bullmq';
import { hotspotCreatedJob } from './hot-spots/created.js';
import { hotspotDeadlineJob } from './hot-spots/deadline.js';
import { hotspotFollowUpJob } from './hot-spots/follow-up.js';
import { hotspotUndeliveredJob } from './hot-spots/undelivered.js';
import { retentionPurgeJob } from './compliance/retention-purge.js';
import { caseDueJob } from './cases/due.js';
import { reportDigestJob } from './notices/digest.js';
import { inactiveScanJob } from './people/inactive-scan.js';
import { meetingInviteJob } from './meetings/invite.js';
import { meetingRemindJob } from './meetings/remind.js';
import { surveyCloseJob } from './surveys/close.js';
import { surveyOpenJob } from './surveys/open.js';
import { surveyRemindJob } from './surveys/remind.js';
import { surveySweepJob } from './surveys/sweep.js';
import { reminderScanJob } from './reports/reminder-scan.js';
import { reportRequestRemindJob } from './reports/request-remind.js';
import { reportRequestDueJob } from './reports/request-due.js';
import { reportRequestSendJob } from './reports/request-send.js';
import { reportUrgentDeadlineJob } from './reports/urgent-deadline.js';
import { synthesisGenerateJob } from './synthesis/generate.js';
import { synthesisScheduleJob } from './synthesis/schedule-scan.js';
import type { Logger } from '../../core/kernel/logger.js';
import type { JobContext, JobDefinition } from './types.js';

/** queue → job name → definition. Add a job type by adding its file and one line here. */
export const jobDefinitions: JobDefinition[] = [
  hotspotCreatedJob,
  hotspotDeadlineJob,
  hotspotFollowUpJob,
  reportUrgentDeadlineJob,
  hotspotUndeliveredJob,
  retentionPurgeJob,
  reminderScanJob,
  inactiveScanJob,
  surveyOpenJob,
  surveyRemindJob,
  surveyCloseJob,
  surveySweepJob,
  synthesisGenerateJob,
  synthesisScheduleJob,
  reportDigestJob,
  caseDueJob,
  reportRequestSendJob,
  reportRequestRemindJob,
  meetingInviteJob,
  meetingRemindJob,
  reportRequestDueJob,
];

export function jobsByQueue<C = JobContext>(
  defs: JobDefinition<unknown, C>[] = jobDefinitions as unknown as JobDefinition<unknown, C>[],
): Map<string, Map<string, JobDefinition<unknown, C>>> {
  const out = new Map<string, Map<string, JobDefinition<unknown, C>>>();
  for (const d of defs) {
    const names = out.get(d.queue) ?? new Map<string, JobDefinition<unknown, C>>();
    if (names.has(d.name)) throw new Error(`job ${d.queue}/${d.name} defined twice`);
    names.set(d.name, d);
    out.set(d.queue, names);
  }
  return out;
}

/**
 * The processor of one queue, for every job of the registry (core jobs here, the broadcast
 * pipeline's in workers/jobs/broadcasts/workers.ts): looks the job up by name; a payload that
 * does not parse never retries.
 */
export function createQueueProcessor<C extends { logger: Logger }>(ctx: C, names: Map<string, JobDefinition<unknown, C>>) {
  return async (job: Job): Promise<string> => {
    const def = names.get(job.name);
    if (!def) throw new UnrecoverableError(`unknown job ${job.queueName}/${job.name}`);
    const parsed = def.schema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`bad payload for ${job.queueName}/${job.name}`);
    return def.run({ ...ctx, logger: ctx.logger.child({ job: job.name, jobId: job.id }) }, parsed.data, job);
  };
}
