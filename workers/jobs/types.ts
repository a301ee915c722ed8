import type { Job } from 'bullmq';
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

/** One job type: where it runs, its payload (ids only), and what it does. */
export interface JobDefinition<T = unknown> {
  queue: string;
  name: string;
  schema: z.ZodType<T>;
  run(ctx: JobContext, data: T, job: Job): Promise<string>;
}

export function defineJob<T>(def: JobDefinition<T>): JobDefinition<T> {
  return def;
}
