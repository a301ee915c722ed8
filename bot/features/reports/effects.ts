import { and, eq } from 'drizzle-orm';
import { formatDateTime } from '../../../core/kernel/datetime.js';
import { reportVersions } from '../../../db/schema/index.js';
import { validateDraft, type ReportDraft } from '../../../core/reports/draft.js';
import { editReport, reportingPeriodFor, requestMore, type ReviewEnv, type ReviewResult } from '../../../core/reports/review.js';
import { noticeFiledReport } from '../../../core/reports/notices.js';
import { InvalidReportError, submitReport } from '../../../core/reports/submit.js';
import { refuse, type Ok, type Refusal } from '../../../core/kernel/result.js';
import type { EffectHandlers, HandlerContext } from '../../engine/registry.js';
import { requestForReporter } from '../../../core/reports/requests/request.js';
import { reportsAwaitingMore, supplementReport, type SupplementResult } from '../../../core/reports/supplement.js';

/** `visibleFrom`: the unit a report sent «chỉ cấp trên» goes to (its name, for the receipt). */
type SubmitResult =
  Ok<{ receiptNo: string; reportId: string; version: number; visibleFrom?: string | null }> | Refusal<'not_registered' | 'locked' | 'invalid'>;

type RequestResult =
  Ok<{ requestId: string; topicCode: string; subject: string; questions: string[]; due: string }> | Refusal<'not_registered' | 'not_found' | 'not_recipient'>;

/** The reporter's periodic report already filed for the period they report for now, as its latest version. */
type FiledResult = Ok<{ period: string; existing: { receiptNo: string; draft: ReportDraft } | null }> | Refusal<'not_registered'>;

declare module '../../engine/effects.js' {
  interface EffectMap {
    /** Before /baocao asks anything: is a report already filed for the period (then it opens for editing)? */
    'reports.filed': [Record<string, never>, FiledResult];
    /** Files the draft (a periodic report already filed for its period is edited as a new version). */
    'reports.submit': [{ draft: ReportDraft }, SubmitResult];
    /** `/chuyende <requestId>`: the report request this thematic report answers (issue 13 §6). */
    'reports.request': [{ requestId: string }, RequestResult];
    /** An official asks the reporter for more (by receipt number or report id). */
    'reports.more': [{ ref: string; note: string }, ReviewResult];
    /** The reporter's quick and thematic reports an official asked more of. */
    'reports.awaiting': [Record<string, never>, { id: string; receiptNo: string; kind: string }[]];
    /** The reporter's answer to a request for more. */
    'reports.supplement': [{ ref: string; note: string }, SupplementResult];
  }
}

/**
 * Effect handlers of the report flows, in the update's transaction. An expected refusal is a
 * value returned before anything is written; a database failure throws so the whole update
 * rolls back (and the platform redelivers).
 */
export function reportEffects(env: ReviewEnv): EffectHandlers {
  return {
    async 'reports.more'(input, h) {
      if (!h.person) return refuse('not_found');
      return requestMore(h.tx, env, { id: h.person.id, unitId: h.person.unitId }, input.ref, input.note, h.flow.now);
    },
    async 'reports.awaiting'(_input, h) {
      return h.person ? reportsAwaitingMore(h.tx, h.person.id) : [];
    },
    async 'reports.supplement'({ ref, note }, h) {
      if (!h.person) return refuse('not_found');
      return supplementReport(h.tx, env, h.person.id, ref, note, h.flow.now);
    },
    async 'reports.request'({ requestId }, h) {
      if (!h.person) return refuse('not_registered');
      const r = await requestForReporter(h.tx, requestId, h.person.id);
      if (!r.ok) return r;
      const q = r.request;
      return { ok: true, requestId: q.id, topicCode: q.topicCode, subject: q.subject, questions: q.questions, due: formatDateTime(q.dueAt, env.timeZone) };
    },
    async 'reports.filed'(_input, h) {
      if (!h.person) return refuse('not_registered');
      const info = await reportingPeriodFor(h.tx, env, h.person, h.flow.now);
      if (!info.existing?.receiptNo) return { ok: true, period: info.period, existing: null };
      const [latest] = await h.tx
        .select({ payload: reportVersions.payload })
        .from(reportVersions)
        .where(and(eq(reportVersions.reportId, info.existing.reportId), eq(reportVersions.version, info.existing.version)));
      const checked = validateDraft(latest?.payload);
      // A version that no longer reads as a draft starts a blank form rather than losing the period's report.
      if (!checked.ok) return { ok: true, period: info.period, existing: null };
      return {
        ok: true,
        period: info.period,
        existing: { receiptNo: info.existing.receiptNo, draft: { ...checked.draft, period: info.period } as ReportDraft },
      };
    },
    async 'reports.submit'({ draft }, h) {
      if (!h.person) return refuse('not_registered');
      try {
        if (draft.kind !== 'periodic') return await fileNew(env, draft, h);
        // The unit's own cycle decides the period (an overdue, unlocked one first); a report
        // already filed for it is edited as a new version until the period locks.
        const info = await reportingPeriodFor(h.tx, env, h.person, h.flow.now);
        const periodic = { ...draft, period: info.period };
        if (!info.existing) return await fileNew(env, periodic, h);
        const r = await editReport(h.tx, env, { reportId: info.existing.reportId, personId: h.person.id, draft: periodic, now: h.flow.now });
        if (!r.ok) return refuse(r.code === 'locked' ? 'locked' : 'invalid');
        return { ok: true, receiptNo: r.receiptNo, reportId: r.reportId, version: r.version, visibleFrom: null };
      } catch (err) {
        if (err instanceof InvalidReportError) return refuse('invalid');
        throw err;
      }
    },
  };
}

async function fileNew(env: ReviewEnv, draft: ReportDraft, h: HandlerContext): Promise<SubmitResult> {
  const person = h.person!;
  // A request the reporter is no longer asked (or one that is gone) is not recorded against it.
  if (draft.requestId && !(await requestForReporter(h.tx, draft.requestId, person.id)).ok) draft = { ...draft, requestId: null };
  const r = await submitReport(h.tx, draft, { personId: person.id, unitId: person.unitId, channel: h.account.channel }, h.flow.now);
  // The unit's officials hear of it in the same transaction (core/reports/notices.ts).
  await noticeFiledReport(h.tx, env.t, r.reportId, env.urgency && { config: env.urgency, now: h.flow.now });
  return { ok: true, receiptNo: r.receiptNo, reportId: r.reportId, version: 1, visibleFrom: r.visibleFrom?.name ?? null };
}
