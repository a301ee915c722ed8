import type { Queue } from 'bullmq';
import { z } from 'zod';
import type { Config } from '../../../core/platform/config.js';
import { purgeExpired, retentionPolicy, type RetentionPolicy } from '../../../core/compliance/retention.js';
import { filesDirOf } from '../../../core/media/store.js';
import { sweepUnreferenced } from '../../../core/media/sweep.js';
import { defineJob } from '../types.js';

export const MAINTENANCE_QUEUE = 'maintenance';
export const RETENTION_PURGE_JOB = 'retention-purge';
const SCHEDULER_ID = 'retention-purge-daily';

const policySchema = z.object({ updatesDays: z.number().int().min(0), draftsDays: z.number().int().min(0), deliveriesDays: z.number().int().min(0) });

/**
 * maintenance/retention-purge {policy}: deletes what the retention policy no longer allows us to
 * keep (core/compliance/retention.ts), and the kept files nothing refers to after two days. The policy travels in the payload (days, no personal data), so the
 * scheduler — re-upserted by every worker at start — carries the current configuration.
 * Idempotent: a second run finds nothing left to purge.
 */
export const retentionPurgeJob = defineJob<RetentionPolicy>({
  queue: MAINTENANCE_QUEUE,
  name: RETENTION_PURGE_JOB,
  schema: policySchema,
  async run(ctx, policy) {
    const counts = await purgeExpired(ctx.db, policy);
    // Console uploads previewed and never sent: nothing refers to them (core/media/sweep.ts).
    const unsentFiles = await sweepUnreferenced(ctx.db, filesDirOf(ctx.env.config), new Date());
    ctx.logger.info({ policy, counts, unsentFiles }, 'retention purge done');
    return 'purged';
  },
});

export type RetentionScheduleConfig = Pick<
  Config,
  'RETENTION_UPDATES_DAYS' | 'RETENTION_DRAFTS_DAYS' | 'RETENTION_DELIVERIES_DAYS' | 'RETENTION_PURGE_CRON' | 'TIMEZONE'
>;

/** Daily at RETENTION_PURGE_CRON in TIMEZONE; upsert, so every worker process may call it at start. */
export async function upsertRetentionScheduler(queues: { get(name: string): Queue }, config: RetentionScheduleConfig): Promise<void> {
  await queues
    .get(MAINTENANCE_QUEUE)
    .upsertJobScheduler(
      SCHEDULER_ID,
      { pattern: config.RETENTION_PURGE_CRON, tz: config.TIMEZONE },
      { name: RETENTION_PURGE_JOB, data: retentionPolicy(config), opts: { removeOnComplete: { count: 30 }, removeOnFail: { count: 30 } } },
    );
}
