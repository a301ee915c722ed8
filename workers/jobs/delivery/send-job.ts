import type { Worker } from 'bullmq';
import type { Logger } from '../../../core/kernel/logger.js';
import { channelNames } from '../../../core/kernel/messages.js';
import { LANES, laneQueueName, SEND_JOB } from '../../../core/delivery/sends.js';
import { defineJob, type JobDefinition } from '../types.js';
import { SEND_JOB_OPTIONS, sendPayload, type SendProcessor } from './send-lane.js';

/** What a send job runs with: the lane's one send processor and its worker (a 429 rate-limits that worker). */
export interface SendJobContext {
  logger: Logger;
  processSend: SendProcessor;
  worker: Pick<Worker, 'rateLimit'>;
}

/**
 * send-<lane>-<channel>/send {sendId}: one ledger row to its person (./send-lane.ts). The same job
 * on every lane and channel, declared once per queue so the lanes dispatch through the one
 * registry like every other job (workers/jobs/index.ts createQueueProcessor).
 */
export const sendJobs: JobDefinition<unknown, SendJobContext>[] = LANES.flatMap((lane) =>
  channelNames.map(
    (channel) =>
      defineJob({
        queue: laneQueueName(lane, channel),
        name: SEND_JOB,
        schema: sendPayload,
        options: SEND_JOB_OPTIONS,
        run: (ctx: SendJobContext, _data, job) => ctx.processSend(job, ctx.worker),
      }) as JobDefinition<unknown, SendJobContext>,
  ),
);
