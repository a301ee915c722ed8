import { and, desc, eq, isNotNull, ne } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { people, reportReviews, reports } from '../../db/schema/index.js';
import { appendAudit } from '../compliance/audit.js';
import { queueMessage } from '../delivery/sends.js';
import { refuse, type Refusal } from '../kernel/result.js';
import { asLocale } from './reminder-messages.js';
import { isUuid } from '../kernel/uuid.js';
import type { ReviewEnv } from './review.js';

/**
 * The reporter's answer to «Yêu cầu bổ sung» on a quick or thematic report (a periodic one is
 * reopened by /baocao and filed as a new version): the text is kept with the report's reviews,
 * the report is back to «chờ tiếp nhận», and the official who asked hears it with the report's
 * buttons. Only the report's own reporter, only while more is asked.
 */
const MAX_LENGTH = 2000;

type SupplementRefusal = 'not_found' | 'not_asked' | 'empty';
export type SupplementResult = { ok: true; receiptNo: string } | Refusal<SupplementRefusal>;

/** The reporter's reports awaiting more (newest request first): what /guibosung without a number answers. */
export async function reportsAwaitingMore(db: Executor, reporterId: string): Promise<{ id: string; receiptNo: string; kind: string }[]> {
  const rows = await db
    .select({ id: reports.id, receiptNo: reports.receiptNo, kind: reports.kind })
    .from(reports)
    .where(and(eq(reports.reporterId, reporterId), eq(reports.status, 'needs_more'), ne(reports.kind, 'periodic'), isNotNull(reports.receiptNo)))
    .orderBy(desc(reports.updatedAt))
    .limit(5);
  return rows.map((r) => ({ id: r.id, receiptNo: r.receiptNo!, kind: r.kind }));
}

export async function supplementReport(tx: Executor, env: ReviewEnv, reporterId: string, ref: string, text: string, now: Date): Promise<SupplementResult> {
  const note = text.trim();
  if (note.length === 0 || note.length > MAX_LENGTH) return refuse('empty');
  const [row] = await tx
    .select()
    .from(reports)
    .where(and(isUuid(ref) ? eq(reports.id, ref) : eq(reports.receiptNo, ref.toUpperCase()), eq(reports.reporterId, reporterId)))
    .for('update');
  // Another person's report reads as one that does not exist.
  if (!row || !row.receiptNo || row.kind === 'periodic') return refuse('not_found');
  if (row.status !== 'needs_more') return refuse('not_asked');
  const [asked] = await tx
    .select({ actorId: reportReviews.actorId, note: reportReviews.note })
    .from(reportReviews)
    .where(and(eq(reportReviews.reportId, row.id), eq(reportReviews.action, 'needs_more')))
    .orderBy(desc(reportReviews.id))
    .limit(1);
  await tx.update(reports).set({ status: 'submitted', updatedAt: now }).where(eq(reports.id, row.id));
  const [review] = await tx
    .insert(reportReviews)
    .values({ reportId: row.id, actorId: reporterId, action: 'supplemented', note, version: row.version, createdAt: now })
    .returning({ id: reportReviews.id });
  if (asked?.actorId) {
    const [official] = await tx.select({ locale: people.locale }).from(people).where(eq(people.id, asked.actorId));
    const locale = asLocale(official?.locale);
    const t = (key: string, args?: Record<string, string>) => env.t(locale, key, args);
    await queueMessage(tx, {
      purpose: `rv-${row.id}-supplement-${review!.id}`,
      personId: asked.actorId,
      lane: 'interactive',
      message: {
        type: 'text',
        text: t('reports-supplement-notice', { receipt: row.receiptNo, asked: asked.note ?? '', note }),
        choices: [
          { label: t('notices-btn-view'), data: `/xem ${row.receiptNo}` },
          { label: t('notices-btn-received'), data: `rv:${row.id}` },
          { label: t('notices-btn-more'), data: `rp:${row.id}:more` },
        ],
      },
    });
  }
  await appendAudit(tx, {
    actorId: reporterId,
    action: 'report.supplemented',
    targetType: 'report',
    targetId: row.id,
    outcome: 'ok',
    details: { version: row.version },
  });
  return { ok: true, receiptNo: row.receiptNo };
}
