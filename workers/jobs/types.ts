import type { Job, JobsOptions } from 'bullmq';
import type { z } from 'zod';
import type { Db } from '../../db/client.js';
import type { HotSpotEnv } from '../../core/hot-spots/messages.js';
import type { Logger } from '../../core/kernel/logger.js';

/** What every job processor gets; built once per worker process. */
export interface JobContext {
  db: Db;
  env: HotSpotEnv;
  logger: Logger;
  /** Call after a transaction that wrote outbox rows has committed: wakes the relay. */
  afterCommit(): void;
}

/**
 * One job type, declared the same way for every job of the system (workers/README.md): where
 * it runs, its payload (ids only), producer options when it is added straight to Redis (outbox
 * rows take the queue's defaults, workers/queues.ts), and what it does with its context
 * (`JobContext` for the core jobs; a plugin's jobs get the plugin's context).
 */
export interface JobDefinition<T = unknown, C = JobContext> {
  queue: string;
  name: string;
  schema: z.ZodType<T>;
  options?: JobsOptions;
  run(ctx: C, data: T, job: Job): Promise<string>;
}

export function defineJob<T, C = JobContext>(def: JobDefinition<T, C>): JobDefinition<T, C> {
  return def;
}
