import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client.js';
import { statement } from '../../db/prepared.js';
import { caseEvents, cases, hotSpots, people, reportIssues, reports, units } from '../../db/schema/index.js';
import { appendAudit } from '../compliance/audit.js';
import { nextReceipt } from '../platform/receipts.js';
import { refuse, type Ok, type Refusal } from '../kernel/result.js';
import { enqueue } from '../platform/outbox.js';
import { visibleUnitOf } from '../reports/visible-unit.js';
import { isUuid } from '../kernel/uuid.js';

/**
 * Case handling with responsible bodies (issue 13 §4). An official forwards (chuyển xử lý) an
 * issue of a report, or a hot spot, in their subtree to a body — a unit of kind `co_quan` in
 * their subtree or hanging off one of their ancestors — with a due date and a note. The body's
 * liaisons (role `liaison`, unit = the body) answer: accepted, in progress, done (result),
 * declined (reason). Every step is a case event and an audit entry; core/cases/notify.ts tells
 * the people concerned; workers/jobs/cases remind before and after the due date.
 */
const BODY_KIND = 'co_quan';
const CASE_RECEIPT_PREFIX = 'XL';
export const CASES_QUEUE = 'cases';
export const CASE_DUE_JOB = 'case-due';
type CaseStatus = (typeof cases.status.enumValues)[number];
export type CaseRow = typeof cases.$inferSelect;
export const ANSWERS = ['accepted', 'in_progress', 'done', 'declined'] as const;
export type Answer = (typeof ANSWERS)[number];
/** Due-date timer stages: the day before, at the due time, and a day after (then the forwarding official is alerted). */
export const DUE_STAGES = ['before', 'due', 'after'] as const;
export type DueStage = (typeof DUE_STAGES)[number];

export interface Actor {
  id: string;
  unitId: string;
  role: string;
}

interface Source {
  type: 'report' | 'hot_spot';
  id: string;
  receiptNo: string;
  unitId: string;
  unitPath: string;
  reporterId: string | null;
  title: string;
  issues: { id: string; title: string }[];
}

/** A report (by id or receipt) or a hot spot (by id or DN- receipt). */
async function findSource(tx: Executor, ref: string): Promise<Source | null> {
  const r = ref.trim();
  const byId = isUuid(r);
  const receipt = r.toUpperCase();
  if (!/^DN-/.test(receipt)) {
    const [row] = await tx
      .select({ id: reports.id, receiptNo: reports.receiptNo, unitId: reports.unitId, path: units.path, reporterId: reports.reporterId, title: reports.title })
      .from(reports)
      // The visible unit (issue 13 §7): a report sent «chỉ cấp trên» is forwarded from the unit it was sent to.
      .innerJoin(units, eq(units.id, visibleUnitOf(reports)))
      .where(and(byId ? eq(reports.id, r) : eq(reports.receiptNo, receipt), sql`${reports.status} <> 'draft'`));
    if (row?.receiptNo) {
      const issues = await tx
        .select({ id: reportIssues.id, title: reportIssues.title })
        .from(reportIssues)
        .where(eq(reportIssues.reportId, row.id))
        .orderBy(asc(reportIssues.position));
      return {
        type: 'report',
        id: row.id,
        receiptNo: row.receiptNo,
        unitId: row.unitId,
        unitPath: row.path,
        reporterId: row.reporterId,
        title: row.title ?? issues[0]?.title ?? row.receiptNo,
        issues,
      };
    }
    if (!byId) return null;
  }
  const [hs] = await tx
    .select({
      id: hotSpots.id,
      receiptNo: hotSpots.receiptNo,
      unitId: hotSpots.unitId,
      path: units.path,
      reporterId: hotSpots.reporterId,
      description: hotSpots.description,
      placeText: hotSpots.placeText,
    })
    .from(hotSpots)
    .innerJoin(units, eq(units.id, visibleUnitOf(hotSpots)))
    .where(byId ? eq(hotSpots.id, r) : eq(hotSpots.receiptNo, receipt));
  if (!hs) return null;
  const title = (hs.description ?? hs.placeText ?? hs.receiptNo).slice(0, 200);
  return { type: 'hot_spot', id: hs.id, receiptNo: hs.receiptNo, unitId: hs.unitId, unitPath: hs.path, reporterId: hs.reporterId, title, issues: [] };
}

async function unitPath(tx: Executor, unitId: string): Promise<string | null> {
  const [u] = await tx.select({ path: units.path }).from(units).where(eq(units.id, unitId));
  return u?.path ?? null;
}

const isOfficial = (a: Actor) => a.role === 'official' || a.role === 'admin';

/** Bodies an official may forward to: `co_quan` units in their subtree or attached to a unit above them. */
async function bodiesFor(tx: Executor, official: Actor): Promise<{ id: string; name: string; code: string }[]> {
  const path = await unitPath(tx, official.unitId);
  if (!path) return [];
  const ancestors = path.split('/').filter(Boolean);
  return rowsOf<{ id: string; name: string; code: string }>(
    await tx.execute(sql`
      select id, name, code from units
      where kind = ${BODY_KIND} and status = 'active'
        and (path like ${`${path}%`} or parent_id in (select unnest(${`{${ancestors.join(',')}}`}::uuid[])))
      order by name, id`),
  );
}

export type PrepareResult =
  | Ok<{ sourceType: Source['type']; sourceId: string; receiptNo: string; title: string; issues: Source['issues']; bodies: { id: string; name: string }[] }>
  | Refusal<'not_official' | 'not_found' | 'out_of_scope' | 'no_bodies'>;

/** What the forwarding flow offers: the source's issues and the bodies; scope refusals audited. */
export async function prepareForward(tx: Executor, official: Actor, ref: string): Promise<PrepareResult> {
  const src = await findSource(tx, ref);
  if (!isOfficial(official)) {
    await appendAudit(tx, {
      actorId: official.id,
      action: 'case.forward',
      targetType: src?.type,
      targetId: src?.id,
      outcome: 'refused',
      details: { reason: 'not_official' },
    });
    return refuse('not_official');
  }
  const own = await unitPath(tx, official.unitId);
  if (!src || !own || !src.unitPath.startsWith(own)) {
    await appendAudit(tx, {
      actorId: official.id,
      action: 'case.forward',
      targetType: src?.type,
      targetId: src?.id,
      outcome: 'refused',
      details: { reason: src ? 'out_of_scope' : 'not_found' },
    });
    return refuse(src ? 'out_of_scope' : 'not_found');
  }
  const bodies = await bodiesFor(tx, official);
  if (bodies.length === 0) return refuse('no_bodies');
  return {
    ok: true,
    sourceType: src.type,
    sourceId: src.id,
    receiptNo: src.receiptNo,
    title: src.title,
    issues: src.issues,
    bodies: bodies.map((b) => ({ id: b.id, name: b.name })),
  };
}

export interface ForwardInput {
  sourceRef: string;
  issueId?: string | null;
  bodyUnitId: string;
  dueAt: Date;
  note?: string | null;
  tellReporter: boolean;
}

export type ForwardResult =
  Ok<{ caseId: string; receiptNo: string; bodyName: string }> | Refusal<'not_official' | 'not_found' | 'out_of_scope' | 'bad_body' | 'bad_due'>;

/** Creates the case, its first event, the audit entry, the due-date timers; the caller notifies (notify.ts). */
export async function forwardCase(tx: Executor, official: Actor, input: ForwardInput, now: Date): Promise<ForwardResult> {
  const prep = await prepareForward(tx, official, input.sourceRef);
  if (!prep.ok) return prep.code === 'no_bodies' ? refuse('bad_body') : refuse(prep.code);
  const body = prep.bodies.find((b) => b.id === input.bodyUnitId);
  const refused = async (code: 'bad_body' | 'bad_due') => {
    await appendAudit(tx, {
      actorId: official.id,
      action: 'case.forward',
      targetType: prep.sourceType,
      targetId: prep.sourceId,
      outcome: 'refused',
      details: { reason: code },
    });
    return refuse(code);
  };
  if (!body) return refused('bad_body');
  if (!(input.dueAt.getTime() > now.getTime())) return refused('bad_due');
  const issue = input.issueId ? prep.issues.find((i) => i.id === input.issueId) : prep.issues.length === 1 ? prep.issues[0] : undefined;
  const [src] =
    prep.sourceType === 'report'
      ? await tx
          .select({ unitId: visibleUnitOf(reports), reporterId: reports.reporterId })
          .from(reports)
          .where(eq(reports.id, prep.sourceId))
      : await tx
          .select({ unitId: visibleUnitOf(hotSpots), reporterId: hotSpots.reporterId })
          .from(hotSpots)
          .where(eq(hotSpots.id, prep.sourceId));
  const receiptNo = await nextReceipt(tx, CASE_RECEIPT_PREFIX, now);
  const [row] = await tx
    .insert(cases)
    .values({
      receiptNo,
      sourceType: prep.sourceType,
      sourceId: prep.sourceId,
      issueId: issue?.id ?? null,
      sourceUnitId: src!.unitId,
      bodyUnitId: body.id,
      forwardedBy: official.id,
      reporterId: src!.reporterId,
      title: issue?.title ?? prep.title,
      note: input.note ?? null,
      tellReporter: input.tellReporter,
      dueAt: input.dueAt,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: cases.id });
  await tx.insert(caseEvents).values({
    caseId: row!.id,
    kind: 'forwarded',
    actorId: official.id,
    note: input.note ?? null,
    data: { bodyUnitId: body.id, dueAt: input.dueAt.toISOString() },
    createdAt: now,
  });
  await appendAudit(tx, {
    actorId: official.id,
    action: 'case.forward',
    targetType: 'case',
    targetId: row!.id,
    outcome: 'ok',
    details: { source: prep.sourceType, body: body.id },
  });
  const day = 86_400_000;
  const stages: [DueStage, Date][] = [
    ['before', new Date(Math.max(now.getTime() + (input.dueAt.getTime() - now.getTime()) / 2, input.dueAt.getTime() - day))],
    ['due', input.dueAt],
    ['after', new Date(input.dueAt.getTime() + day)],
  ];
  for (const [stage, runAt] of stages) {
    await enqueue(tx, { queue: CASES_QUEUE, name: CASE_DUE_JOB, payload: { caseId: row!.id, stage }, jobId: `case-due-${row!.id}-${stage}`, runAt });
  }
  return { ok: true, caseId: row!.id, receiptNo, bodyName: body.name };
}

/** Which step a liaison may take from a status (a closed case takes none). */
const NEXT: Record<CaseStatus, readonly Answer[]> = {
  sent: ['accepted', 'in_progress', 'done', 'declined'],
  accepted: ['in_progress', 'done', 'declined'],
  in_progress: ['in_progress', 'done', 'declined'],
  done: [],
  declined: [],
};

export type AnswerResult =
  | Ok<{ case: CaseRow; eventId: number; changed: boolean }>
  | Refusal<'not_found' | 'not_liaison' | 'out_of_scope' | 'closed' | 'text_required', { receiptNo?: string }>;

/**
 * A liaison's answer. `done` needs the result and `declined` the reason (`text`). Repeating the
 * status already recorded (a double tap on "Tiếp nhận") changes nothing; a closed case refuses.
 */
export async function answerCase(tx: Executor, liaison: Actor, caseId: string, answer: Answer, text: string | null, now: Date): Promise<AnswerResult> {
  const [row] = isUuid(caseId) ? await tx.select().from(cases).where(eq(cases.id, caseId)).for('update') : [];
  const audit = (outcome: 'ok' | 'refused', details: Record<string, unknown>) =>
    appendAudit(tx, { actorId: liaison.id, action: `case.${answer}`, targetType: 'case', targetId: row?.id, outcome, details });
  if (!row) {
    await audit('refused', { reason: 'not_found' });
    return refuse('not_found');
  }
  if (liaison.role !== 'liaison' || liaison.unitId !== row.bodyUnitId) {
    await audit('refused', { reason: liaison.role !== 'liaison' ? 'not_liaison' : 'out_of_scope' });
    return refuse(liaison.role !== 'liaison' ? 'not_liaison' : 'out_of_scope', { receiptNo: row.receiptNo });
  }
  if (row.status === answer && answer !== 'in_progress') return { ok: true, case: row, eventId: 0, changed: false };
  if (!NEXT[row.status].includes(answer)) return refuse('closed', { receiptNo: row.receiptNo });
  if ((answer === 'done' || answer === 'declined') && !text?.trim()) return refuse('text_required', { receiptNo: row.receiptNo });
  const closed = answer === 'done' || answer === 'declined';
  const [updated] = await tx
    .update(cases)
    .set({ status: answer, result: closed ? text!.trim() : row.result, closedAt: closed ? now : null, updatedAt: now })
    .where(eq(cases.id, row.id))
    .returning();
  const [ev] = await tx
    .insert(caseEvents)
    .values({ caseId: row.id, kind: answer, actorId: liaison.id, note: text?.trim() || null, createdAt: now })
    .returning({ id: caseEvents.id });
  await audit('ok', { status: answer });
  return { ok: true, case: updated!, eventId: ev!.id, changed: true };
}

export async function caseById(tx: Executor, id: string): Promise<CaseRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await tx.select().from(cases).where(eq(cases.id, id));
  return row ?? null;
}

/** May this person see the case? Officials of the source's subtree, liaisons of the body, the reporter. */
export async function canSeeCase(tx: Executor, who: Actor, c: CaseRow): Promise<boolean> {
  if (who.role === 'liaison') return who.unitId === c.bodyUnitId;
  if (who.id === c.reporterId) return true;
  if (!isOfficial(who)) return false;
  const [own, src] = [await unitPath(tx, who.unitId), await unitPath(tx, c.sourceUnitId)];
  return !!own && !!src && src.startsWith(own);
}

/** A liaison's open cases (sent to their body), oldest due first. */
export async function casesOfBody(tx: Executor, bodyUnitId: string): Promise<CaseRow[]> {
  return tx
    .select()
    .from(cases)
    .where(and(eq(cases.bodyUnitId, bodyUnitId), inArray(cases.status, ['sent', 'accepted', 'in_progress'])))
    .orderBy(asc(cases.dueAt))
    .limit(20);
}

/** What /trangthai shows of a reporter's case. */
export interface ReporterCase {
  id: string;
  receiptNo: string;
  title: string;
  status: CaseStatus;
  bodyName: string;
}

/** Built once, a lookup by key on a generic plan (db/prepared.ts): /trangthai runs it for every reporter who asks. */
const reporterCases = statement(
  sql`
  select c.id, c.receipt_no, c.title, c.status, u.name as body_name
  from cases c join units u on u.id = c.body_unit_id
  where c.reporter_id = ${sql.placeholder('personId')}
  order by c.created_at desc limit ${sql.placeholder('limit')}`,
  { generic: true },
);

/** A reporter's cases (for /trangthai), newest first. */
export async function casesOfReporter(tx: Executor, personId: string, limit = 5): Promise<ReporterCase[]> {
  const rows = rowsOf<{ id: string; receipt_no: string; title: string; status: CaseStatus; body_name: string }>(await reporterCases(tx, { personId, limit }));
  return rows.map((r) => ({ id: r.id, receiptNo: r.receipt_no, title: r.title, status: r.status, bodyName: r.body_name }));
}

export async function caseEventsOf(tx: Executor, caseId: string) {
  return tx
    .select({ e: caseEvents, actor: people.displayName })
    .from(caseEvents)
    .leftJoin(people, eq(people.id, caseEvents.actorId))
    .where(eq(caseEvents.caseId, caseId))
    .orderBy(asc(caseEvents.id));
}

/** Marks a step as told to the reporter; false when it was told already. */
export async function markTold(tx: Executor, eventId: number): Promise<boolean> {
  const rows = await tx
    .update(caseEvents)
    .set({ toldReporter: true })
    .where(and(eq(caseEvents.id, eventId), eq(caseEvents.toldReporter, false)))
    .returning({ id: caseEvents.id });
  return rows.length > 0;
}
