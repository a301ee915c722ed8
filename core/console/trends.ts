import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client.js';
import { visibleInAliased } from '../reports/visible-unit.js';

/**
 * Read models of the console's Xu hướng page over the last `months` months of a subtree: reports'
 * issues per topic group per month, the stance and prevalence mix per topic group, hot spots per
 * category per month. Months are local (the province's time zone).
 */
export interface Series {
  months: string[];
  series: { key: string; values: number[] }[];
}

export function lastMonths(now: Date, months: number, timeZone: string): string[] {
  const local = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).format(now);
  const [y, m] = local.split('-').map(Number) as [number, number];
  return Array.from({ length: months }, (_, i) => {
    const k = y * 12 + (m - 1) - (months - 1 - i);
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
  });
}

function toSeries(months: string[], rows: { key: string; month: string; n: number }[], top = 8): Series {
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.key, (totals.get(r.key) ?? 0) + Number(r.n));
  const keys = [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k]) => k);
  return {
    months,
    series: keys.map((key) => ({ key, values: months.map((mo) => Number(rows.find((r) => r.key === key && r.month === mo)?.n ?? 0)) })),
  };
}

export async function issuesPerTopicGroup(db: Executor, rootPath: string, months: string[], timeZone: string): Promise<Series> {
  const rows = rowsOf<{ key: string; month: string; n: number }>(
    await db.execute(sql`
      select coalesce(t.parent_code, i.topic_code) as key, to_char(r.submitted_at at time zone ${timeZone}, 'YYYY-MM') as month, count(*)::int as n
      from reports r join units u on u.id = r.unit_id join report_issues i on i.report_id = r.id left join topics t on t.code = i.topic_code
      where ${visibleInAliased('r', 'u', rootPath)} and r.status <> 'draft' and r.submitted_at >= (${`${months[0]}-01`}::date - interval '1 day')
      group by 1, 2`),
  );
  return toSeries(months, rows);
}

export async function hotSpotsPerCategory(db: Executor, rootPath: string, months: string[], timeZone: string): Promise<Series> {
  const rows = rowsOf<{ key: string; month: string; n: number }>(
    await db.execute(sql`
      select h.category as key, to_char(h.created_at at time zone ${timeZone}, 'YYYY-MM') as month, count(*)::int as n
      from hot_spots h join units u on u.id = h.unit_id
      where ${visibleInAliased('h', 'u', rootPath)} and h.created_at >= (${`${months[0]}-01`}::date - interval '1 day')
      group by 1, 2`),
  );
  return toSeries(months, rows, 12);
}

export interface Mix {
  key: string;
  total: number;
  counts: Record<string, number>;
}

/** Opinion streams per topic group by `column` (stance or prevalence), biggest groups first. */
export async function mixPerTopicGroup(db: Executor, rootPath: string, since: string, column: 'stance' | 'prevalence'): Promise<Mix[]> {
  const col = column === 'stance' ? sql`s.stance` : sql`s.prevalence`;
  const rows = rowsOf<{ key: string; v: string; n: number }>(
    await db.execute(sql`
      select coalesce(t.parent_code, i.topic_code) as key, ${col} as v, count(*)::int as n
      from reports r join units u on u.id = r.unit_id join report_issues i on i.report_id = r.id
      join opinion_streams s on s.issue_id = i.id left join topics t on t.code = i.topic_code
      where ${visibleInAliased('r', 'u', rootPath)} and r.status <> 'draft' and r.submitted_at >= ${`${since}-01`}::date
      group by 1, 2`),
  );
  const by = new Map<string, Mix>();
  for (const r of rows) {
    const m = by.get(r.key) ?? { key: r.key, total: 0, counts: {} };
    m.total += Number(r.n);
    m.counts[r.v] = (m.counts[r.v] ?? 0) + Number(r.n);
    by.set(r.key, m);
  }
  return [...by.values()].sort((a, b) => b.total - a.total).slice(0, 10);
}
