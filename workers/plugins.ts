import { broadcastsPlugin } from './jobs/broadcasts/workers.js';
import { mediaPlugin } from './jobs/media/fetch.js';
import { upsertRetentionScheduler } from './jobs/compliance/retention-purge.js';
import { reportingSchedulesPlugin } from './schedules.js';
import type { WorkerPlugin } from './start.js';

/** Daily purge of what the retention policy no longer allows us to keep (PDP Law 91/2025). */
const retentionSchedulePlugin: WorkerPlugin = async (ctx) => {
  await upsertRetentionScheduler(ctx.queues, ctx.config);
  return { stop: async () => {} };
};

/**
 * Everything a worker process runs beyond the core job map: the schedulers (upserted by every
 * process at start, idempotent), the broadcast pipeline (its own queues and monitor) and the
 * media worker (it downloads through the channels). Both
 * main files pass this list to startWorkers.
 */
export function defaultPlugins(): WorkerPlugin[] {
  return [reportingSchedulesPlugin, retentionSchedulePlugin, broadcastsPlugin(), mediaPlugin];
}
