import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client.js';
import { appendAudit } from '../compliance/audit.js';
import type { Locale, Translate } from '../kernel/i18n.js';
import type { Cell } from '../kernel/xlsx.js';
import type { Official } from '../people/audience.js';
import { label } from '../synthesis/labels.js';
import { normQuery, reportWhere, scopeRoot, type ReportFilters } from './browse.js';

/**
 * Exports of the filtered report set (the console's Báo cáo page): one row per report (CSV), or
 * one row per opinion stream (XLSX) with unit, topic, stance, prevalence, group and receipt.
 * Opinions stay by group, never by named person. Every export is audited with its size.
 */
export const EXPORT_MAX_ROWS = 200_000;

export interface ExportTable {
  header: string[];
  rows: Cell[][];
}

const fromClause = (f: ReportFilters) =>
  normQuery(f.q)
    ? sql`reports r join units u on u.id = r.unit_id join search_docs d on d.owner_type = 'report' and d.owner_id = r.id`
    : sql`reports r join units u on u.id = r.unit_id`;

const fmt = (at: unknown, timeZone: string) =>
  at ? new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(new Date(at as string)) : '';

type Shape = 'reports' | 'streams';

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

export async function exportReports(
  tx: Executor,
  official: Official,
  f: ReportFilters,
  env: { t: Translate; locale: Locale; timeZone: string },
): Promise<ExportTable | null> {
  const scope = await scopeRoot(tx, official, f.unitId, 'report.export');
  if (!scope.ok) return null;
  const tr = (k: string) => env.t(env.locale, k);
  const name = env.locale === 'en' ? sql`t.name_en` : sql`t.name_vi`;
  const rows = rowsOf<Record<string, unknown>>(
    await tx.execute(sql`
      select r.receipt_no, r.kind, r.period, u.name as unit, r.status, r.submitted_at, r.assessment,
             coalesce(r.title, fi.title) as title, fi.topic, fi.n
      from ${fromClause(f)}
      left join lateral (select (array_agg(i.title order by i.position))[1] as title,
                                (array_agg(${name} order by i.position))[1] as topic, count(*)::int as n
                         from report_issues i left join topics t on t.code = i.topic_code where i.report_id = r.id) fi on true
      where ${reportWhere(scope.root.path, f)}
      order by r.submitted_at desc nulls last, r.id limit ${EXPORT_MAX_ROWS}`),
  );
  await audited(tx, official, 'reports', f, rows.length);
  return {
    header: ['receipt', 'kind', 'period', 'unit', 'status', 'submitted', 'assessment', 'title', 'topic', 'issues'].map((k) => tr(`con-x-col-${k}`)),
    rows: rows.map((r) => [
      r.receipt_no as string,
      tr(`ctv-rep-kind-${r.kind}`),
      (r.period as string) ?? '',
      r.unit as string,
      tr(`con-rs-${r.status}`),
      fmt(r.submitted_at, env.timeZone),
      label(env.t, env.locale, 'assessment', (r.assessment as string) ?? null),
      (r.title as string) ?? '',
      (r.topic as string) ?? '',
      Number(r.n ?? 0),
    ]),
  };
}

export async function exportStreams(
  tx: Executor,
  official: Official,
  f: ReportFilters,
  env: { t: Translate; locale: Locale; timeZone: string },
): Promise<ExportTable | null> {
  const scope = await scopeRoot(tx, official, f.unitId, 'report.export');
  if (!scope.ok) return null;
  const tr = (k: string) => env.t(env.locale, k);
  const name = env.locale === 'en' ? sql`t.name_en` : sql`t.name_vi`;
  const rows = rowsOf<Record<string, unknown>>(
    await tx.execute(sql`
      select r.receipt_no, r.kind, r.period, u.name as unit, r.submitted_at, i.title, ${name} as topic,
             s.stance, s.prevalence, s.holder_group, s.content
      from ${fromClause(f)}
      join report_issues i on i.report_id = r.id
      join opinion_streams s on s.issue_id = i.id
      left join topics t on t.code = i.topic_code
      where ${reportWhere(scope.root.path, f)}
      order by r.submitted_at desc nulls last, r.id, i.position, s.position limit ${EXPORT_MAX_ROWS}`),
  );
  await audited(tx, official, 'streams', f, rows.length);
  const l = (list: string, code: unknown) => label(env.t, env.locale, list, (code as string) ?? null);
  return {
    header: ['unit', 'topic', 'issue', 'stance', 'prevalence', 'group', 'content', 'receipt', 'kind', 'period', 'submitted'].map((k) => tr(`con-x-col-${k}`)),
    rows: rows.map((r) => [
      r.unit as string,
      (r.topic as string) ?? '',
      r.title as string,
      l('stance', r.stance),
      l('prevalence', r.prevalence),
      l('stratum', r.holder_group),
      r.content as string,
      r.receipt_no as string,
      tr(`ctv-rep-kind-${r.kind}`),
      (r.period as string) ?? '',
      fmt(r.submitted_at, env.timeZone),
    ]),
  };
}
