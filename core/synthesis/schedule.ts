import type { Db } from '../../db/client.js';
import { synthesisRuns } from '../../db/schema/index.js';
import type { Logger } from '../kernel/logger.js';
import { addDays, compareDates, dueDate, isoDate, periodOn, shiftPeriod, type CivilDate } from '../kernel/periods.js';
import { localDate } from '../kernel/zoned-time.js';
import { defaultsFromConfig, loadUnitTree } from '../people/unit-tree.js';
import type { SynthesisConfig } from './generate.js';
import { enqueueRun } from './runs.js';
import { spansEndingWith } from './span.js';

/**
 * The scheduled synthesis: for each province (a root of the unit tree), SYNTHESIS_LEAD_DAYS
 * before its deadline the month's synthesis — and the quarter's, half year's and year's when the
 * month closes one — is made and sent to the province's officials. The scan runs daily; from
 * the lead day until the deadline it catches up a day a worker missed, and the unique index on
 * (unit, span) for scheduled runs makes every repeat, and a second worker, a no-op.
 */
export interface ScheduleEnv {
  db: Db;
  config: SynthesisConfig;
  logger: Logger;
  now: () => Date;
}

/** The month whose "lead day ≤ today ≤ deadline" window contains today, if any. */
export function monthDueSoon(today: CivilDate, s: Parameters<typeof dueDate>[1], leadDays: number): string | null {
  const around = periodOn(today, s);
  for (const k of [-1, 0, 1]) {
    const period = shiftPeriod(around, k);
    const due = dueDate(period, s);
    if (compareDates(addDays(due, -leadDays), today) <= 0 && compareDates(today, due) <= 0) return period;
  }
  return null;
}

export async function runSynthesisSchedule(env: ScheduleEnv): Promise<{ queued: string[] }> {
  const today = localDate(env.now(), env.config.TIMEZONE);
  const tree = await loadUnitTree(env.db, defaultsFromConfig(env.config));
  const queued: string[] = [];
  for (const root of tree.nodes().filter((u) => !u.parentId && u.status === 'active')) {
    const month = monthDueSoon(today, tree.settings(root.id), env.config.SYNTHESIS_LEAD_DAYS);
    if (!month) continue;
    await env.db.transaction(async (tx) => {
      for (const period of spansEndingWith(month)) {
        const [run] = await tx
          .insert(synthesisRuns)
          .values({ unitId: root.id, period, trigger: 'schedule', locale: 'vi', createdAt: env.now() })
          .onConflictDoNothing()
          .returning({ id: synthesisRuns.id });
        if (!run) continue;
        await enqueueRun(tx, run.id);
        queued.push(`${root.code}/${period}`);
      }
    });
  }
  env.logger.info({ date: isoDate(today), queued: queued.length }, 'synthesis schedule scan done');
  return { queued };
}
