import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { broadcasts } from '../../../db/schema/index.js';
import { effectiveStart, scheduleBroadcast, startBroadcast } from '../../../core/broadcasts/broadcast.js';
import { BROADCAST_CONTROL_QUEUE, START_JOB } from '../../../core/broadcasts/jobs.js';
import { defineJob } from '../types.js';
import type { BroadcastJobDeps } from './deps.js';

const startPayload = z.object({ broadcastId: z.uuid() });

export type StartOutcome = 'started' | 'not_scheduled' | 'early' | 'deferred';

/**
 * Starts a scheduled broadcast when its time comes (timers re-check state: a broadcast cancelled
 * meanwhile, or already started by the monitor, is left alone). Still inside quiet hours and not
 * urgent → rescheduled for their end.
 */
export async function startScheduled(deps: Pick<BroadcastJobDeps, 'db' | 'settings' | 'clock'>, broadcastId: string): Promise<StartOutcome> {
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const [b] = await tx
      .select()
      .from(broadcasts)
      .where(and(eq(broadcasts.id, broadcastId), eq(broadcasts.status, 'scheduled')))
      .for('update');
    if (!b) return 'not_scheduled';
    if (b.scheduledAt && b.scheduledAt.getTime() > now.getTime() + 1_000) return 'early';
    const at = effectiveStart({ scheduledAt: null, urgent: b.urgent }, deps.settings, now);
    if (at > now) {
      await tx.update(broadcasts).set({ scheduledAt: at }).where(eq(broadcasts.id, b.id));
      await scheduleBroadcast(tx, b.id, at);
      return 'deferred';
    }
    await startBroadcast(tx, b.id, deps.settings, now);
    return 'started';
  });
}

/** broadcast-control/broadcast-start {broadcastId}: see startScheduled (the monitor starts a late one too). */
export const startJob = defineJob<z.infer<typeof startPayload>, BroadcastJobDeps>({
  queue: BROADCAST_CONTROL_QUEUE,
  name: START_JOB,
  schema: startPayload,
  async run(deps, data) {
    const outcome = await startScheduled(deps, data.broadcastId);
    deps.afterCommit();
    return outcome;
  },
});
