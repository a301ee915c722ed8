import { and, eq, isNotNull, ne, sql, type Column } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client.js';
import { people, reports } from '../../db/schema/index.js';
import type { CollaboratorRow, ReporterState, SubmissionRow } from './completeness.js';

/** Reads of completeness (completeness.ts holds the rules). */

/** A unit whose people count for a target unit, with that unit's period and due day (YYYY-MM-DD). */
export interface Member {
  unitId: string;
  period: string;
  due: string;
}

/** The members as a relation `m(unit_id, period, due)`: three array parameters, whatever their number. */
function membersCte(members: Member[]) {
  const col = <K extends keyof Member>(k: K) => sql.param(members.map((x) => x[k]));
  // The days go as text: the driver's date[] serialiser is the ORM's pass-through (it breaks on arrays).
  return sql`m(unit_id, period, due) as (select x.u, x.p, x.d::date from unnest(${col('unitId')}::uuid[], ${col('period')}::text[], ${col('due')}::text[]) as x(u, p, d))`;
}

/**
 * `s`: the first filed periodic report of each reporter for each of the periods (several → the
 * earliest), read through the period's index and joined to the people by hash (a list of every
 * person's id probed the reporter index for all their reports, 28 ms for a province).
 */
function firstFiledCte(members: Member[]) {
  const periods = [...new Set(members.map((m) => m.period))];
  return sql`s as (select distinct on (r.reporter_id, r.period) r.reporter_id, r.period, r.id, r.receipt_no, r.submitted_at
    from reports r
    where r.kind = 'periodic' and r.period = any(${sql.param(periods)}::text[]) and r.status <> 'draft' and r.submitted_at is not null
    order by r.reporter_id, r.period, r.submitted_at, r.id)`;
}

/**
 * Every collaborator of the `members` units with their first filed periodic report of their
 * unit's period, in one query. Raw rows, no ORM mapping: a province is 5,000 people, and mapping
 * them cost more than the query. Ordered by the names' bytes, close to the Vietnamese order the
 * caller sorts into.
 */
export async function loadReporters(db: Executor, members: Member[]): Promise<{ person: CollaboratorRow; filed: SubmissionRow | undefined }[]> {
  if (members.length === 0) return [];
  const rows = rowsOf<ReporterRow>(
    await db.execute(sql`
      with ${membersCte(members)}, ${firstFiledCte(members)}
      select p.id, p.display_name, p.unit_id, p.status, p.locale, p.created_at, s.id as report_id, s.receipt_no, s.submitted_at
      from m join people p on p.unit_id = m.unit_id and p.role = 'collaborator'
      left join s on s.reporter_id = p.id and s.period = m.period
      order by p.display_name collate "C"`),
  );
  return rows.map((r) => ({
    person: { id: r.id, displayName: r.display_name, unitId: r.unit_id, status: r.status, locale: r.locale, createdAt: new Date(r.created_at) },
    filed: r.report_id ? { reportId: r.report_id, reporterId: r.id, receiptNo: r.receipt_no, submittedAt: new Date(r.submitted_at!) } : undefined,
  }));
}

interface ReporterRow {
  id: string;
  display_name: string;
  unit_id: string;
  status: string;
  locale: string;
  created_at: string;
  report_id: string | null;
  receipt_no: string | null;
  submitted_at: string | null;
}

/**
 * `x(unit_id, display_name, state)`: every collaborator of the member units with their state, or
 * none when not expected. The CASE is `classify` (completeness.ts) in SQL: filed → on time when
 * the local date of the first submission is on or before the due day, else late; not filed →
 * missing when active and registered (local date) on or before the due day.
 */
function statesCte(members: Member[], timeZone: string) {
  return sql`${membersCte(members)}, ${firstFiledCte(members)}, x as (
    select m.unit_id, p.id, p.display_name, p.locale,
           case when s.id is not null then case when (s.submitted_at at time zone ${timeZone})::date <= m.due then 'on_time' else 'late' end
                when p.status = 'active' and (p.created_at at time zone ${timeZone})::date <= m.due then 'missing' end as state
    from m join people p on p.unit_id = m.unit_id and p.role = 'collaborator'
    left join s on s.reporter_id = p.id and s.period = m.period)`;
}

/**
 * How many people of each member unit are in each state, without loading them; with `names`, the
 * missing people's names too (one statement: the states are worked out once), in the bytes' order.
 */
export async function countReporters(
  db: Executor,
  members: Member[],
  timeZone: string,
  opts: { names?: boolean } = {},
): Promise<{ unitId: string; state: ReporterState; n: number; names: string[] }[]> {
  if (members.length === 0) return [];
  const names = opts.names ? sql`array_agg(display_name order by display_name collate "C") filter (where state = 'missing')` : sql`null::text[]`;
  const rows = rowsOf<{ unit_id: string; state: ReporterState; n: number; names: string[] | null }>(
    await db.execute(sql`
      with ${statesCte(members, timeZone)}
      select unit_id, state, count(*)::int as n, ${names} as names from x
      where state is not null
      group by unit_id, state`),
  );
  return rows.map((r) => ({ unitId: r.unit_id, state: r.state, n: Number(r.n), names: r.names ?? [] }));
}

/**
 * Only the people of the member units who are missing (`classify`'s rule, in SQL as for the
 * counts): what a «nhắc» needs, without reading the ones who filed or are not expected.
 */
export async function missingReporters(
  db: Executor,
  members: Member[],
  timeZone: string,
): Promise<{ personId: string; displayName: string; locale: string; unitId: string }[]> {
  if (members.length === 0) return [];
  const rows = rowsOf<{ id: string; display_name: string; locale: string; unit_id: string }>(
    await db.execute(sql`
      with ${statesCte(members, timeZone)}
      select id, display_name, locale, unit_id from x
      where state = 'missing'
      order by display_name collate "C", id`),
  );
  return rows.map((r) => ({ personId: r.id, displayName: r.display_name, locale: r.locale, unitId: r.unit_id }));
}

/** What completeness reads of a collaborator (also the scorecard's person). */
export const collaboratorColumns = {
  id: people.id,
  displayName: people.displayName,
  unitId: people.unitId,
  status: people.status,
  locale: people.locale,
  createdAt: people.createdAt,
};

export async function loadCollaborators(db: Executor, unitIds: string[]): Promise<CollaboratorRow[]> {
  if (unitIds.length === 0) return [];
  return db
    .select(collaboratorColumns)
    .from(people)
    .where(and(eq(people.role, 'collaborator'), anyOf(people.unitId, unitIds)));
}

/**
 * `column = any($1)` with the list as ONE array parameter: a province's 5,000 people as 5,000
 * parameters cost more to build and parse than the query itself.
 */
function anyOf(column: Column, values: string[], type: 'uuid' | 'text' = 'uuid') {
  return sql`${column} = any(${sql.param(values)}::${sql.raw(type)}[])`;
}

/** The first filed periodic report of each person for each period (several → the earliest). */
export async function loadSubmissions(db: Executor, personIds: string[], periods: string[]): Promise<Map<string, SubmissionRow>> {
  const out = new Map<string, SubmissionRow>();
  if (personIds.length === 0 || periods.length === 0) return out;
  const rows = await db
    .select({ reportId: reports.id, reporterId: reports.reporterId, receiptNo: reports.receiptNo, submittedAt: reports.submittedAt, period: reports.period })
    .from(reports)
    .where(
      and(
        eq(reports.kind, 'periodic'),
        anyOf(reports.period, periods, 'text'),
        anyOf(reports.reporterId, personIds),
        ne(reports.status, 'draft'),
        isNotNull(reports.submittedAt),
      ),
    );
  for (const r of rows) {
    if (!r.reporterId || !r.submittedAt || !r.period) continue;
    const key = `${r.reporterId}/${r.period}`;
    const prev = out.get(key);
    if (!prev || r.submittedAt < prev.submittedAt)
      out.set(key, { reportId: r.reportId, reporterId: r.reporterId, receiptNo: r.receiptNo, submittedAt: r.submittedAt });
  }
  return out;
}
