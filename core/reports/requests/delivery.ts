import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { formatDateTime } from '../../kernel/datetime.js';
import { rowsOf, type Db } from '../../../db/client.js';
import { people, reportRequestRecipients, reportRequests, topics, units } from '../../../db/schema/index.js';
import { queueMessage } from '../../delivery/sends.js';
import type { Locale, Translate } from '../../kernel/i18n.js';
import type { AudienceFilters } from '../../people/audience.js';
import { othersInAudience } from '../../people/audience-choice.js';
import type { Config } from '../../platform/config.js';

import { asLocale } from '../reminder-messages.js';
import type { ReportRequestRow } from './request.js';
import { enqueue } from '../../platform/outbox.js';
import { REPORTING_QUEUE, REQUEST_DUE_JOB, requestDueJobId } from '../jobs.js';

/** The bodies of the request jobs (workers/jobs/reports/request-*.ts); each is safe to run again. */
export interface RequestEnv {
  db: Db;
  config: Pick<Config, 'TIMEZONE'>;
  t: Translate;
  now: () => Date;
}

const BATCH = 500;
const NIL = '00000000-0000-0000-0000-000000000000';

/** The button that opens the thematic report flow preset to the request (≤ 64 bytes). */
const requestButton = (requestId: string) => `/chuyende ${requestId}`;

/** The request as its recipient reads it; `reminder` for the one reminder before the due time. */
function requestCard(
  t: Translate,
  locale: Locale,
  r: Pick<ReportRequestRow, 'id' | 'subject' | 'questions' | 'dueAt'>,
  topic: string,
  timeZone: string,
  reminder = false,
): { type: 'text'; text: string; choices: { label: string; data: string }[] } {
  const lines = [
    t(locale, reminder ? 'requests-card-reminder-title' : 'requests-card-title'),
    t(locale, 'requests-card-subject', { subject: r.subject, topic }),
    t(locale, 'requests-card-due', { due: formatDateTime(r.dueAt, timeZone) }),
  ];
  if (r.questions.length) lines.push(t(locale, 'requests-card-questions'), ...r.questions.map((q, i) => `${i + 1}. ${q}`));
  lines.push(t(locale, 'requests-card-hint'));
  return { type: 'text', text: lines.join('\n'), choices: [{ label: t(locale, 'requests-card-open'), data: requestButton(r.id) }] };
}

async function loadRequest(env: RequestEnv, requestId: string) {
  const [row] = await env.db
    .select({ request: reportRequests, unitPath: units.path, topicVi: topics.nameVi, topicEn: topics.nameEn })
    .from(reportRequests)
    .innerJoin(units, eq(units.id, reportRequests.unitId))
    .leftJoin(topics, eq(topics.code, reportRequests.topicCode))
    .where(eq(reportRequests.id, requestId));
  return row ?? null;
}

const topicName = (row: { topicVi: string | null; topicEn: string | null; request: ReportRequestRow }, locale: Locale) =>
  (locale === 'en' ? row.topicEn : row.topicVi) ?? row.request.topicCode;

/** Fixes who is asked (people who join later are not) and queues the request to each, once. */
export async function sendReportRequest(env: RequestEnv, requestId: string): Promise<{ queued: number } | 'missing' | 'past_due'> {
  const row = await loadRequest(env, requestId);
  if (!row) return 'missing';
  const r = row.request;
  if (r.dueAt <= env.now()) return 'past_due';
  await env.db.transaction(async (tx) => {
    await tx.execute(sql`
      insert into report_request_recipients (request_id, person_id, unit_id)
      select ${r.id}, a.person_id, a.unit_id from (${othersInAudience(row.unitPath, r.filters as AudienceFilters, r.authorId)}) a
      on conflict do nothing`);
    const n = rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from report_request_recipients where request_id = ${r.id}`));
    await tx
      .update(reportRequests)
      .set({ recipients: Number(n[0]?.n ?? 0) })
      .where(eq(reportRequests.id, r.id));
  });
  return queueToRecipients(env, row, `report-request-${r.id}`, false);
}

/** The one reminder before the due time, to recipients who have filed no report for the request. */
export async function remindReportRequest(env: RequestEnv, requestId: string): Promise<{ queued: number } | 'missing' | 'past_due'> {
  const row = await loadRequest(env, requestId);
  if (!row) return 'missing';
  if (row.request.dueAt <= env.now()) return 'past_due';
  // Requests written before the due-time summary existed get it here (same job id: written once).
  await enqueue(env.db, { queue: REPORTING_QUEUE, name: REQUEST_DUE_JOB, payload: { requestId }, jobId: requestDueJobId(requestId), runAt: row.request.dueAt });
  return queueToRecipients(env, row, `report-request-${requestId}-remind`, true);
}

async function queueToRecipients(env: RequestEnv, row: NonNullable<Awaited<ReturnType<typeof loadRequest>>>, purpose: string, onlyUnanswered: boolean) {
  const r = row.request;
  const unanswered = sql`not exists (select 1 from reports rep where rep.request_id = ${r.id} and rep.reporter_id = ${reportRequestRecipients.personId} and rep.receipt_no is not null)`;
  let queued = 0;
  for (let after = NIL; ;) {
    const batch = await env.db
      .select({ personId: reportRequestRecipients.personId, locale: people.locale })
      .from(reportRequestRecipients)
      .innerJoin(people, eq(people.id, reportRequestRecipients.personId))
      .where(
        and(
          eq(reportRequestRecipients.requestId, r.id),
          gt(reportRequestRecipients.personId, after),
          eq(people.status, 'active'),
          onlyUnanswered ? unanswered : undefined,
        ),
      )
      .orderBy(asc(reportRequestRecipients.personId))
      .limit(BATCH);
    if (batch.length === 0) break;
    await env.db.transaction(async (tx) => {
      for (const p of batch) {
        const locale = asLocale(p.locale);
        const message = requestCard(env.t, locale, r, topicName(row, locale), env.config.TIMEZONE, onlyUnanswered);
        const sent = await queueMessage(tx, { purpose, personId: p.personId, lane: 'bulk', message });
        if (sent?.created) queued++;
      }
    });
    after = batch[batch.length - 1]!.personId;
    if (batch.length < BATCH) break;
  }
  return { queued };
}
