import { and, eq, gt, isNotNull, isNull, lte, ne } from 'drizzle-orm';
import { surveyCampaigns } from '../../db/schema/index.js';
import { isQuiet, parseQuietHours, quietEnd } from '../broadcasts/quiet.js';
import { closeCampaign, openCampaign, remindCampaign, type SurveyEnv } from './delivery.js';

/**
 * The safety net under the survey jobs (core/surveys/jobs.ts). Opening, the reminder and closing
 * are delayed jobs in Redis; a Redis that lost them (a restart without persistence, a flush) would
 * leave a campaign or quick poll unopened, unreminded, or open past its close with the author
 * never told. Every few minutes (workers/schedules.ts) the sweep does what is due and not done,
 * through the same bodies as the jobs: each re-checks the campaign under a row lock, so a job that
 * fires after the sweep (or with it) does nothing, and the author's results leave once.
 *
 * GRACE leaves the on-time job its moment: the sweep only takes what is overdue by more than that.
 * Openings and reminders also wait for the end of quiet hours, like the jobs themselves.
 */
const GRACE_MS = 2 * 60_000;

export interface SweepCounts {
  opened: number;
  /** Open campaigns whose invitations stopped half-way (the worker died) and were finished. */
  invited: number;
  reminded: number;
  closed: number;
}

export async function sweepCampaigns(env: SurveyEnv): Promise<SweepCounts> {
  const now = env.now();
  const before = new Date(now.getTime() - GRACE_MS);
  const quiet = parseQuietHours(env.config.QUIET_HOURS, env.config.TIMEZONE);
  const out: SweepCounts = { opened: 0, invited: 0, reminded: 0, closed: 0 };
  const c = surveyCampaigns;
  const live = gt(c.closesAt, now);
  if (!isQuiet(now, quiet)) {
    const scheduled = await env.db
      .select({ id: c.id, opensAt: c.opensAt })
      .from(c)
      .where(and(eq(c.status, 'scheduled'), lte(c.opensAt, before), live));
    for (const s of scheduled) {
      if (quietEnd(s.opensAt, quiet) > before) continue;
      if (typeof (await openCampaign(env, s.id)) === 'object') out.opened++;
    }
    const unfinished = await env.db
      .select({ id: c.id })
      .from(c)
      .where(and(eq(c.status, 'open'), isNull(c.invitedAt), lte(c.opensAt, before), live));
    for (const s of unfinished) if (typeof (await openCampaign(env, s.id)) === 'object') out.invited++;
    const unreminded = await env.db
      .select({ id: c.id })
      .from(c)
      .where(and(eq(c.status, 'open'), isNotNull(c.remindAt), lte(c.remindAt, before), isNull(c.remindedAt), live));
    for (const s of unreminded) if ((await remindCampaign(env, s.id)) !== 'noop') out.reminded++;
  }
  const due = await env.db
    .select({ id: c.id })
    .from(c)
    .where(and(ne(c.status, 'closed'), lte(c.closesAt, before)));
  for (const s of due) if ((await closeCampaign(env, s.id)) === 'closed') out.closed++;
  return out;
}
