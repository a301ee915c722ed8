import { configSchema, type Config } from '../../../core/platform/config.js';
import { nowOf } from '../../../core/hot-spots/messages.js';
import type { PollEnv } from '../../../core/polls/delivery.js';
import type { ReminderEnv } from '../../../core/reports/reminders.js';
import type { JobContext } from '../types.js';

const defaults = configSchema.parse({});

/**
 * The full config of a job. The worker passes the whole Config as `env.config` (typed as the
 * hot-spot subset); keys it lacks fall back to their schema defaults, so reporting jobs also run
 * with a narrower env in tests.
 */
export function jobConfig(ctx: JobContext): Config {
  return { ...defaults, ...(ctx.env.config as Partial<Config>) };
}

export function reminderEnv(ctx: JobContext): ReminderEnv {
  return { db: ctx.db, config: jobConfig(ctx), t: ctx.env.i18n.t, logger: ctx.logger, now: () => nowOf(ctx.env) };
}

export function pollEnv(ctx: JobContext): PollEnv {
  return { db: ctx.db, config: jobConfig(ctx), t: ctx.env.i18n.t, now: () => nowOf(ctx.env) };
}
