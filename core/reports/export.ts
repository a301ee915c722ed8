import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db, type Executor } from '../../db/client.js';
import { appendAudit } from '../compliance/audit.js';
import type { Locale, Translate } from '../kernel/i18n.js';
import type { Cell } from '../kernel/xlsx.js';
import { localTime } from '../kernel/zoned-time.js';
import type { Official } from '../people/audience.js';
import { label } from '../synthesis/labels.js';
import { fromClause, normQuery, reportWhere, resolveSearch, scopeRoot, type ReportFilters } from './browse.js';

/**
 * Exports of the filtered report set (the console's Báo cáo page): one row per report (CSV), or
 * one row per opinion stream (XLSX) with unit, topic, stance, prevalence, group and receipt.
 * Opinions stay by group, never by named person. Every export is audited with its size.
 */
const EXPORT_MAX_ROWS = 200_000;

export interface ExportTable {
  header: string[];
  rows: Cell[][];
}

/** The filters with the search resolved; null when a search matches nothing by construction. */
async function resolved(tx: Executor, f: ReportFilters): Promise<ReportFilters | null> {
  if (!normQuery(f.q)) return f;
  const tsquery = await resolveSearch(tx, f.q);
  return tsquery ? { ...f, tsquery } : null;
}

/** Labels of stored codes, looked up once per code (an export repeats a few codes thousands of times). */
function labels(env: { t: Translate; locale: Locale }) {
  const cache = new Map<string, string>();
  return (list: string, code: unknown): string => {
    const key = `${list}:${String(code)}`;
    let v = cache.get(key);
    if (v === undefined) {
      v = list === 'key' ? env.t(env.locale, String(code)) : label(env.t, env.locale, list, (code as string) ?? null);
      cache.set(key, v);
    }
    return v;
  };
}

/** "2026-11-03 14:05" in the province's time zone (the cached-offset path of localTime: Intl per row cost ~40% of an export). */
function formatter(timeZone: string) {
  const two = (n: number) => String(n).padStart(2, '0');
  return (at: Date | string | null) => {
    if (!at) return '';
    const l = localTime(new Date(at), timeZone);
    return `${l.year}-${two(l.month)}-${two(l.day)} ${two(l.hour)}:${two(l.minute)}`;
  };
}

type Shape = 'reports' | 'streams';
type ExportEnv = { t: Translate; locale: Locale; timeZone: string };

/** What both exports start with: the scope (refusal audited), the resolved search, label and date helpers. */
async function prepare(tx: Executor, official: Official, f: ReportFilters, env: ExportEnv) {
  const scope = await scopeRoot(tx, official, f.unitId, 'report.export');
  if (!scope.ok) return null;
  const l = labels(env);
  return {
    scope,
    g: await resolved(tx, f),
    l,
    fmt: formatter(env.timeZone),
    tr: (k: string) => l('key', k),
    name: env.locale === 'en' ? sql`t.name_en` : sql`t.name_vi`,
  };
}

/** `rows` is null for a streamed export: audited as it starts, before its size is known. */
async function audited(tx: Executor, official: Official, shape: Shape, f: ReportFilters, rows: number | null) {
  await appendAudit(tx, {
    actorId: official.id,
    action: 'report.export',
    targetType: 'unit',
    targetId: f.unitId ?? official.unitId,
    outcome: 'ok',
    details: { shape, rows, period: f.period ?? null, kind: f.kind ?? null, status: f.status ?? null, topic: f.topic ?? null, search: !!normQuery(f.q) },
  });
}

export async function exportReports(tx: Executor, official: Official, f: ReportFilters, env: ExportEnv): Promise<ExportTable | null> {
  const p = await prepare(tx, official, f, env);
  if (!p) return null;
  const { scope, g, l, fmt, tr, name } = p;
  const topics = await topicNames(tx, name);
  // The issues are a lateral subquery kept whole by OFFSET 0, so each report probes their index:
  // flattened, the planner hashed all 150,000 issues for a month's 8,000 reports.
  // JIT compiling this plan (costed high for its 8,000 index probes) took longer than running it.
  await tx.execute(sql`set local jit = off`);
  const rows = !g
    ? []
    : rowsOf<Record<string, unknown>>(
        await tx.execute(sql`
      with sel as (
        select r.id, r.receipt_no, r.kind, r.period, u.name as unit, r.status, r.submitted_at, r.assessment, r.title
        from ${fromClause(g)} where ${reportWhere(scope.root.path, g)}
        order by r.submitted_at desc nulls last, r.id limit ${EXPORT_MAX_ROWS})
      select sel.*, coalesce(sel.title, fi.title) as title, fi.topic_code, fi.n
      from sel
      left join lateral (select (array_agg(i.title order by i.position))[1] as title, (array_agg(i.topic_code order by i.position))[1] as topic_code,
                                count(*)::int as n from report_issues i where i.report_id = sel.id offset 0) fi on true
      order by sel.submitted_at desc nulls last, sel.id`),
      );
  await audited(tx, official, 'reports', f, rows.length);
  return {
    header: ['receipt', 'kind', 'period', 'unit', 'status', 'submitted', 'assessment', 'title', 'topic', 'issues'].map((k) => tr(`con-x-col-${k}`)),
    rows: rows.map((r) => [
      r.receipt_no as string,
      tr(`reports-kind-${r.kind}`),
      (r.period as string) ?? '',
      r.unit as string,
      tr(`con-rs-${r.status}`),
      fmt(r.submitted_at as Date | null),
      l('assessment', r.assessment),
      (r.title as string) ?? '',
      topics.get(r.topic_code as string) ?? '',
      Number(r.n ?? 0),
    ]),
  };
}

/** Reports read per batch of the streamed export: ~3,000 opinion streams, sorted in memory. */
const STREAM_BATCH = 1000;

/**
 * One row per opinion stream, in batches of STREAM_BATCH reports (newest first, keyset-paged on
 * the filed-newest order) so the caller can write the XLSX as the rows come. Audited when it
 * starts (scope refusals as every export); the batches read through `db`, outside the audit's
 * transaction, each a consistent snapshot of its own.
 */
export async function exportStreams(
  db: Db,
  official: Official,
  f: ReportFilters,
  env: ExportEnv,
): Promise<{ header: string[]; batches: AsyncGenerator<Cell[][]> } | null> {
  const p = await db.transaction(async (tx) => {
    const prepared = await prepare(tx, official, f, env);
    if (prepared) await audited(tx, official, 'streams', f, null);
    return prepared;
  });
  if (!p) return null;
  return { header: streamHeader(p.tr), batches: streamBatches(db, p) };
}

async function* streamBatches(db: Db, p: NonNullable<Awaited<ReturnType<typeof prepare>>>): AsyncGenerator<Cell[][]> {
  const { scope, g, l, fmt, tr, name } = p;
  if (!g) return;
  const topics = await topicNames(db, name);
  let after: { at: string | null; id: string } | null = null;
  let sent = 0;
  while (sent < EXPORT_MAX_ROWS) {
    // Lateral subqueries kept whole by OFFSET 0: each batch probes the issue and stream indexes
    // (flattened, the planner hashed all 150,000 issues for every batch of 1,000 reports).
    const rows: Record<string, unknown>[] = rowsOf<Record<string, unknown>>(
      await db.execute(sql`
      with sel as (
        select r.id, r.submitted_at, r.receipt_no, r.kind, r.period, u.name as unit
        from ${fromClause(g)} where ${reportWhere(scope.root.path, g)} ${afterKey(after)}
        order by r.submitted_at desc nulls last, r.id limit ${STREAM_BATCH})
      select sel.*, i.title, i.topic_code, s.stance, s.prevalence, s.holder_group, s.content
      from sel
      cross join lateral (select i.id, i.title, i.topic_code, i.position from report_issues i where i.report_id = sel.id offset 0) i
      cross join lateral (select s.* from opinion_streams s where s.issue_id = i.id offset 0) s
      order by sel.submitted_at desc nulls last, sel.id, i.position, s.position`),
    );
    const last = rows.at(-1);
    if (!last) return;
    after = { at: (last.submitted_at as string | null) ?? null, id: String(last.id) };
    const out = rows.slice(0, EXPORT_MAX_ROWS - sent);
    sent += out.length;
    yield out.map((r) => [
      r.unit as string,
      topics.get(r.topic_code as string) ?? '',
      r.title as string,
      l('stance', r.stance),
      l('prevalence', r.prevalence),
      l('stratum', r.holder_group),
      r.content as string,
      r.receipt_no as string,
      tr(`reports-kind-${r.kind}`),
      (r.period as string) ?? '',
      fmt(r.submitted_at as Date | null),
    ]);
  }
}

/** Topic names by code, looked up in the exports rather than joined: a join inside the lateral cost a hash per report. */
async function topicNames(db: Executor, name: SQL): Promise<Map<string, string>> {
  const rows = rowsOf<{ code: string; name: string }>(await db.execute(sql`select t.code, ${name} as name from topics t`));
  return new Map(rows.map((t) => [t.code, t.name]));
}

/** Reports after the last one read, in the order submitted_at desc nulls last, id. */
function afterKey(after: { at: string | null; id: string } | null): SQL {
  if (!after) return sql``;
  if (after.at === null) return sql`and r.submitted_at is null and r.id > ${after.id}`;
  const at = new Date(after.at).toISOString();
  return sql`and (r.submitted_at < ${at} or (r.submitted_at = ${at} and r.id > ${after.id}) or r.submitted_at is null)`;
}

function streamHeader(tr: (k: string) => string): string[] {
  return ['unit', 'topic', 'issue', 'stance', 'prevalence', 'group', 'content', 'receipt', 'kind', 'period', 'submitted'].map((k) => tr(`con-x-col-${k}`));
}
