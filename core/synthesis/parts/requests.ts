import { and, asc, gte, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import { reportRequests, reports } from '../../../db/schema/index.js';
import { formatDate } from '../../kernel/datetime.js';
import { para, type Block } from '../document.js';
import { definePart } from '../parts.js';
import { maskPii } from '../privacy.js';
import { percent } from '../prose.js';
import { visibleAmongIds } from '../../reports/visible-unit.js';

/** IX.4 Report requests (yêu cầu báo cáo, issue 13 §6) of the period, with the answers grouped under each. */
interface RequestSummary {
  subject: string;
  due: string;
  asked: number;
  answers: { receiptNo: string; unitName: string; issues: { title: string; summary: string | null }[] }[];
}

export const requestsPart = definePart<RequestSummary[]>({
  id: 'requests',
  slot: 'work',
  order: 40,
  async collect(ctx) {
    if (ctx.unitIds.length === 0) return null;
    const list = await ctx.db
      .select({
        id: reportRequests.id,
        subject: reportRequests.subject,
        dueAt: reportRequests.dueAt,
        asked: sql<number>`(select count(*)::int from report_request_recipients rr where rr.request_id = ${reportRequests.id})`,
      })
      .from(reportRequests)
      .where(and(inArray(reportRequests.unitId, ctx.unitIds), gte(reportRequests.createdAt, ctx.fromAt), lt(reportRequests.createdAt, ctx.toAt)))
      .orderBy(asc(reportRequests.createdAt));
    if (list.length === 0) return null;
    const answered = await ctx.db
      .select({ id: reports.id, requestId: reports.requestId, receiptNo: reports.receiptNo, unitId: reports.unitId })
      .from(reports)
      .where(
        and(
          inArray(
            reports.requestId,
            list.map((r) => r.id),
          ),
          isNotNull(reports.receiptNo),
          // An answer sent «chỉ cấp trên» is not listed in the synthesis of a unit it skipped (issue 13 §7).
          visibleAmongIds(reports, ctx.unitIds),
        ),
      )
      .orderBy(asc(reports.receiptNo));
    // The answers' content as collected (masked) for the synthesis; an answer filed outside the span is still listed.
    const content = new Map(ctx.input.reports.map((r) => [r.id, r]));
    return list.map((r) => ({
      subject: maskPii(r.subject),
      due: formatDate(r.dueAt, ctx.timeZone),
      asked: Number(r.asked),
      answers: answered
        .filter((a) => a.requestId === r.id)
        .map((a) => ({
          receiptNo: a.receiptNo!,
          unitName: ctx.tree.effective(a.unitId)?.name ?? ctx.tree.get(a.unitId)?.name ?? '',
          issues: (content.get(a.id)?.issues ?? []).map((i) => ({ title: i.title, summary: i.summary })),
        })),
    }));
  },
  render(list, ctx) {
    const blocks: Block[] = [para(ctx.t('syn-requests-summary', { n: list.length }))];
    list.forEach((r, i) => {
      blocks.push(
        para(
          ctx.t('syn-request', {
            n: i + 1,
            subject: r.subject,
            due: r.due,
            answered: r.answers.length,
            asked: r.asked,
            rate: percent(r.answers.length, r.asked),
          }),
        ),
      );
      for (const a of r.answers)
        for (const issue of a.issues)
          blocks.push(para(ctx.t('syn-request-answer', { unit: a.unitName, title: issue.title, summary: issue.summary ?? '' }), a.receiptNo));
    });
    return { title: ctx.t('syn-work-requests'), blocks };
  },
});
