import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { z } from 'zod';
import { MEDIA_FETCH_JOB, MEDIA_QUEUE } from '../../../core/media/attach.js';
import { fetchMedia, mediaEnvOf, type MediaEnv } from '../../../core/media/fetch.js';
import { safeError } from '../../../core/kernel/safe-error.js';
import type { Db } from '../../../db/client.js';
import type { WorkerPlugin } from '../../start.js';

const payload = z.object({ mediaId: z.uuid() });
/** Downloads are slow and few: a handful at once per process keeps the alerts' workers free. */
const CONCURRENCY = 4;

/** media/fetch-file {mediaId}: keep one attachment (core/media/fetch.ts) and pass it to the officials told of it. */
function createMediaProcessor(db: Db, env: MediaEnv) {
  return async (job: Job): Promise<string> => {
    if (job.name !== MEDIA_FETCH_JOB) throw new UnrecoverableError(`unknown job ${job.queueName}/${job.name}`);
    const parsed = payload.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`bad payload for ${job.queueName}/${job.name}`);
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    return fetchMedia(db, env, parsed.data.mediaId, lastAttempt);
  };
}

/**
 * The media worker needs the channels (to download) and the files directory, which the core
 * job map's context does not carry: it runs as a plugin on the same connections and relay.
 */
export const mediaPlugin: WorkerPlugin = (ctx) => {
  const env = mediaEnvOf(ctx.config, ctx.channels, ctx.t);
  const process = createMediaProcessor(ctx.db, env);
  const worker = new Worker(
    MEDIA_QUEUE,
    async (job: Job) => {
      const outcome = await process(job);
      ctx.afterCommit();
      return outcome;
    },
    { connection: ctx.connection, prefix: ctx.prefix, concurrency: CONCURRENCY },
  );
  ctx.metrics?.instrument(worker);
  worker.on('error', (err) => ctx.logger.warn({ queue: MEDIA_QUEUE, err: safeError(err) }, 'worker error'));
  worker.on('failed', (job, err) => {
    if (job) ctx.logger.warn({ queue: MEDIA_QUEUE, jobId: job.id, attempts: job.attemptsMade, err: safeError(err) }, 'media fetch failed');
  });
  return { stop: () => worker.close() };
};
