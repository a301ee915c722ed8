import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client.js';
import { noticePrefs, people, reportIssues, reports, topics, units } from '../../db/schema/index.js';
import { queueMessage } from '../delivery/sends.js';
import { localeOf, type Locale, type Translate } from '../kernel/i18n.js';
import type { Choice } from '../kernel/messages.js';
import { isoDate } from '../kernel/periods.js';
import { localDate } from '../kernel/zoned-time.js';
import { clipText } from '../kernel/text.js';
import { officialsOf } from '../hot-spots/queries.js';
import { REPORT_KINDS } from './browse.js';
import { startUrgent, type UrgentEnv } from './urgent.js';

/**
 * Report notices (issue 13 §1): a filed quick or thematic report reaches the officials of the
 * reporter's unit at once, with the buttons to act on it; periodic reports come as one daily
 * list per official. Each official chooses per report kind: now / daily digest / off (/thongbao).
 */
export type ReportKind = (typeof REPORT_KINDS)[number];
export const NOTICE_MODES = ['now', 'digest', 'off'] as const;
export type NoticeMode = (typeof NOTICE_MODES)[number];
const DEFAULT_MODE: Record<ReportKind, NoticeMode> = { quick: 'now', thematic: 'now', periodic: 'digest' };

/** Button data on a report notice: `rp:<reportId>:<verb>` (view, more), `rv:<reportId>` (received), `/chuyenxuly <reportId>` (forward, core/cases). */
const reportAction = (reportId: string, verb: 'view' | 'more') => `rp:${reportId}:${verb}`;

export async function noticeModes(db: Executor, personId: string): Promise<Record<ReportKind, NoticeMode>> {
  const rows = await db.select().from(noticePrefs).where(eq(noticePrefs.personId, personId));
  const out = { ...DEFAULT_MODE };
  for (const r of rows) out[r.reportKind] = r.mode;
  return out;
}

export async function setNoticeMode(tx: Executor, personId: string, kinds: readonly ReportKind[], mode: NoticeMode, now: Date): Promise<void> {
  for (const kind of kinds) {
    await tx
      .insert(noticePrefs)
      .values({ personId, reportKind: kind, mode, updatedAt: now })
      .onConflictDoUpdate({ target: [noticePrefs.personId, noticePrefs.reportKind], set: { mode, updatedAt: now } });
  }
}

interface NoticeFacts {
  id: string;
  kind: ReportKind;
  receiptNo: string;
  title: string | null;
  unitName: string;
  unitId: string;
  reporterName: string | null;
  topicVi: string | null;
  topicEn: string | null;
  scope: string | null;
  summary: string | null;
  issues: number;
  urgent: boolean;
  /** Sent «chỉ cấp trên»: the unit whose officials get it (the visible unit, core/reports/visible-unit.ts). */
  confidentialUnitId: string | null;
}

async function facts(tx: Executor, reportId: string): Promise<NoticeFacts | null> {
  const [r] = await tx
    .select({
      id: reports.id,
      kind: reports.kind,
      receiptNo: reports.receiptNo,
      title: reports.title,
      unitId: reports.unitId,
      unitName: units.name,
      reporterName: people.displayName,
      urgent: reports.urgent,
      confidentialUnitId: reports.confidentialUnitId,
    })
    .from(reports)
    .innerJoin(units, eq(units.id, reports.unitId))
    .leftJoin(people, eq(people.id, reports.reporterId))
    .where(eq(reports.id, reportId));
  if (!r?.receiptNo) return null;
  const issues = await tx
    .select({ title: reportIssues.title, scope: reportIssues.scope, summary: reportIssues.summary, vi: topics.nameVi, en: topics.nameEn })
    .from(reportIssues)
    .leftJoin(topics, eq(topics.code, reportIssues.topicCode))
    .where(eq(reportIssues.reportId, reportId))
    .orderBy(asc(reportIssues.position));
  const first = issues[0];
  return {
    ...r,
    receiptNo: r.receiptNo,
    title: r.title ?? first?.title ?? null,
    topicVi: first?.vi ?? null,
    topicEn: first?.en ?? null,
    scope: first?.scope ?? null,
    summary: first?.summary ?? null,
    issues: issues.length,
  };
}

const clip = (s: string | null | undefined, n: number) => (s ? clipText(s, n) : '');

/** The notice one official reads (pure). */
function noticeText(t: Translate, locale: Locale, f: NoticeFacts): string {
  const lines = [
    t(locale, 'notices-report-head', { kind: t(locale, `reports-kind-${f.kind}`), receipt: f.receiptNo, unit: f.unitName }),
    t(locale, 'notices-report-from', { name: f.reporterName ?? '—' }),
  ];
  if (f.title) lines.push(t(locale, 'notices-report-title', { title: clip(f.title, 200) }));
  const topic = locale === 'en' ? (f.topicEn ?? f.topicVi) : f.topicVi;
  if (topic) lines.push(t(locale, 'notices-report-topic', { topic }));
  if (f.scope) {
    const label = t(locale, `reports-opt-scope-${f.scope}`);
    lines.push(t(locale, 'notices-report-scope', { scope: label.startsWith('reports-') ? f.scope : label }));
  }
  if (f.summary) lines.push(t(locale, 'notices-report-summary', { summary: clip(f.summary, 400) }));
  if (f.issues > 1) lines.push(t(locale, 'notices-report-more-issues', { n: f.issues - 1 }));
  if (f.confidentialUnitId) lines.push(t(locale, 'confidential-notice-line', { unit: f.unitName }));
  return lines.join('\n');
}

function noticeChoices(t: Translate, locale: Locale, reportId: string): Choice[] {
  return [
    { label: t(locale, 'notices-btn-view'), data: reportAction(reportId, 'view') },
    { label: t(locale, 'notices-btn-received'), data: `rv:${reportId}` },
    { label: t(locale, 'notices-btn-more'), data: reportAction(reportId, 'more') },
    { label: t(locale, 'notices-btn-forward'), data: `/chuyenxuly ${reportId}` },
    // One-tap rating for the collaborator's scorecard (bot/features/network, `nw:u:`).
    { label: t(locale, 'network-btn-useful'), data: `nw:u:${reportId}` },
  ];
}

/**
 * In the filing transaction: queues the notice to each official of the reporter's unit (of the
 * unit it was sent to, for one sent «chỉ cấp trên») whose
 * setting for this kind is `now` (periodic reports wait for the digest by default). Returns how
 * many were queued. Idempotent per (report, official). A report sent as urgent goes to every
 * official of the unit with a deadline and escalates (./urgent.ts) when `urgency` is given.
 */
export async function noticeFiledReport(tx: Executor, t: Translate, reportId: string, urgency?: { config: UrgentEnv['config']; now: Date }): Promise<number> {
  const f = await facts(tx, reportId);
  if (!f) return 0;
  if (f.urgent && urgency) {
    const notice = (locale: Locale) => ({ text: noticeText(t, locale, f), choices: noticeChoices(t, locale, f.id) });
    return (await startUrgent(tx, { t, ...urgency, notice }, f.id, f.confidentialUnitId ?? f.unitId)) === 'notified' ? 1 : 0;
  }
  // A report sent «chỉ cấp trên» goes to the unit it was sent to, never to the reporter's own.
  const officials = await officialsOf(tx, f.confidentialUnitId ?? f.unitId);
  if (officials.length === 0) return 0;
  const prefs = await tx
    .select()
    .from(noticePrefs)
    .where(
      and(
        inArray(
          noticePrefs.personId,
          officials.map((o) => o.id),
        ),
        eq(noticePrefs.reportKind, f.kind),
      ),
    );
  const modeOf = new Map(prefs.map((p) => [p.personId, p.mode]));
  let queued = 0;
  for (const o of officials) {
    if ((modeOf.get(o.id) ?? DEFAULT_MODE[f.kind]) !== 'now') continue;
    const message = { type: 'text' as const, text: noticeText(t, o.locale, f), choices: noticeChoices(t, o.locale, f.id) };
    if (await queueMessage(tx, { purpose: `rn-${f.id}`, personId: o.id, message, lane: 'interactive' })) queued++;
  }
  return queued;
}

/** The notice of a filed report for each locale (an urgent report's escalations re-send it). */
export async function noticeRenderer(tx: Executor, t: Translate, reportId: string): Promise<UrgentEnv['notice'] | null> {
  const f = await facts(tx, reportId);
  return f ? (locale) => ({ text: noticeText(t, locale, f), choices: noticeChoices(t, locale, f.id) }) : null;
}

const DIGEST_MAX_LINES = 15;

interface DigestRow {
  official_id: string;
  locale: string;
  report_id: string;
  kind: ReportKind;
  receipt_no: string;
  unit_name: string;
  reporter_name: string | null;
  title: string | null;
}

/**
 * The daily digest: to each official, one message listing the reports of their unit filed in
 * the 24 hours before `now` whose kind they set to `digest`. Keyed by the local date in the sends
 * ledger, so a repeat (or a second worker) sends nothing more. Returns how many digests were queued.
 */
export async function queueReportDigests(db: Executor, t: Translate, timeZone: string, now: Date): Promise<number> {
  const since = new Date(now.getTime() - 86_400_000);
  const rows = rowsOf<DigestRow>(
    await db.execute(sql`
      select o.id as official_id, o.locale, r.id as report_id, r.kind, r.receipt_no, u.name as unit_name, p.display_name as reporter_name,
             coalesce(r.title, (select i.title from report_issues i where i.report_id = r.id order by i.position limit 1)) as title
      from people o
      join reports r on coalesce(r.confidential_unit_id, r.unit_id) = o.unit_id and r.status <> 'draft' and r.receipt_no is not null
        and r.submitted_at > ${since.toISOString()} and r.submitted_at <= ${now.toISOString()}
      join units u on u.id = r.unit_id
      left join people p on p.id = r.reporter_id
      left join notice_prefs np on np.person_id = o.id and np.report_kind = r.kind
      where o.role in ('official', 'admin') and o.status = 'active'
        and coalesce(np.mode, case r.kind when 'periodic' then 'digest' else 'now' end) = 'digest'
      order by o.id, r.submitted_at, r.id`),
  );
  const byOfficial = new Map<string, DigestRow[]>();
  for (const r of rows) byOfficial.set(r.official_id, [...(byOfficial.get(r.official_id) ?? []), r]);
  const day = isoDate(localDate(now, timeZone));
  let queued = 0;
  for (const [officialId, list] of byOfficial) {
    const locale: Locale = localeOf(list[0]!.locale);
    const message = { type: 'text' as const, text: digestText(t, locale, list) };
    const q = await queueMessage(db, { purpose: `rd-${day}`, personId: officialId, message, lane: 'bulk' });
    if (q?.created) queued++;
  }
  return queued;
}

function digestText(t: Translate, locale: Locale, list: DigestRow[]): string {
  const kinds = [...new Set(list.map((r) => r.kind))];
  const head =
    kinds.length === 1
      ? t(locale, 'notices-digest-head-kind', { n: list.length, kind: t(locale, `reports-kind-${kinds[0]}`).toLowerCase() })
      : t(locale, 'notices-digest-head', { n: list.length });
  const lines = [head];
  list.slice(0, DIGEST_MAX_LINES).forEach((r, i) => {
    lines.push(
      t(locale, 'notices-digest-item', { n: i + 1, receipt: r.receipt_no, unit: r.unit_name, name: r.reporter_name ?? '—', title: clip(r.title, 80) || '—' }),
    );
  });
  if (list.length > DIGEST_MAX_LINES) lines.push(t(locale, 'notices-digest-rest', { n: list.length - DIGEST_MAX_LINES }));
  lines.push(t(locale, 'notices-digest-foot'));
  return lines.join('\n');
}
