import type { Executor } from '../../db/client.js';
import { countReporters, loadReporters, missingReporters, type Member } from './completeness-load.js';
import { compareDates, dueDate, isoDate, type CivilDate, type ReportingSettings } from '../kernel/periods.js';
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
  return classifyByDue(dueDate(period, s), person, filed, timeZone);
}

/** `classify` with the period's due day worked out once for a whole unit (isOnTime: filed on or before it). */
function classifyByDue(due: CivilDate, person: CollaboratorRow, filed: SubmissionRow | undefined, timeZone: string): ReporterState | null {
  if (filed) return compareDates(localDate(filed.submittedAt, timeZone), due) <= 0 ? 'on_time' : 'late';
  const expected = person.status === 'active' && compareDates(localDate(person.createdAt, timeZone), due) <= 0;
  return expected ? 'missing' : null;
}

/** Ids of the units whose people count in one of `units` (themselves and units merged into them). */
export function memberUnitIds(tree: UnitTree, targets: UnitNode[]): string[] {
  const wanted = new Set(targets.map((u) => u.id));
  return tree
    .nodes()
    .filter((n) => wanted.has(tree.effective(n.id)?.id ?? ''))
    .map((n) => n.id);
}

/** Each target unit's period and due day, and the units whose people count in it (with its period and due day). */
function plan(tree: UnitTree, targets: UnitNode[], periodOf: (s: ReportingSettings, u: UnitNode) => string) {
  const periodByUnit = new Map(targets.map((u) => [u.id, periodOf(tree.settings(u.id), u)]));
  const dueByUnit = new Map(targets.map((u) => [u.id, dueDate(periodByUnit.get(u.id)!, tree.settings(u.id))]));
  const members: Member[] = memberUnitIds(tree, targets).map((id) => {
    const unit = tree.effective(id)!.id;
    return { unitId: id, period: periodByUnit.get(unit)!, due: isoDate(dueByUnit.get(unit)!) };
  });
  return { periodByUnit, dueByUnit, members };
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
  const { periodByUnit, dueByUnit, members } = plan(tree, targets, periodOf);
  const byUnit = new Map<string, ReporterStatus[]>(targets.map((u) => [u.id, []]));
  for (const { person: c, filed } of await loadReporters(db, members)) {
    const unit = tree.effective(c.unitId)!;
    const state = classifyByDue(dueByUnit.get(unit.id)!, c, filed, timeZone);
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
    // The rows come in byte order of the names, nearly the Vietnamese one: this sort then costs ~n comparisons.
    people: byUnit.get(unit.id)!.sort((a, b) => compareVi(a.displayName, b.displayName)),
  }));
}

/**
 * The people of `targets` missing for the period, per target unit (in the order of the names'
 * bytes): `periodStatuses` filtered to 'missing', read by the database alone.
 */
export async function periodMissing(
  db: Executor,
  tree: UnitTree,
  targets: UnitNode[],
  periodOf: (s: ReportingSettings, u: UnitNode) => string,
  timeZone: string,
): Promise<{ unit: UnitNode; period: string; people: { personId: string; displayName: string; locale: string }[] }[]> {
  const { periodByUnit, members } = plan(tree, targets, periodOf);
  const byUnit = new Map<string, { personId: string; displayName: string; locale: string }[]>(targets.map((u) => [u.id, []]));
  for (const { unitId, ...p } of await missingReporters(db, members, timeZone)) byUnit.get(tree.effective(unitId)!.id)!.push(p);
  return targets.map((unit) => ({ unit, period: periodByUnit.get(unit.id)!, people: byUnit.get(unit.id)! }));
}

/**
 * `summarise(periodStatuses(…))` counted by the database, for pages that show figures only: no
 * one's name is loaded (`missingPeople` stays empty) unless `names`, then only the missing
 * people's. The state rule is `classify`'s, written in SQL (completeness-load.ts);
 * tests/integration/completeness-counts.test.ts holds them equal.
 */
export async function periodCounts(
  db: Executor,
  tree: UnitTree,
  targets: UnitNode[],
  periodOf: (s: ReportingSettings, u: UnitNode) => string,
  timeZone: string,
  today: CivilDate,
  opts: { names?: boolean } = {},
): Promise<UnitStats[]> {
  const { periodByUnit, members } = plan(tree, targets, periodOf);
  const counts = new Map<string, Record<ReporterState, number>>(targets.map((u) => [u.id, { on_time: 0, late: 0, missing: 0 }]));
  const names = new Map<string, string[]>(targets.map((u) => [u.id, []]));
  for (const r of await countReporters(db, members, timeZone, opts)) {
    const unit = tree.effective(r.unitId)!.id;
    counts.get(unit)![r.state] += r.n;
    names.get(unit)!.push(...r.names);
  }
  // In byte order already, nearly the Vietnamese one: the sort costs ~n comparisons of one collator.
  return targets.map((u) => unitStats(u, periodByUnit.get(u.id)!, tree, today, counts.get(u.id)!, names.get(u.id)!.sort(compareVi)));
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
    const n = (s: ReporterState) => list.filter((p) => p.state === s).length;
    const missingPeople = list.filter((p) => p.state === 'missing').map((p) => p.displayName);
    return unitStats(unit, period, tree, today, { on_time: n('on_time'), late: n('late'), missing: n('missing') }, missingPeople);
  });
}

/** One unit's figures from its counts per state (`missingPeople` empty when only counted). */
function unitStats(unit: UnitNode, period: string, tree: UnitTree, today: CivilDate, n: Record<ReporterState, number>, missingPeople: string[]): UnitStats {
  const due = dueDate(period, tree.settings(unit.id));
  return {
    unitId: unit.id,
    code: unit.code,
    name: unit.name,
    path: unit.path,
    period,
    due: isoDate(due),
    overdue: compareDates(today, due) > 0,
    expected: n.on_time + n.late + n.missing,
    onTime: n.on_time,
    late: n.late,
    missing: n.missing,
    missingPeople,
  };
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
