import type { Db, Executor } from '../../db/client.js';
import { reminderLedger } from '../../db/schema/index.js';
import { isQuiet, parseQuietHours } from '../broadcasts/quiet.js';
import { periodStatuses, type ReporterStatus } from './completeness.js';
import type { Config } from '../platform/config.js';
import type { Translate } from '../kernel/i18n.js';
import { createOfficialRouter, loadOfficials, type OfficialRow } from '../people/inactive.js';
import type { Logger } from '../kernel/logger.js';
import type { OutboundMessage } from '../kernel/messages.js';
import { dueDate, formatPeriod, isoDate, stepsDueOn, type CivilDate, type CollaboratorStep, type ReminderStep } from '../kernel/periods.js';
import { asLocale, collaboratorReminder, lateList, type LateGroup } from './reminder-messages.js';
import { monthlyReviews } from '../network/monthly-review.js';
import { queueMessage } from '../delivery/sends.js';
import { defaultsFromConfig, loadUnitTree, type UnitNode, type UnitTree } from '../people/unit-tree.js';
import { localDate, localTime } from '../kernel/zoned-time.js';

type ReminderConfig = Pick<
  Config,
  'TIMEZONE' | 'QUIET_HOURS' | 'REMINDER_HOUR' | 'REPORT_DEADLINE_DAY' | 'REPORT_CUTOFF_DAY' | 'REPORT_LOCK_DAYS' | 'INACTIVE_PERIODS'
>;

export interface ReminderEnv {
  db: Db;
  config: ReminderConfig;
  t: Translate;
  logger: Logger;
  /** Injected so a simulated month runs without waiting. */
  now: () => Date;
}

export interface ScanResult {
  skipped?: 'quiet' | 'early';
  /** Reminders written to the ledger and queued (per step), and official lists. */
  reminded: Record<CollaboratorStep, number>;
  lists: number;
  unreachable: number;
}

const BATCH = 200;

/**
 * Claims (person, period, step) in the ledger and queues the message in the same transaction:
 * a second scan — the same day, or another worker at the same moment — finds the row and
 * sends nothing. Returns whether this call queued it, or 'unreachable' (no channel account).
 */
export async function claimAndQueue(
  tx: Executor,
  row: { personId: string; period: string; step: string; unitId: string | null },
  message: OutboundMessage,
): Promise<boolean | 'unreachable'> {
  const claimed = await tx.insert(reminderLedger).values(row).onConflictDoNothing().returning({ id: reminderLedger.id });
  if (claimed.length === 0) return false;
  const queued = await queueMessage(tx, { purpose: `rem-${row.period}-${row.step}`, personId: row.personId, message, lane: 'bulk' });
  return queued ? true : 'unreachable';
}

/** Not in quiet hours and not before the reminder hour (local time). */
function reminderWindowOpen(now: Date, c: Pick<ReminderConfig, 'TIMEZONE' | 'QUIET_HOURS' | 'REMINDER_HOUR'>): 'quiet' | 'early' | null {
  if (isQuiet(now, parseQuietHours(c.QUIET_HOURS, c.TIMEZONE))) return 'quiet';
  return localTime(now, c.TIMEZONE).hour < c.REMINDER_HOUR ? 'early' : null;
}

/** Groups today's ladder steps by (period, step) over every active unit. */
function dueGroups(tree: UnitTree, today: CivilDate): Map<string, { period: string; step: ReminderStep; units: UnitNode[] }> {
  const groups = new Map<string, { period: string; step: ReminderStep; units: UnitNode[] }>();
  for (const u of tree.subtree('/')) {
    for (const { period, step } of stepsDueOn(today, tree.settings(u.id))) {
      const key = `${period}/${step}`;
      const g = groups.get(key) ?? { period, step, units: [] };
      g.units.push(u);
      groups.set(key, g);
    }
  }
  return groups;
}

/**
 * The daily reminder scan: who is due for which step today, per unit's own deadline. Safe to
 * run any number of times a day (the scheduler runs it hourly so an outage only delays it).
 */
export async function runReminderScan(env: ReminderEnv): Promise<ScanResult> {
  const result: ScanResult = { reminded: { d3: 0, d1: 0, d0: 0 }, lists: 0, unreachable: 0 };
  const now = env.now();
  const closed = reminderWindowOpen(now, env.config);
  if (closed) return { ...result, skipped: closed };
  const tz = env.config.TIMEZONE;
  const today = localDate(now, tz);
  const tree = await loadUnitTree(env.db, defaultsFromConfig(env.config));
  const route = createOfficialRouter(tree, await loadOfficials(env.db));
  for (const g of dueGroups(tree, today).values()) {
    const rows = await periodStatuses(env.db, tree, g.units, () => g.period, tz);
    const missing = rows.flatMap((r) => r.people.filter((p) => p.state === 'missing'));
    if (g.step === 'late') result.lists += await sendLateLists(env, tree, route, today, rows);
    else await remindCollaborators(env, tree, g.period, g.step, missing, result);
  }
  env.logger.info({ date: isoDate(today), ...result.reminded, lists: result.lists, unreachable: result.unreachable }, 'reminder scan done');
  return result;
}

async function remindCollaborators(
  env: ReminderEnv,
  tree: UnitTree,
  period: string,
  step: CollaboratorStep,
  missing: ReporterStatus[],
  result: ScanResult,
): Promise<void> {
  for (let i = 0; i < missing.length; i += BATCH) {
    await env.db.transaction(async (tx) => {
      for (const p of missing.slice(i, i + BATCH)) {
        const due = dueDate(period, tree.settings(p.unitId));
        const message = collaboratorReminder(env.t, asLocale(p.locale), { step, period, due, name: p.displayName });
        const r = await claimAndQueue(tx, { personId: p.personId, period, step, unitId: p.unitId }, message);
        if (r === true) result.reminded[step]++;
        if (r === 'unreachable') result.unreachable++;
      }
    });
  }
}

/** D+1: one list per official per day, covering every unit of theirs that fell due yesterday. */
async function sendLateLists(
  env: ReminderEnv,
  tree: UnitTree,
  route: (unitId: string) => OfficialRow[],
  today: CivilDate,
  rows: { unit: UnitNode; period: string; people: ReporterStatus[] }[],
): Promise<number> {
  const perOfficial = new Map<string, { official: OfficialRow; period: string; groups: LateGroup[] }>();
  for (const { unit, period, people } of rows) {
    const names = people.filter((p) => p.state === 'missing').map((p) => p.displayName);
    if (names.length === 0) continue;
    for (const o of route(unit.id)) {
      const entry = perOfficial.get(o.id) ?? { official: o, period, groups: [] };
      entry.groups.push({ unitName: unit.name, period, due: dueDate(period, tree.settings(unit.id)), names });
      perOfficial.set(o.id, entry);
    }
  }
  let sent = 0;
  await env.db.transaction(async (tx) => {
    for (const { official, period, groups } of perOfficial.values()) {
      const message = lateList(env.t, asLocale(official.locale), groups);
      if ((await claimAndQueue(tx, { personId: official.id, period, step: `late-${isoDate(today)}`, unitId: null }, message)) === true) sent++;
    }
  });
  return sent;
}

/** The monthly «cần xem xét» list and make-up gaps to each official (core/network/monthly-review.ts), once per official per month. */
export async function runInactiveScan(env: ReminderEnv): Promise<{ skipped?: 'quiet' | 'early'; lists: number; flagged: number }> {
  const now = env.now();
  const closed = reminderWindowOpen(now, env.config);
  if (closed) return { skipped: closed, lists: 0, flagged: 0 };
  const today = localDate(now, env.config.TIMEZONE);
  const tree = await loadUnitTree(env.db, defaultsFromConfig(env.config));
  const route = createOfficialRouter(tree, await loadOfficials(env.db));
  const c = env.config;
  const { reviews, flagged } = await monthlyReviews(env.db, { t: env.t, timeZone: c.TIMEZONE, periods: c.INACTIVE_PERIODS, today, now, tree, route });
  let lists = 0;
  const month = formatPeriod(today.year, today.month);
  await env.db.transaction(async (tx) => {
    for (const { official, message } of reviews) {
      if ((await claimAndQueue(tx, { personId: official.id, period: month, step: 'inactive', unitId: null }, message)) === true) lists++;
    }
  });
  return { lists, flagged };
}
