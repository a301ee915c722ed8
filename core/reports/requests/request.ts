import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../../db/client.js';
import { reportRequestRecipients, reportRequests, topics } from '../../../db/schema/index.js';
import { appendAudit } from '../../compliance/audit.js';
import { parseQuietHours, quietEnd } from '../../broadcasts/quiet.js';
import { refuse, type Refusal } from '../../kernel/result.js';
import { audienceFiltersSchema } from '../../people/audience-filters.js';
import { audienceRootInScope } from '../../people/audience.js';
import type { Config } from '../../platform/config.js';
import { enqueue } from '../../platform/outbox.js';
import { collaboratorsUnlessRoles, countOthersInAudience } from '../../people/audience-choice.js';
import { FALLBACK_TOPIC } from '../topic-taxonomy.js';
import { REPORTING_QUEUE, REQUEST_DUE_JOB, REQUEST_REMIND_JOB, REQUEST_SEND_JOB, requestDueJobId, requestRemindJobId, requestSendJobId } from '../jobs.js';

/**
 * Report requests (yêu cầu báo cáo đột xuất / chuyên đề, issue 13 §6): an official asks a
 * subtree (optional sectors, strata, roles — like a poll's audience) for a thematic report on a
 * topic by a due time, with up to five guiding questions. The request goes out on the bulk lane
 * after quiet hours (job `report-request-send`); one reminder before the due time goes to those
 * who have not answered (job `report-request-remind`).
 */
export const REQUEST_LIMITS = { subject: 300, question: 300, maxQuestions: 5, minHours: 1, maxDays: 60 } as const;

export type ReportRequestRow = typeof reportRequests.$inferSelect;

const requestDraftSchema = z.object({
  topicCode: z.string().min(1).max(40),
  subject: z.string().trim().min(3).max(REQUEST_LIMITS.subject),
  questions: z.array(z.string().trim().min(1).max(REQUEST_LIMITS.question)).max(REQUEST_LIMITS.maxQuestions),
  dueAt: z.date(),
  unitId: z.uuid(),
  filters: audienceFiltersSchema,
});
export type RequestDraft = z.infer<typeof requestDraftSchema>;

export type CreateRequestRefusal = 'invalid' | 'bad_due' | 'out_of_scope' | 'empty_audience' | 'unknown_topic';
export type CreateRequestResult = { ok: true; requestId: string; recipients: number } | Refusal<CreateRequestRefusal>;

/** The one reminder: a day before the due time, or half-way when the request is shorter than two days. */
function reminderAt(sentAt: Date, dueAt: Date): Date {
  const span = dueAt.getTime() - sentAt.getTime();
  const day = 24 * 3600_000;
  return new Date(span >= 2 * day ? dueAt.getTime() - day : sentAt.getTime() + span / 2);
}

/** Validates, checks scope (a refusal is audited), writes the request and its two jobs, in the caller's transaction. */
export async function createReportRequest(
  tx: Executor,
  config: Pick<Config, 'QUIET_HOURS' | 'TIMEZONE'>,
  author: { id: string; unitId: string },
  draft: unknown,
  now: Date,
): Promise<CreateRequestResult> {
  const parsed = requestDraftSchema.safeParse(draft);
  if (!parsed.success) return refuse('invalid');
  const d = parsed.data;
  const hours = (d.dueAt.getTime() - now.getTime()) / 3600_000;
  if (hours < REQUEST_LIMITS.minHours || hours > REQUEST_LIMITS.maxDays * 24) return refuse('bad_due');
  const [topic] = await tx.select({ code: topics.code }).from(topics).where(eq(topics.code, d.topicCode));
  if (!topic && d.topicCode !== FALLBACK_TOPIC) return refuse('unknown_topic');
  const root = await audienceRootInScope(tx, author, d.unitId, 'report_request.create');
  if (!root) return refuse('out_of_scope');
  const filters = collaboratorsUnlessRoles(d.filters);
  const recipients = await countOthersInAudience(tx, root.path, filters, author.id);
  if (recipients === 0) return refuse('empty_audience');
  const [row] = await tx
    .insert(reportRequests)
    .values({
      authorId: author.id,
      unitId: root.unitId,
      filters,
      topicCode: d.topicCode,
      subject: d.subject,
      questions: d.questions,
      dueAt: d.dueAt,
      createdAt: now,
    })
    .returning({ id: reportRequests.id });
  const id = row!.id;
  const sendAt = quietEnd(now, parseQuietHours(config.QUIET_HOURS, config.TIMEZONE));
  await enqueue(
    tx,
    { queue: REPORTING_QUEUE, name: REQUEST_SEND_JOB, payload: { requestId: id }, jobId: requestSendJobId(id), runAt: sendAt },
    { queue: REPORTING_QUEUE, name: REQUEST_REMIND_JOB, payload: { requestId: id }, jobId: requestRemindJobId(id), runAt: reminderAt(sendAt, d.dueAt) },
    { queue: REPORTING_QUEUE, name: REQUEST_DUE_JOB, payload: { requestId: id }, jobId: requestDueJobId(id), runAt: d.dueAt },
  );
  await appendAudit(tx, {
    actorId: author.id,
    action: 'report_request.create',
    targetType: 'report_request',
    targetId: id,
    outcome: 'ok',
    details: { recipients, questions: d.questions.length },
  });
  return { ok: true, requestId: id, recipients };
}

export type RequestForReporter = { ok: true; request: ReportRequestRow } | Refusal<'not_found' | 'not_recipient'>;

/** The request as its recipient opens it (the thematic report flow preset to it). */
export async function requestForReporter(db: Executor, requestId: string, personId: string): Promise<RequestForReporter> {
  const [request] = await db.select().from(reportRequests).where(eq(reportRequests.id, requestId));
  if (!request) return refuse('not_found');
  const [rec] = await db
    .select({ personId: reportRequestRecipients.personId })
    .from(reportRequestRecipients)
    .where(and(eq(reportRequestRecipients.requestId, requestId), eq(reportRequestRecipients.personId, personId)));
  if (!rec) return refuse('not_recipient');
  return { ok: true, request };
}
