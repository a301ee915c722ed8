import { and, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { hotSpotEvents } from '../../db/schema/index.js';
import { queueMessage } from '../delivery/sends.js';
import { enqueue } from '../platform/outbox.js';
import { ackDeadline, DEFAULT_HANDLING_POLICY, isSeverity, loadPolicyChain, resolveMinutes } from './escalation-policy.js';
import { ALERT_TIMERS_QUEUE } from './escalation.js';
import { tellOfficials } from './feedback.js';
import { actionData, alertCard, nowOf, type HotSpotEnv } from './messages.js';
import { lockHotSpot, officialsOf, recordEvent, unitInfo, type HotSpotRow } from './queries.js';

/**
 * Hot-spot follow-through (issue 13 §5). Once an official takes an alert (Tiếp nhận / Đang xử
 * lý), a follow-up is due every N minutes by severity (units.handling_policy, inherited up the
 * tree like the acknowledgement policy; default level 4 every 2 h) until the alert is closed.
 * At each follow-up: if the officials recorded progress since the last one (handling, a note,
 * a playbook step ticked) they are asked for an update (`chased`); if nothing was recorded the
 * handling deadline was missed (`handling_overdue`): they are chased and the officials of the
 * unit above are told. Timers re-check the alert under its row lock (DESIGN §4.5).
 */
export const HOTSPOT_FOLLOW_UP_JOB = 'hotspot-follow-up';
const PROGRESS_KINDS = ['handling', 'note', 'playbook_step'];
const ROUND_KINDS = ['chased', 'handling_overdue'];

export interface FollowUpJob {
  hotSpotId: string;
  /** When the alert was taken (ISO): a later take (after a manual escalation) starts a new series. */
  takenAt: string;
  round: number;
}

export type FollowUpOutcome =
  { kind: 'noop'; why: 'missing' | 'not_taken' | 'stale' | 'duplicate' } | { kind: 'chased' | 'handling_overdue'; round: number; next: Date | null };

function followUpJobId(hotSpotId: string, takenAt: Date, round: number): string {
  return `hs-follow-${hotSpotId}-${takenAt.getTime()}-${round}`;
}

/** Minutes between follow-ups of this alert: the handling policy of the unit handling it, for its severity. */
async function followUpMinutes(db: Executor, hs: Pick<HotSpotRow, 'severity' | 'levelUnitId'>): Promise<number | null> {
  const severity = isSeverity(hs.severity) ? hs.severity : 4;
  return resolveMinutes(await loadPolicyChain(db, hs.levelUnitId, 'handling'), severity, DEFAULT_HANDLING_POLICY);
}

/** Writes the next follow-up job, counted `from` the take (round 1) or the last follow-up; null = no follow-up for this severity. */
export async function scheduleFollowUp(tx: Executor, env: HotSpotEnv, hs: HotSpotRow, round: number, from: Date): Promise<Date | null> {
  if (!hs.acknowledgedAt) return null;
  const at = ackDeadline(from, await followUpMinutes(tx, hs), env.config.ESCALATION_TIME_SCALE);
  if (!at) return null;
  const payload: FollowUpJob = { hotSpotId: hs.id, takenAt: hs.acknowledgedAt.toISOString(), round };
  await enqueue(tx, {
    queue: ALERT_TIMERS_QUEUE,
    name: HOTSPOT_FOLLOW_UP_JOB,
    payload: { ...payload },
    jobId: followUpJobId(hs.id, hs.acknowledgedAt, round),
    runAt: at,
  });
  return at;
}

/** The earlier rounds of this series (newest first), read under the alert's lock. */
async function roundsSoFar(tx: Executor, hs: Pick<HotSpotRow, 'id'>, takenAt: string) {
  return tx
    .select({ at: hotSpotEvents.createdAt, data: hotSpotEvents.data })
    .from(hotSpotEvents)
    .where(and(eq(hotSpotEvents.hotSpotId, hs.id), inArray(hotSpotEvents.kind, ROUND_KINDS), sql`${hotSpotEvents.data}->>'takenAt' = ${takenAt}`))
    .orderBy(desc(hotSpotEvents.id));
}

export interface HandlingDue {
  /** When the next update is due (the next follow-up fires then), or null when the severity has none. */
  at: Date | null;
  /** The policy's interval between follow-ups. */
  minutes: number | null;
}

/**
 * The handling deadline of a taken alert, as the follow-up timers count it: the policy's interval
 * from the last follow-up of the current series, else from the take. Null when the alert is not
 * being handled (open or closed). The console shows it; the timers stay the only ones to act on it.
 */
export async function handlingDue(db: Executor, scale: number, hs: HotSpotRow): Promise<HandlingDue | null> {
  if ((hs.status !== 'acknowledged' && hs.status !== 'handling') || !hs.acknowledgedAt) return null;
  const minutes = await followUpMinutes(db, hs);
  const [last] = await roundsSoFar(db, hs, hs.acknowledgedAt.toISOString());
  return { at: ackDeadline(last?.at ?? hs.acknowledgedAt, minutes, scale), minutes };
}

async function progressSince(tx: Executor, hotSpotId: string, since: Date): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(hotSpotEvents)
    .where(and(eq(hotSpotEvents.hotSpotId, hotSpotId), inArray(hotSpotEvents.kind, PROGRESS_KINDS), gt(hotSpotEvents.createdAt, since)));
  return Number(row?.n ?? 0);
}

/** Job alert-timers/hotspot-follow-up: closed, re-opened or already done → nothing. */
export async function handleFollowUp(tx: Executor, env: HotSpotEnv, job: FollowUpJob): Promise<FollowUpOutcome> {
  const hs = await lockHotSpot(tx, job.hotSpotId);
  if (!hs) return { kind: 'noop', why: 'missing' };
  if (hs.status !== 'acknowledged' && hs.status !== 'handling') return { kind: 'noop', why: 'not_taken' };
  if (hs.acknowledgedAt?.toISOString() !== job.takenAt) return { kind: 'noop', why: 'stale' };
  const rounds = await roundsSoFar(tx, hs, job.takenAt);
  if (rounds.some((r) => (r.data as { round?: number }).round === job.round)) return { kind: 'noop', why: 'duplicate' };
  const since = rounds[0]?.at ?? hs.acknowledgedAt;
  const kind = (await progressSince(tx, hs.id, since)) > 0 ? 'chased' : 'handling_overdue';
  const now = nowOf(env);
  const hours = Math.max(1, Math.round((now.getTime() - hs.acknowledgedAt.getTime()) / 3_600_000));
  await recordEvent(tx, hs.id, kind, { unitId: hs.levelUnitId, data: { round: job.round, takenAt: job.takenAt } }, now);
  const key = `hs-${hs.id}-f${hs.acknowledgedAt.getTime()}-${job.round}`;
  await tellOfficials(tx, env, hs, key, (t) => t(`hot-spots-follow-${kind}`, { receipt: hs.receiptNo, hours }), { withButtons: true });
  if (kind === 'handling_overdue') await tellUnitAbove(tx, env, hs, `${key}-up`, hours);
  return { kind, round: job.round, next: await scheduleFollowUp(tx, env, hs, job.round + 1, now) };
}

/** The officials of the unit above the alert's level hear that its handling deadline was missed. */
async function tellUnitAbove(tx: Executor, env: HotSpotEnv, hs: HotSpotRow, purpose: string, hours: number): Promise<void> {
  const level = await unitInfo(tx, hs.levelUnitId);
  if (!level.parentId) return;
  const origin = hs.unitId === level.id ? level : await unitInfo(tx, hs.unitId);
  for (const o of await officialsOf(tx, level.parentId)) {
    const t = (k: string, a?: Record<string, string | number>) => env.i18n.t(o.locale, k, a);
    const lines = [t('hot-spots-follow-above', { receipt: hs.receiptNo, level: level.name, hours })];
    lines.push(...alertCard(env, o.locale, hs, { unitName: origin.name, levelName: level.name }));
    const choices = [{ label: t('hot-spots-btn-view'), data: actionData(hs.id, 'view') }];
    await queueMessage(tx, { purpose, personId: o.id, message: { type: 'text', text: lines.join('\n'), choices }, lane: 'interactive' });
  }
}
