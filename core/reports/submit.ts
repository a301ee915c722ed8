import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client.js';
import { statement } from '../../db/prepared.js';
import { opinionStreams, reportIssues, reports, reportVersions } from '../../db/schema/index.js';
import { AppError } from '../kernel/errors.js';
import { nextReceipt } from '../platform/receipts.js';
import { RECEIPT_PREFIX, validateDraft, type ReportKind, type ValidDraft } from './draft.js';
import { attachMedia } from '../media/attach.js';
import { confidentialUnitFor, type ConfidentialUnit } from './visible-unit.js';
import { copyStreams } from './stream-lists.js';

export class InvalidReportError extends AppError {
  constructor(detail: string) {
    super('invalid_report', `invalid report draft (${detail})`);
  }
}

export interface Reporter {
  personId: string;
  unitId: string;
  channel?: string | null;
}

export interface SubmittedReport {
  reportId: string;
  receiptNo: string;
  version: number;
  /** Sent «chỉ cấp trên»: the unit from which on up it can be seen (null: the usual subtree). */
  visibleFrom: ConfidentialUnit | null;
}

/**
 * Writes a whole report in the caller's transaction: the report row with its receipt number,
 * issues, opinion streams (by group, never by named person) and version 1 kept whole. The draft
 * is validated before the first write, so a refusal leaves the transaction untouched.
 */
export async function submitReport(tx: Executor, draft: unknown, reporter: Reporter, now = new Date()): Promise<SubmittedReport> {
  const checked = validateDraft(draft);
  if (!checked.ok) throw new InvalidReportError(checked.problem);
  const d = checked.draft;
  const receiptNo = await nextReceipt(tx, RECEIPT_PREFIX[d.kind], now);
  const visibleFrom = d.kind === 'periodic' ? null : await confidentialUnitFor(tx, reporter.unitId, d.route);
  const [report] = await tx
    .insert(reports)
    .values({
      kind: d.kind,
      receiptNo,
      period: d.period,
      unitId: reporter.unitId,
      reporterId: reporter.personId,
      status: 'submitted',
      assessment: d.assessment ?? null,
      mood: d.mood ?? null,
      title: d.title ?? (d.kind === 'quick' ? d.issues[0]?.title : null) ?? null,
      rumours: d.rumours ?? null,
      goodPractices: d.goodPractices ?? null,
      proposals: d.proposals ?? null,
      spread: d.spread ?? null,
      urgent: d.kind !== 'periodic' && d.urgent === true,
      requestId: d.kind === 'thematic' ? (d.requestId ?? null) : null,
      confidentialUnitId: visibleFrom?.id ?? null,
      version: 1,
      channel: reporter.channel ?? null,
      submittedAt: now,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: reports.id });
  if (!report) throw new Error('report insert returned nothing');
  await writeIssues(tx, report.id, d);
  await tx.insert(reportVersions).values({ reportId: report.id, version: 1, payload: d, createdBy: reporter.personId, createdAt: now });
  if (reporter.channel) await attachMedia(tx, { type: 'report', id: report.id }, reporter.channel, d.media ?? []);
  return { reportId: report.id, receiptNo, version: 1, visibleFrom };
}

/** Also used by core/reports/review.ts to rewrite an edited report's issues; the exports' copy follows. */
export async function writeIssues(tx: Executor, reportId: string, d: ValidDraft): Promise<void> {
  if (d.issues.length > 0) await insertIssues(tx, reportId, d);
  await copyStreams(tx, reportId);
}

async function insertIssues(tx: Executor, reportId: string, d: ValidDraft): Promise<void> {
  const rows = await tx
    .insert(reportIssues)
    .values(
      d.issues.map((i, n) => ({
        reportId,
        position: n + 1,
        topicCode: i.topicCode,
        title: i.title,
        scope: i.scope ?? null,
        summary: i.summary ?? null,
        causes: i.causes ?? null,
        forecast: i.forecast ?? null,
        proposals: i.proposals ?? null,
        source: i.source ?? null,
        reliability: i.reliability ?? null,
      })),
    )
    .returning({ id: reportIssues.id, position: reportIssues.position });
  const idAt = new Map(rows.map((r) => [r.position, r.id]));
  const streams = d.issues.flatMap((i, n) =>
    i.streams.map((s, k) => ({
      issueId: idAt.get(n + 1)!,
      position: k + 1,
      stance: s.stance,
      prevalence: s.prevalence,
      holderGroup: s.holderGroup,
      content: s.content,
    })),
  );
  if (streams.length > 0) await tx.insert(opinionStreams).values(streams);
}

export interface ReportSummary {
  id: string;
  kind: ReportKind;
  receiptNo: string | null;
  status: string;
  period: string | null;
  title: string | null;
  submittedAt: Date | null;
}

/** Built once, a lookup by key on a generic plan (db/prepared.ts): /trangthai runs it for every reporter who asks. */
const latestReports = statement(
  sql`
  select id, kind, receipt_no, status, period, title, submitted_at from reports
  where reporter_id = ${sql.placeholder('personId')}
  order by created_at desc, id desc limit ${sql.placeholder('limit')}`,
  { generic: true },
);

/** A reporter's latest reports, newest first (for /trangthai). */
export async function recentReports(db: Executor, personId: string, limit = 5): Promise<ReportSummary[]> {
  const rows = rowsOf<{
    id: string;
    kind: ReportKind;
    receipt_no: string | null;
    status: string;
    period: string | null;
    title: string | null;
    submitted_at: string | Date | null;
  }>(await latestReports(db, { personId, limit }));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    receiptNo: r.receipt_no,
    status: r.status,
    period: r.period,
    title: r.title,
    submittedAt: r.submitted_at === null ? null : new Date(r.submitted_at),
  }));
}
