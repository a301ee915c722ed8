import { configSchema, type Config } from '../../../core/platform/config.js';
import { nowOf } from '../../../core/hot-spots/messages.js';
import { pollVoice } from '../../../core/polls/voice.js';
import type { SurveyEnv } from '../../../core/surveys/delivery.js';
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

/** What the report request and survey jobs need: the database, config, texts and the clock. */
export function messagingEnv(ctx: JobContext): Omit<SurveyEnv, 'voices'> {
  return { db: ctx.db, config: jobConfig(ctx), t: ctx.env.i18n.t, now: () => nowOf(ctx.env) };
}

/** The survey jobs' env; quick polls speak with their own voice (core/polls/voice.ts). */
export function surveyEnv(ctx: JobContext): SurveyEnv {
  return { ...messagingEnv(ctx), voices: { poll: pollVoice } };
}
