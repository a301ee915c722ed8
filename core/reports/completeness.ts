import { and, eq, isNotNull, ne, sql, type Column } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { people, reports } from '../../db/schema/index.js';
import { compareDates, dueDate, isOnTime, isoDate, type CivilDate, type ReportingSettings } from '../kernel/periods.js';
import type { UnitNode, UnitTree } from '../people/unit-tree.js';
import { localDate } from '../kernel/zoned-time.js';
import { compareVi } from '../kernel/text.js';

/**
 * Who was expected to file a periodic report for a period, and who did, on time or late.
 *
 * Rules (documented for officials, tested in tests/integration/completeness-*.test.ts):
 * - Expected: every collaborator who is `active` now and registered on or before the period's
 *   due day, plus anyone who did file (a collaborator suspended after filing still counts as
 *   filed; one suspended without filing is no longer expected, reminded or listed missing).
 * - A person counts in the unit they belong to now; a unit merged into another counts in its
 *   successor. Figures always follow the current tree: a unit moved mid-period takes its people
 *   and their reports (this period's and earlier ones) to its new parent, and its due day to the
 *   one it now inherits.
 * - On time: first submission on or before the due day (local date); edits do not change it.
 */
export type ReporterState = 'on_time' | 'late' | 'missing';

export interface ReporterStatus {
  personId: string;
  displayName: string;
  locale: string;
  /** The unit the person counts in (after merges). */
  unitId: string;
  state: ReporterState;
  receiptNo: string | null;
  reportId: string | null;
}

export interface CollaboratorRow {
  id: string;
  displayName: string;
  unitId: string;
  status: string;
  locale: string;
  createdAt: Date;
}

export interface SubmissionRow {
  reportId: string;
  reporterId: string;
  receiptNo: string | null;
  submittedAt: Date;
}

/** Pure: one period, one unit's settings, the people and what they filed. */
export function classify(
  period: string,
  s: ReportingSettings,
  person: CollaboratorRow,
  filed: SubmissionRow | undefined,
  timeZone: string,
): ReporterState | null {
  if (filed) return isOnTime(period, s, localDate(filed.submittedAt, timeZone)) ? 'on_time' : 'late';
  const expected = person.status === 'active' && compareDates(localDate(person.createdAt, timeZone), dueDate(period, s)) <= 0;
  return expected ? 'missing' : null;
}

export async function loadCollaborators(db: Executor, unitIds: string[]): Promise<CollaboratorRow[]> {
  if (unitIds.length === 0) return [];
  return db
    .select({
      id: people.id,
      displayName: people.displayName,
      unitId: people.unitId,
      status: people.status,
      locale: people.locale,
      createdAt: people.createdAt,
    })
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

/** Ids of the units whose people count in one of `units` (themselves and units merged into them). */
export function memberUnitIds(tree: UnitTree, targets: UnitNode[]): string[] {
  const wanted = new Set(targets.map((u) => u.id));
  return tree
    .nodes()
    .filter((n) => wanted.has(tree.effective(n.id)?.id ?? ''))
    .map((n) => n.id);
}

/**
 * Status of every expected person of `targets` for the period `periodOf(unit settings)` gives
 * each unit (the current period differs between units with different cycles).
 */
export async function periodStatuses(
  db: Executor,
  tree: UnitTree,
  targets: UnitNode[],
  periodOf: (s: ReportingSettings, u: UnitNode) => string,
  timeZone: string,
): Promise<{ unit: UnitNode; period: string; people: ReporterStatus[] }[]> {
  const collaborators = await loadCollaborators(db, memberUnitIds(tree, targets));
  const periodByUnit = new Map(targets.map((u) => [u.id, periodOf(tree.settings(u.id), u)]));
  const subs = await loadSubmissions(
    db,
    collaborators.map((c) => c.id),
    [...new Set(periodByUnit.values())],
  );
  const byUnit = new Map<string, ReporterStatus[]>(targets.map((u) => [u.id, []]));
  for (const c of collaborators) {
    const unit = tree.effective(c.unitId);
    const period = unit && periodByUnit.get(unit.id);
    if (!unit || !period) continue;
    const filed = subs.get(`${c.id}/${period}`);
    const state = classify(period, tree.settings(unit.id), c, filed, timeZone);
    if (state) {
      byUnit.get(unit.id)!.push({
        personId: c.id,
        displayName: c.displayName,
        locale: c.locale,
        unitId: unit.id,
        state,
        receiptNo: filed?.receiptNo ?? null,
        reportId: filed?.reportId ?? null,
      });
    }
  }
  return targets.map((unit) => ({
    unit,
    period: periodByUnit.get(unit.id)!,
    people: byUnit.get(unit.id)!.sort((a, b) => compareVi(a.displayName, b.displayName)),
  }));
}

export interface UnitStats {
  unitId: string;
  code: string;
  name: string;
  path: string;
  period: string;
  due: string;
  /** The due day is behind us: "missing" means late, not "still has time". */
  overdue: boolean;
  expected: number;
  onTime: number;
  late: number;
  missing: number;
  missingPeople: string[];
}

export function summarise(rows: { unit: UnitNode; period: string; people: ReporterStatus[] }[], tree: UnitTree, today: CivilDate): UnitStats[] {
  return rows.map(({ unit, period, people: list }) => {
    const due = dueDate(period, tree.settings(unit.id));
    const n = (s: ReporterState) => list.filter((p) => p.state === s).length;
    return {
      unitId: unit.id,
      code: unit.code,
      name: unit.name,
      path: unit.path,
      period,
      due: isoDate(due),
      overdue: compareDates(today, due) > 0,
      expected: list.length,
      onTime: n('on_time'),
      late: n('late'),
      missing: n('missing'),
      missingPeople: list.filter((p) => p.state === 'missing').map((p) => p.displayName),
    };
  });
}

/** Adds up the stats of a subtree (for "by direct child unit" views). */
export function rollUp(stats: UnitStats[], root: Pick<UnitNode, 'id' | 'code' | 'name' | 'path'>): UnitStats | null {
  const inside = stats.filter((s) => s.path.startsWith(root.path));
  const first = inside[0];
  if (!first) return null;
  const sum = (k: 'expected' | 'onTime' | 'late' | 'missing') => inside.reduce((a, s) => a + s[k], 0);
  const periods = new Set(inside.map((s) => s.period));
  return {
    unitId: root.id,
    code: root.code,
    name: root.name,
    path: root.path,
    period: periods.size === 1 ? first.period : [...periods].sort().join(','),
    due: inside.map((s) => s.due).sort()[0]!,
    overdue: inside.some((s) => s.overdue),
    expected: sum('expected'),
    onTime: sum('onTime'),
    late: sum('late'),
    missing: sum('missing'),
    missingPeople: inside.flatMap((s) => s.missingPeople),
  };
}
