import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { media, opinionStreams, people, reportIssues, reportReviews, reports, units } from '../../db/schema/index.js';
import { topicNames } from './topics.js';
import { isUuid } from '../kernel/uuid.js';
import { appendAudit } from '../compliance/audit.js';
import type { Official } from '../people/audience.js';
import { visibleTo } from './visible-unit.js';

type ReportRow = typeof reports.$inferSelect;

export interface ReportDetail {
  report: ReportRow;
  unitName: string;
  reporterName: string | null;
  /** Each issue with its opinion streams and its topic's name (null: a code no longer in the list). */
  issues: (typeof reportIssues.$inferSelect & { streams: (typeof opinionStreams.$inferSelect)[]; topic: { vi: string; en: string } | null })[];
  media: { id: string; kind: string; fileName: string | null; mimeType: string | null; storedPath: string | null; status: string }[];
  /** Requests for more and the reporter's answers, oldest first (core/reports/supplement.ts). */
  exchange: { action: 'needs_more' | 'supplemented'; note: string; at: Date }[];
}

/** A filed report in full (issues, opinion streams, attachments) if it lies in the official's subtree; refusals audited. */
export async function reportDetail(tx: Executor, official: Official, id: string): Promise<ReportDetail | null> {
  const [row] = isUuid(id)
    ? await tx
        .select({ report: reports, unitName: units.name, reporterName: people.displayName })
        .from(reports)
        .innerJoin(units, eq(units.id, reports.unitId))
        .leftJoin(people, eq(people.id, reports.reporterId))
        .where(eq(reports.id, id))
    : [];
  if (!row || row.report.status === 'draft' || !(await visibleTo(tx, official.unitId, row.report))) {
    await appendAudit(tx, {
      actorId: official.id,
      action: 'report.view',
      targetType: 'report',
      targetId: row?.report.id,
      outcome: 'refused',
      details: { reason: row ? 'out_of_scope' : 'not_found' },
    });
    return null;
  }
  const issues = await tx.select().from(reportIssues).where(eq(reportIssues.reportId, row.report.id)).orderBy(asc(reportIssues.position));
  const streams = issues.length
    ? await tx
        .select()
        .from(opinionStreams)
        .where(
          inArray(
            opinionStreams.issueId,
            issues.map((i) => i.id),
          ),
        )
        .orderBy(asc(opinionStreams.position))
    : [];
  const files = await tx
    .select({ id: media.id, kind: media.kind, fileName: media.fileName, mimeType: media.mimeType, storedPath: media.storedPath, status: media.status })
    .from(media)
    .where(and(eq(media.ownerType, 'report'), eq(media.ownerId, row.report.id)))
    .orderBy(asc(media.createdAt));
  const topicOf = await topicNames(
    tx,
    issues.map((i) => i.topicCode),
  );
  const exchange = await tx
    .select({ action: reportReviews.action, note: reportReviews.note, at: reportReviews.createdAt })
    .from(reportReviews)
    .where(and(eq(reportReviews.reportId, row.report.id), inArray(reportReviews.action, ['needs_more', 'supplemented'])))
    .orderBy(asc(reportReviews.id));
  return {
    report: row.report,
    unitName: row.unitName,
    reporterName: row.reporterName,
    issues: issues.map((i) => ({ ...i, streams: streams.filter((s) => s.issueId === i.id), topic: topicOf.get(i.topicCode) ?? null })),
    media: files,
    exchange: exchange.map((e) => ({ action: e.action as 'needs_more' | 'supplemented', note: e.note ?? '', at: e.at })),
  };
}
