import type { Config } from '../platform/config.js';
import { and, desc, eq, ne } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { people, reportIssues, reports, reportReviews, reportVersions } from '../../db/schema/index.js';
import { visibleTo } from './visible-unit.js';
import { appendAudit } from '../compliance/audit.js';
import type { Translate } from '../kernel/i18n.js';
import { dueDate, isLocked, isoDate, lockDate, submissionPeriod, type ReportingSettings } from '../kernel/periods.js';
import { asLocale, fmtDate, OPEN_REPORT_DATA, periodLabel } from './reminder-messages.js';
import { validateDraft } from './draft.js';
import { writeIssues } from './submit.js';
import { queueMessage } from '../delivery/sends.js';
import { settingsOfUnit, type SettingsDefaults } from '../people/unit-tree.js';
import { localDate } from '../kernel/zoned-time.js';
import { refuse, type Refusal } from '../kernel/result.js';

/**
 * After a report is filed: the reporter may edit it until its period locks (every version kept
 * whole in report_versions); an official of the unit's subtree marks it received or asks for
 * more, with a message to the reporter. Official actions and refusals go to the audit log.
 */
export interface ReviewEnv {
  timeZone: string;
  defaults: SettingsDefaults;
  t: Translate;
  /** Timer settings for reports sent as urgent (core/reports/urgent.ts); absent: no escalation. */
  urgency?: Pick<Config, 'ESCALATION_TIME_SCALE' | 'ROOT_REMINDER_REPEATS' | 'TIMEZONE'>;
}

type ReviewRefusal = 'not_found' | 'not_owner' | 'locked' | 'invalid' | 'out_of_scope' | 'empty_note';
export type ReviewResult = { ok: true; reportId: string; receiptNo: string; version: number; changed: boolean } | Refusal<ReviewRefusal>;

type ReportRow = typeof reports.$inferSelect;

async function lockReport(tx: Executor, ref: { reportId?: string; receiptNo?: string }): Promise<ReportRow | null> {
  const where = ref.reportId ? eq(reports.id, ref.reportId) : eq(reports.receiptNo, (ref.receiptNo ?? '').toUpperCase());
  const [row] = await tx
    .select()
    .from(reports)
    .where(and(where, ne(reports.status, 'draft')))
    .for('update');
  return row ?? null;
}

/** The reporter's filed periodic report for a period, if any (the newest when several). */
async function findOwnPeriodic(db: Executor, personId: string, period: string): Promise<ReportRow | null> {
  const [row] = await db
    .select()
    .from(reports)
    .where(and(eq(reports.reporterId, personId), eq(reports.kind, 'periodic'), eq(reports.period, period), ne(reports.status, 'draft')))
    .orderBy(desc(reports.createdAt))
    .limit(1);
  return row ?? null;
}

export interface ReportingPeriodInfo {
  period: string;
  settings: ReportingSettings;
  due: string;
  lock: string;
  /** Already filed for this period (then /baocao edits it until `lock`). */
  existing: { reportId: string; receiptNo: string | null; version: number; status: string } | null;
}

/**
 * The period a collaborator's periodic report is for right now (core/kernel/periods.ts
 * submissionPeriod: an overdue, unlocked, unfiled previous period first), per their unit.
 */
export async function reportingPeriodFor(
  db: Executor,
  env: Pick<ReviewEnv, 'timeZone' | 'defaults'>,
  person: { id: string; unitId: string },
  now: Date,
): Promise<ReportingPeriodInfo> {
  const s = (await settingsOfUnit(db, env.defaults, person.unitId))?.settings;
  if (!s) throw new Error('unit of person not found');
  const today = localDate(now, env.timeZone);
  const filed = new Map<string, ReportRow>();
  for (const p of [submissionPeriod(today, s, () => true), submissionPeriod(today, s, () => false)]) {
    const r = await findOwnPeriodic(db, person.id, p);
    if (r) filed.set(p, r);
  }
  const period = submissionPeriod(today, s, (p) => filed.has(p));
  const r = filed.get(period);
  return {
    period,
    settings: s,
    due: isoDate(dueDate(period, s)),
    lock: isoDate(lockDate(period, s)),
    existing: r ? { reportId: r.id, receiptNo: r.receiptNo, version: r.version, status: r.status } : null,
  };
}

/** Replaces a filed report's content with a new version, if its period has not locked. */
export async function editReport(
  tx: Executor,
  env: ReviewEnv,
  input: { reportId: string; personId: string; draft: unknown; now: Date },
): Promise<ReviewResult> {
  const row = await lockReport(tx, { reportId: input.reportId });
  if (!row || !row.receiptNo) return refuse('not_found');
  if (row.reporterId !== input.personId) return refuse('not_owner');
  const s = (await settingsOfUnit(tx, env.defaults, row.unitId))?.settings;
  if (!s || !row.period || isLocked(row.period, s, localDate(input.now, env.timeZone))) return refuse('locked');
  const checked = validateDraft(input.draft);
  if (!checked.ok || checked.draft.kind !== row.kind || checked.draft.period !== row.period) return refuse('invalid');
  const d = checked.draft;
  const version = row.version + 1;
  // Edits go back to the officials for review; the first submission time (on time or not) stays.
  await tx
    .update(reports)
    .set({
      assessment: d.assessment ?? null,
      mood: d.mood ?? null,
      title: d.title ?? row.title,
      rumours: d.rumours ?? null,
      goodPractices: d.goodPractices ?? null,
      proposals: d.proposals ?? null,
      spread: d.spread ?? null,
      version,
      status: row.status === 'synthesised' ? 'synthesised' : 'submitted',
      updatedAt: input.now,
    })
    .where(eq(reports.id, row.id));
  await tx.delete(reportIssues).where(eq(reportIssues.reportId, row.id));
  await writeIssues(tx, row.id, d);
  await tx.insert(reportVersions).values({ reportId: row.id, version, payload: d, createdBy: input.personId, createdAt: input.now });
  await tx.insert(reportReviews).values({ reportId: row.id, actorId: input.personId, action: 'edited', version, createdAt: input.now });
  return { ok: true, reportId: row.id, receiptNo: row.receiptNo, version, changed: true };
}

export interface OfficialActor {
  id: string;
  unitId: string;
}

async function guard(tx: Executor, official: OfficialActor, ref: string, verb: string): Promise<ReportRow | ReviewRefusal> {
  const byId = /^[0-9a-f-]{36}$/i.test(ref);
  const row = await lockReport(tx, byId ? { reportId: ref } : { receiptNo: ref });
  const refusal: ReviewRefusal | null = !row || !row.receiptNo ? 'not_found' : !(await visibleTo(tx, official.unitId, row)) ? 'out_of_scope' : null;
  if (refusal) {
    await appendAudit(tx, {
      actorId: official.id,
      action: `report.${verb}`,
      targetType: 'report',
      targetId: row?.id ?? ref.slice(0, 40),
      outcome: 'refused',
      details: { reason: refusal },
    });
    return refusal;
  }
  return row!;
}

/** Idempotent: a report already received (or synthesised) stays so; the reporter hears once per version. */
export async function markReceived(tx: Executor, env: ReviewEnv, official: OfficialActor, ref: string, now: Date): Promise<ReviewResult> {
  const row = await guard(tx, official, ref, 'received');
  if (typeof row === 'string') return refuse(row);
  const changed = row.status === 'submitted' || row.status === 'needs_more';
  if (changed) {
    await tx.update(reports).set({ status: 'received', updatedAt: now }).where(eq(reports.id, row.id));
    await tx.insert(reportReviews).values({ reportId: row.id, actorId: official.id, action: 'received', version: row.version, createdAt: now });
    await notifyReporter(tx, env, row, `rv-${row.id}-v${row.version}-ok`, 'reports-review-received-notice', {});
  }
  await appendAudit(tx, {
    actorId: official.id,
    action: 'report.received',
    targetType: 'report',
    targetId: row.id,
    outcome: 'ok',
    details: { changed, version: row.version },
  });
  return { ok: true, reportId: row.id, receiptNo: row.receiptNo!, version: row.version, changed };
}

/**
 * Forwarding a report to a body (chuyển xử lý) receives it first when nobody had yet: the same
 * rules, reporter's notice and audit entry as tiếp nhận, so /trangthai no longer says «chờ tiếp nhận».
 */
export async function receiveOnForward(tx: Executor, env: ReviewEnv, official: OfficialActor, reportId: string, now: Date): Promise<boolean> {
  const [r] = await tx.select({ status: reports.status }).from(reports).where(eq(reports.id, reportId));
  if (r?.status !== 'submitted' && r?.status !== 'needs_more') return false;
  const done = await markReceived(tx, env, official, reportId, now);
  return done.ok && done.changed;
}

const MAX_NOTE_LENGTH = 2000;

/** Asks the reporter for more, with the official's message; each new request is its own notice. */
export async function requestMore(tx: Executor, env: ReviewEnv, official: OfficialActor, ref: string, note: string, now: Date): Promise<ReviewResult> {
  const text = note.trim();
  if (text.length === 0 || text.length > MAX_NOTE_LENGTH) return refuse('empty_note');
  const row = await guard(tx, official, ref, 'needs_more');
  if (typeof row === 'string') return refuse(row);
  // The same request again on the same version (a form sent twice, «back» and send) stands as sent: the reporter hears it once.
  if (row.status === 'needs_more' && (await lastRequest(tx, row.id, row.version)) === text) {
    return { ok: true, reportId: row.id, receiptNo: row.receiptNo!, version: row.version, changed: true };
  }
  await tx.update(reports).set({ status: 'needs_more', updatedAt: now }).where(eq(reports.id, row.id));
  const [review] = await tx
    .insert(reportReviews)
    .values({ reportId: row.id, actorId: official.id, action: 'needs_more', note: text, version: row.version, createdAt: now })
    .returning({ id: reportReviews.id });
  await notifyReporter(tx, env, row, `rv-${row.id}-more-${review!.id}`, 'reports-review-more-notice', { note: text });
  await appendAudit(tx, {
    actorId: official.id,
    action: 'report.needs_more',
    targetType: 'report',
    targetId: row.id,
    outcome: 'ok',
    details: { version: row.version },
  });
  return { ok: true, reportId: row.id, receiptNo: row.receiptNo!, version: row.version, changed: true };
}

/** The note of the report's latest review when that review asked for more on this version. */
async function lastRequest(tx: Executor, reportId: string, version: number): Promise<string | null> {
  const [last] = await tx
    .select({ action: reportReviews.action, note: reportReviews.note, version: reportReviews.version })
    .from(reportReviews)
    .where(eq(reportReviews.reportId, reportId))
    .orderBy(desc(reportReviews.id))
    .limit(1);
  return last?.action === 'needs_more' && last.version === version ? last.note : null;
}

async function notifyReporter(tx: Executor, env: ReviewEnv, row: ReportRow, purpose: string, key: string, args: Record<string, string>): Promise<void> {
  if (!row.reporterId) return;
  const [who] = await tx.select({ locale: people.locale }).from(people).where(eq(people.id, row.reporterId));
  const locale = asLocale(who?.locale);
  const s = (await settingsOfUnit(tx, env.defaults, row.unitId))?.settings;
  const lock = s && row.period ? fmtDate(lockDate(row.period, s)) : '';
  const period = row.period ? periodLabel(env.t, locale, row.period) : '';
  // A periodic report is reopened by /baocao until its period locks; a quick or thematic one is answered by /guibosung.
  const other = key === 'reports-review-more-notice' && row.kind !== 'periodic';
  const text = env.t(locale, other ? 'reports-review-more-notice-other' : key, { receipt: row.receiptNo ?? '', period, lock, ...args });
  const choices =
    key !== 'reports-review-more-notice'
      ? undefined
      : other
        ? [{ label: env.t(locale, 'reports-supplement-btn'), data: `/guibosung ${row.receiptNo}` }]
        : [{ label: env.t(locale, 'reports-remind-open'), data: OPEN_REPORT_DATA }];
  await queueMessage(tx, { purpose, personId: row.reporterId, lane: 'interactive', message: { type: 'text', text, choices } });
}
