import { and, eq, gte, inArray, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { hotSpots, sends } from '../../db/schema/index.js';
import { ackDeadline, isSeverity, loadUnitChain, resolveMinutes, type ChainUnit } from './escalation-policy.js';
import { alertNotification, nowOf, type HotSpotEnv, type Notice } from './messages.js';
import { countEvents, lockHotSpot, officialsOf, recordEvent, recordEvents, type EventInput, type HotSpotRow } from './queries.js';
import { enqueue } from '../platform/outbox.js';
import { queueMessage } from '../delivery/sends.js';
import { fileLinkSettingsOf } from '../media/file-link.js';
import { forwardKeptTo } from '../media/forward.js';
import { filesDirOf } from '../media/store.js';

export const ALERTS_QUEUE = 'alerts';
/**
 * Deadline jobs have a queue of their own: a flood of new alerts being notified must not
 * delay, behind it, the escalation of older alerts whose deadline has come.
 */
export const ALERT_TIMERS_QUEUE = 'alert-timers';
export const HOTSPOT_DEADLINE_JOB = 'hotspot-deadline';
export const HOTSPOT_UNDELIVERED_JOB = 'hotspot-undelivered';

export type EscalationReason = 'deadline' | 'burst' | 'manual' | 'unreachable';

export type EscalationOutcome =
  | { kind: 'noop'; why: 'missing' | 'not_open' | 'stale' | 'duplicate' | 'no_deadline' | 'still_deliverable' }
  | { kind: 'entered'; step: number; unitId: string; notified: number; deadline: Date | null }
  | { kind: 'unattended'; step: number; unitId: string }
  | { kind: 'at_root' };

/** Purpose of the notifications of one escalation step (the sends ledger key). */
export function stepPurpose(hotSpotId: string, step: number): string {
  return `hs-${hotSpotId}-s${step}`;
}

function deadlineJobId(hotSpotId: string, step: number): string {
  return `hs-deadline-${hotSpotId}-${step}`;
}

interface Level {
  unit: ChainUnit;
  step: number;
  notice: Omit<Notice, 'deadline'>;
  deadline: Date | null;
  originName: string;
}

/** Queues the notification to each reachable official of the level; returns how many were queued. */
async function notifyLevel(tx: Executor, env: HotSpotEnv, hs: HotSpotRow, l: Level): Promise<number> {
  const officials = await officialsOf(tx, l.unit.id);
  const notified: EventInput[] = [];
  const onFail = { queue: ALERTS_QUEUE, name: HOTSPOT_UNDELIVERED_JOB, payload: { hotSpotId: hs.id, step: l.step } };
  for (const o of officials) {
    const message = alertNotification(env, o.locale, hs, { unitName: l.originName, levelName: l.unit.name }, { ...l.notice, deadline: l.deadline });
    const queued = await queueMessage(tx, { purpose: stepPurpose(hs.id, l.step), personId: o.id, message, lane: 'interactive', onFail });
    if (queued) notified.push({ unitId: l.unit.id, data: { step: l.step, personId: o.id, channel: queued.channel, sendId: queued.sendId } });
  }
  await recordEvents(tx, hs.id, 'notified', notified, nowOf(env));
  // Officials told at a later level get the photos and files already kept, as the first ones did.
  await forwardKeptTo(tx, { t: env.i18n.t, links: fileLinkSettingsOf(env.config) }, filesDirOf(env.config), { type: 'hot_spot', id: hs.id }, officials);
  return officials.length === 0 ? -1 : notified.length;
}

/**
 * Puts the alert in a unit's hands: notifies its reachable officials, sets the deadline and
 * writes the deadline job. A unit nobody can be reached at is recorded and skipped upwards at
 * once; at the root with nobody reachable the alert is recorded as unattended.
 */
async function enterLevel(
  tx: Executor,
  env: HotSpotEnv,
  hs: HotSpotRow,
  firstStep: number,
  firstChain: ChainUnit[],
  originName: string,
  first: Omit<Notice, 'deadline'>,
): Promise<EscalationOutcome> {
  let step = firstStep;
  let notice = first;
  let chain = firstChain;
  const severity = isSeverity(hs.severity) ? hs.severity : 4;
  for (;;) {
    const unit = chain[0]!;
    const now = nowOf(env);
    const deadline = ackDeadline(
      now,
      resolveMinutes(
        chain.map((c) => c.policy),
        severity,
      ),
      env.config.ESCALATION_TIME_SCALE,
    );
    const notified = await notifyLevel(tx, env, hs, { unit, step, notice, deadline, originName });
    if (notified > 0) {
      await tx.update(hotSpots).set({ levelUnitId: unit.id, escalationStep: step, ackDeadline: deadline, updatedAt: now }).where(eq(hotSpots.id, hs.id));
      if (deadline) {
        await enqueue(tx, {
          queue: ALERT_TIMERS_QUEUE,
          name: HOTSPOT_DEADLINE_JOB,
          payload: { hotSpotId: hs.id, step },
          jobId: deadlineJobId(hs.id, step),
          runAt: deadline,
        });
      }
      return { kind: 'entered', step, unitId: unit.id, notified, deadline };
    }
    await recordEvent(tx, hs.id, 'level_skipped', { unitId: unit.id, data: { step, reason: notified < 0 ? 'no_officials' : 'unreachable' } }, now);
    if (!unit.parentId) {
      await tx.update(hotSpots).set({ levelUnitId: unit.id, escalationStep: step, ackDeadline: null, updatedAt: now }).where(eq(hotSpots.id, hs.id));
      await recordEvent(tx, hs.id, 'unattended', { unitId: unit.id, data: { step } }, now);
      return { kind: 'unattended', step, unitId: unit.id };
    }
    await recordEvent(
      tx,
      hs.id,
      'escalated',
      { unitId: unit.parentId, data: { fromStep: step, toStep: step + 1, fromUnitId: unit.id, toUnitId: unit.parentId, reason: 'skip' } },
      now,
    );
    notice = { reason: 'skip', fromUnitName: unit.name };
    step++;
    chain = chain[1]?.id === unit.parentId ? chain.slice(1) : (await loadUnitChain(tx, unit.parentId)).chain;
  }
}

/**
 * One level up from where the alert is now. At the root, a missed deadline repeats the
 * reminder up to ROOT_REMINDER_REPEATS times, then the alert is recorded as unattended.
 */
export async function escalateFrom(
  tx: Executor,
  env: HotSpotEnv,
  hs: HotSpotRow,
  reason: EscalationReason,
  extra: Record<string, unknown> = {},
): Promise<EscalationOutcome> {
  const { chain, also } = await loadUnitChain(tx, hs.levelUnitId, hs.unitId);
  const level = chain[0]!;
  const originName = also?.name ?? level.name;
  const now = nowOf(env);
  const step = hs.escalationStep;
  if (level.parentId) {
    const data = { fromStep: step, toStep: step + 1, fromUnitId: level.id, toUnitId: level.parentId, reason, ...extra };
    await recordEvent(tx, hs.id, 'escalated', { unitId: level.parentId, data }, now);
    const parentChain = chain[1]?.id === level.parentId ? chain.slice(1) : (await loadUnitChain(tx, level.parentId)).chain;
    return enterLevel(tx, env, hs, step + 1, parentChain, originName, { reason, fromUnitName: level.name });
  }
  if (reason !== 'deadline') return { kind: 'at_root' };
  const reminders = await countEvents(tx, hs.id, ['reminder']);
  if (reminders >= env.config.ROOT_REMINDER_REPEATS) {
    await tx.update(hotSpots).set({ ackDeadline: null, updatedAt: now }).where(eq(hotSpots.id, hs.id));
    await recordEvent(tx, hs.id, 'unattended', { unitId: level.id, data: { step, reminders, ...extra } }, now);
    return { kind: 'unattended', step, unitId: level.id };
  }
  await recordEvent(tx, hs.id, 'reminder', { unitId: level.id, data: { n: reminders + 1, fromStep: step, toStep: step + 1, ...extra } }, now);
  return enterLevel(tx, env, hs, step + 1, chain, originName, { reason: 'reminder', reminder: reminders + 1 });
}

/** Job alerts/hotspot-created: the first notification, then the burst rule (DESIGN §4.5: re-checks state). */
export async function handleCreated(tx: Executor, env: HotSpotEnv, hotSpotId: string): Promise<EscalationOutcome> {
  const hs = await lockHotSpot(tx, hotSpotId);
  if (!hs) return { kind: 'noop', why: 'missing' };
  if (hs.status !== 'open') return { kind: 'noop', why: 'not_open' };
  if (hs.escalationStep > 0 || (await countEvents(tx, hs.id, ['notified', 'level_skipped', 'unattended'])) > 0) return { kind: 'noop', why: 'duplicate' };
  // A confidential alert starts at the unit it was sent to (issue 13 §7); the units below never hear of it.
  const { chain, also } = await loadUnitChain(tx, hs.confidentialUnitId ?? hs.unitId, hs.unitId);
  const entered = await enterLevel(tx, env, hs, 0, chain, also?.name ?? chain[0]!.name, { reason: 'new' });
  const burst = await applyBurst(tx, env, hs.id, hs.unitId);
  return burst ?? entered;
}

/**
 * Burst rule: BURST_ALERTS alerts from one unit within BURST_WINDOW_MINUTES go one level up at
 * once. This alert escalates here; the unit's other alerts still at their first level get a
 * deadline job due now (deterministic id, so the burst escalates each only once).
 */
async function applyBurst(tx: Executor, env: HotSpotEnv, hotSpotId: string, unitId: string): Promise<EscalationOutcome | null> {
  const since = new Date(nowOf(env).getTime() - env.config.BURST_WINDOW_MINUTES * 60_000);
  const recent = await tx
    .select({
      id: hotSpots.id,
      status: hotSpots.status,
      step: hotSpots.escalationStep,
      entered: sql<boolean>`exists (select 1 from hot_spot_events e where e.hot_spot_id = hot_spots.id and e.kind = 'notified')`,
    })
    .from(hotSpots)
    .where(and(eq(hotSpots.unitId, unitId), gte(hotSpots.createdAt, since), ne(hotSpots.status, 'false_alarm')));
  if (recent.length < env.config.BURST_ALERTS) return null;
  for (const other of recent) {
    if (other.id === hotSpotId || other.status !== 'open' || other.step !== 0 || !other.entered) continue;
    await enqueue(tx, {
      queue: ALERT_TIMERS_QUEUE,
      name: HOTSPOT_DEADLINE_JOB,
      payload: { hotSpotId: other.id, step: 0, reason: 'burst' },
      jobId: `hs-burst-${other.id}`,
    });
  }
  const [fresh] = await tx.select().from(hotSpots).where(eq(hotSpots.id, hotSpotId));
  if (!fresh || fresh.status !== 'open' || fresh.escalationStep !== 0) return null;
  return escalateFrom(tx, env, fresh, 'burst', { count: recent.length });
}

export interface DeadlineJob {
  hotSpotId: string;
  step: number;
  reason?: 'deadline' | 'burst';
}

/** Job alert-timers/hotspot-deadline: acknowledged, closed or moved on since → nothing (no zombie escalations). */
export async function handleDeadline(tx: Executor, env: HotSpotEnv, job: DeadlineJob, firedAt: Date): Promise<EscalationOutcome> {
  const hs = await lockHotSpot(tx, job.hotSpotId);
  if (!hs) return { kind: 'noop', why: 'missing' };
  if (hs.status !== 'open') return { kind: 'noop', why: 'not_open' };
  if (hs.escalationStep !== job.step) return { kind: 'noop', why: 'stale' };
  const reason = job.reason ?? 'deadline';
  if (reason === 'deadline') {
    if (!hs.ackDeadline) return { kind: 'noop', why: 'no_deadline' };
    return escalateFrom(tx, env, hs, 'deadline', { deadline: hs.ackDeadline.toISOString(), lateMs: firedAt.getTime() - hs.ackDeadline.getTime() });
  }
  return escalateFrom(tx, env, hs, reason);
}

/**
 * Job alerts/hotspot-undelivered, written by the send lane when a notification failed for good:
 * if nobody at the alert's current step can still receive it, move on up now.
 */
export async function handleUndelivered(tx: Executor, env: HotSpotEnv, job: { hotSpotId: string; step: number }): Promise<EscalationOutcome> {
  const hs = await lockHotSpot(tx, job.hotSpotId);
  if (!hs) return { kind: 'noop', why: 'missing' };
  if (hs.status !== 'open') return { kind: 'noop', why: 'not_open' };
  if (hs.escalationStep !== job.step) return { kind: 'noop', why: 'stale' };
  const [live] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(sends)
    .where(and(eq(sends.purpose, stepPurpose(hs.id, job.step)), inArray(sends.state, ['queued', 'sending', 'sent'])));
  if (Number(live?.n ?? 0) > 0) return { kind: 'noop', why: 'still_deliverable' };
  await recordEvent(tx, hs.id, 'level_skipped', { unitId: hs.levelUnitId, data: { step: job.step, reason: 'unreachable' } }, nowOf(env));
  return escalateFrom(tx, env, hs, 'unreachable');
}
