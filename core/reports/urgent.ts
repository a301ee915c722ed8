import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { reports, sends } from '../../db/schema/index.js';
import { appendAudit } from '../compliance/audit.js';
import { queueMessage } from '../delivery/sends.js';
import { ackDeadline, loadUnitChain, resolveMinutes, type ChainUnit } from '../hot-spots/escalation-policy.js';
import { ALERT_TIMERS_QUEUE } from '../hot-spots/escalation.js';
import { officialsOf } from '../hot-spots/queries.js';
import { formatDateTime } from '../kernel/datetime.js';
import type { Locale, Translate } from '../kernel/i18n.js';
import type { Config } from '../platform/config.js';
import { enqueue } from '../platform/outbox.js';

/**
 * Urgent reports (báo cáo khẩn, issue 13 §1): a quick or thematic report its reporter sends as
 * urgent follows the hot-spot acknowledgement and escalation rules. The officials of the
 * reporter's unit get it at once with a deadline — the unit's acknowledgement policy for
 * severity 3 ("Khẩn") — whatever their /thongbao settings; «Tiếp nhận» (or «Yêu cầu bổ sung»)
 * stops the clock; a missed deadline sends it to the officials of the unit above with a fresh
 * deadline, up to the root, where it is repeated ROOT_REMINDER_REPEATS times. A unit with nobody
 * to tell is skipped upwards at once. Timers re-check the report under its row lock.
 */
const URGENT_SEVERITY = 3;
export const REPORT_URGENT_JOB = 'report-urgent-deadline';

export interface UrgentEnv {
  t: Translate;
  config: Pick<Config, 'ESCALATION_TIME_SCALE' | 'ROOT_REMINDER_REPEATS' | 'TIMEZONE'>;
  now: Date;
  /** Renders the notice (text + buttons) of the report for one official: core/reports/notices.ts. */
  notice: (locale: Locale) => { text: string; choices: { label: string; data: string }[] };
}

export interface UrgentJob {
  reportId: string;
  step: number;
  unitId: string;
  /** Repeats at the root so far. */
  repeat: number;
}

export type UrgentOutcome = 'notified' | 'unattended' | 'handled' | 'duplicate' | 'missing';

const purpose = (reportId: string, step: number) => `ru-${reportId}-s${step}`;

/** Tells one level, or climbs past levels with nobody to tell; writes the deadline job. */
async function enterLevel(
  tx: Executor,
  env: UrgentEnv,
  reportId: string,
  step: number,
  chain: ChainUnit[],
  head: (t: Translate, l: Locale) => string,
  repeat: number,
): Promise<UrgentOutcome> {
  for (let i = 0; i < chain.length; i++) {
    const unit = chain[i]!;
    const officials = await officialsOf(tx, unit.id);
    if (officials.length === 0) continue;
    const minutes = resolveMinutes(
      chain.slice(i).map((c) => c.policy),
      URGENT_SEVERITY,
    );
    const deadline = ackDeadline(env.now, minutes ?? 30, env.config.ESCALATION_TIME_SCALE)!;
    for (const o of officials) {
      const n = env.notice(o.locale);
      const when = env.t(o.locale, 'notices-urgent-deadline', { time: formatDateTime(deadline, env.config.TIMEZONE) });
      const message = { type: 'text' as const, text: [head(env.t, o.locale), n.text, when].join('\n'), choices: n.choices };
      await queueMessage(tx, { purpose: purpose(reportId, step), personId: o.id, message, lane: 'interactive' });
    }
    const job: UrgentJob = { reportId, step, unitId: unit.id, repeat };
    await enqueue(tx, { queue: ALERT_TIMERS_QUEUE, name: REPORT_URGENT_JOB, payload: { ...job }, jobId: `ru-${reportId}-${step}`, runAt: deadline });
    await appendAudit(tx, {
      actorId: null,
      action: 'report.urgent_notified',
      targetType: 'report',
      targetId: reportId,
      outcome: 'ok',
      details: { step, unitId: unit.id, notified: officials.length },
    });
    return 'notified';
  }
  await appendAudit(tx, { actorId: null, action: 'report.urgent_unattended', targetType: 'report', targetId: reportId, outcome: 'refused', details: { step } });
  return 'unattended';
}

/** In the filing transaction, for a report sent as urgent. */
export async function startUrgent(tx: Executor, env: UrgentEnv, reportId: string, unitId: string): Promise<UrgentOutcome> {
  const { chain } = await loadUnitChain(tx, unitId);
  return enterLevel(tx, env, reportId, 0, chain, (t, l) => t(l, 'notices-urgent-head'), 0);
}

/** Job alert-timers/report-urgent-deadline: taken in hand since (received, asked for more) → nothing. */
export async function handleUrgentDeadline(tx: Executor, env: UrgentEnv, job: UrgentJob): Promise<UrgentOutcome> {
  const [r] = await tx.select({ status: reports.status, unitId: reports.unitId }).from(reports).where(eq(reports.id, job.reportId)).for('update');
  if (!r) return 'missing';
  if (r.status !== 'submitted') return 'handled';
  const [later] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(sends)
    .where(eq(sends.purpose, purpose(job.reportId, job.step + 1)));
  if (Number(later?.n ?? 0) > 0) return 'duplicate';
  const { chain } = await loadUnitChain(tx, job.unitId);
  const from = chain[0]!;
  if (chain.length > 1) {
    return enterLevel(tx, env, job.reportId, job.step + 1, chain.slice(1), (t, l) => t(l, 'notices-urgent-escalated', { from: from.name }), job.repeat);
  }
  if (job.repeat >= env.config.ROOT_REMINDER_REPEATS) {
    await appendAudit(tx, {
      actorId: null,
      action: 'report.urgent_unattended',
      targetType: 'report',
      targetId: job.reportId,
      outcome: 'refused',
      details: { step: job.step },
    });
    return 'unattended';
  }
  return enterLevel(tx, env, job.reportId, job.step + 1, chain, (t, l) => t(l, 'notices-urgent-reminder', { n: job.repeat + 1 }), job.repeat + 1);
}
