import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client.js';
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

async function audited(tx: Executor, official: Official, shape: Shape, f: ReportFilters, rows: number) {
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
  const rows = !g
    ? []
    : rowsOf<Record<string, unknown>>(
        await tx.execute(sql`
      with sel as (select r.id from ${fromClause(g)} where ${reportWhere(scope.root.path, g)} limit ${EXPORT_MAX_ROWS}),
      fi as (select i.report_id, (array_agg(i.title order by i.position))[1] as title, (array_agg(${name} order by i.position))[1] as topic, count(*)::int as n
             from sel join report_issues i on i.report_id = sel.id left join topics t on t.code = i.topic_code group by i.report_id)
      select r.receipt_no, r.kind, r.period, u.name as unit, r.status, r.submitted_at, r.assessment, coalesce(r.title, fi.title) as title, fi.topic, fi.n
      from sel join reports r on r.id = sel.id join units u on u.id = r.unit_id left join fi on fi.report_id = r.id
      order by r.submitted_at desc nulls last, r.id`),
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
      (r.topic as string) ?? '',
      Number(r.n ?? 0),
    ]),
  };
}

export async function exportStreams(tx: Executor, official: Official, f: ReportFilters, env: ExportEnv): Promise<ExportTable | null> {
  const p = await prepare(tx, official, f, env);
  if (!p) return null;
  const { scope, g, l, fmt, tr, name } = p;
  if (!g) return { header: streamHeader(tr), rows: [] };
  const rows = rowsOf<Record<string, unknown>>(
    await tx.execute(sql`
      select r.receipt_no, r.kind, r.period, u.name as unit, r.submitted_at, i.title, ${name} as topic,
             s.stance, s.prevalence, s.holder_group, s.content
      from ${fromClause(g)}
      join report_issues i on i.report_id = r.id
      join opinion_streams s on s.issue_id = i.id
      left join topics t on t.code = i.topic_code
      where ${reportWhere(scope.root.path, g)}
      order by r.submitted_at desc nulls last, r.id, i.position, s.position limit ${EXPORT_MAX_ROWS}`),
  );
  await audited(tx, official, 'streams', f, rows.length);
  return {
    header: streamHeader(tr),
    rows: rows.map((r) => [
      r.unit as string,
      (r.topic as string) ?? '',
      r.title as string,
      l('stance', r.stance),
      l('prevalence', r.prevalence),
      l('stratum', r.holder_group),
      r.content as string,
      r.receipt_no as string,
      tr(`reports-kind-${r.kind}`),
      (r.period as string) ?? '',
      fmt(r.submitted_at as Date | null),
    ]),
  };
}

function streamHeader(tr: (k: string) => string): string[] {
  return ['unit', 'topic', 'issue', 'stance', 'prevalence', 'group', 'content', 'receipt', 'kind', 'period', 'submitted'].map((k) => tr(`con-x-col-${k}`));
}
