import type { Queue } from 'bullmq';
import type { Config } from '../core/platform/config.js';
import { INACTIVE_SCAN_JOB, REMINDER_SCAN_JOB, REPORT_DIGEST_HOUR, REPORT_DIGEST_JOB, REPORTING_QUEUE, SYNTHESIS_SCHEDULE_JOB } from '../core/reports/jobs.js';
import { SURVEY_SWEEP_JOB } from '../core/surveys/jobs.js';
import type { WorkerPlugin } from './start.js';

export interface ScheduleSpec {
  id: string;
  repeat: { pattern?: string; every?: number; tz?: string };
  name: string;
}

/**
 * The periodic jobs of reporting, as BullMQ job schedulers (not legacy repeatable jobs, which
 * BullMQ 6 removed). Cron patterns run in the configured time zone.
 *  - reminder-scan hourly: the scan itself waits for REMINDER_HOUR and skips quiet hours, and the
 *    ledger makes repeats no-ops, so a worker outage at 08:00 only delays the reminders;
 *  - inactive-scan daily at REMINDER_HOUR:30; the ledger keys it by month, so each official gets
 *    one list a month (on the 1st, or the first day after it that a worker and the hours allowed);
 *  - survey-sweep every 5 minutes (opens, reminds and closes survey campaigns and quick polls whose
 *    delayed job Redis lost: core/surveys/sweep.ts);
 *  - synthesis-schedule daily at REMINDER_HOUR:45 (the scheduled syntheses; unique per unit and span);
 *  - report-digest daily at REPORT_DIGEST_HOUR:00 (the day's reports per official; keyed by date in the sends ledger).
 */
export function reportingSchedules(config: Pick<Config, 'TIMEZONE' | 'REMINDER_HOUR'>): ScheduleSpec[] {
  const tz = config.TIMEZONE;
  return [
    { id: 'reporting-reminder-scan', repeat: { pattern: '0 * * * *', tz }, name: REMINDER_SCAN_JOB },
    { id: 'reporting-inactive-scan', repeat: { pattern: `30 ${config.REMINDER_HOUR} * * *`, tz }, name: INACTIVE_SCAN_JOB },
    { id: 'reporting-survey-sweep', repeat: { every: 5 * 60_000 }, name: SURVEY_SWEEP_JOB },
    { id: 'reporting-synthesis-schedule', repeat: { pattern: `45 ${config.REMINDER_HOUR} * * *`, tz }, name: SYNTHESIS_SCHEDULE_JOB },
    { id: 'reporting-report-digest', repeat: { pattern: `0 ${REPORT_DIGEST_HOUR} * * *`, tz }, name: REPORT_DIGEST_JOB },
  ];
}

/** Schedulers of jobs that no longer exist, removed at start (poll-sweep became survey-sweep). */
const RETIRED_SCHEDULERS = ['reporting-poll-sweep'];

/** Idempotent (upsert): every worker process may call it at start; one scheduler per id remains. */
async function upsertReportingSchedulers(queues: { get(name: string): Queue }, config: Pick<Config, 'TIMEZONE' | 'REMINDER_HOUR'>): Promise<void> {
  const queue = queues.get(REPORTING_QUEUE);
  for (const id of RETIRED_SCHEDULERS) await queue.removeJobScheduler(id);
  for (const s of reportingSchedules(config)) {
    await queue.upsertJobScheduler(s.id, s.repeat, { name: s.name, data: {}, opts: { removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } } });
  }
}

/**
 * As a startWorkers plugin: `startWorkers({ …, plugins: [reportingSchedulesPlugin] })`. The
 * jobs themselves run on the workers startWorkers makes from workers/jobs/index.ts.
 */
export const reportingSchedulesPlugin: WorkerPlugin = async (ctx) => {
  await upsertReportingSchedulers(ctx.queues, ctx.config);
  return { stop: async () => {} };
};
