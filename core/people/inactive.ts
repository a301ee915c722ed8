import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { people } from '../../db/schema/index.js';
import { memberUnitIds } from '../reports/completeness.js';
import { loadCollaborators, loadSubmissions } from '../reports/completeness-load.js';
import { compareDates, dueDate, lastDuePeriod, shiftPeriod, type CivilDate } from '../kernel/periods.js';
import type { UnitNode, UnitTree } from './unit-tree.js';
import { localDate } from '../kernel/zoned-time.js';
import { compareVi } from '../kernel/text.js';

/**
 * Inactive collaborators (domain-vi §2.6): active, expected for each of the last N periods that
 * are already due in their unit, and no periodic report for any of them. The system only lists
 * them to their officials with a suggestion to review or replace; people decide.
 */
export interface InactiveCollaborator {
  personId: string;
  displayName: string;
  unitId: string;
  /** The missed periods, newest first. */
  periods: string[];
}

export async function findInactive(
  db: Executor,
  tree: UnitTree,
  targets: UnitNode[],
  today: CivilDate,
  timeZone: string,
  n: number,
): Promise<InactiveCollaborator[]> {
  const windows = new Map(
    targets.map((u) => {
      const last = lastDuePeriod(today, tree.settings(u.id));
      return [u.id, Array.from({ length: n }, (_, k) => shiftPeriod(last, -k))];
    }),
  );
  const active = (await loadCollaborators(db, memberUnitIds(tree, targets))).filter((c) => c.status === 'active');
  const allPeriods = [...new Set([...windows.values()].flat())];
  const subs = await loadSubmissions(
    db,
    active.map((c) => c.id),
    allPeriods,
  );
  const out: InactiveCollaborator[] = [];
  for (const c of active) {
    const unit = tree.effective(c.unitId);
    const periods = unit && windows.get(unit.id);
    if (!unit || !periods) continue;
    const oldest = periods[periods.length - 1]!;
    const joinedInTime = compareDates(localDate(c.createdAt, timeZone), dueDate(oldest, tree.settings(unit.id))) <= 0;
    if (joinedInTime && periods.every((p) => !subs.has(`${c.id}/${p}`))) {
      out.push({ personId: c.id, displayName: c.displayName, unitId: unit.id, periods });
    }
  }
  return out.sort((a, b) => a.unitId.localeCompare(b.unitId) || compareVi(a.displayName, b.displayName));
}

export interface OfficialRow {
  id: string;
  displayName: string;
  locale: string;
  unitId: string;
}

export async function loadOfficials(db: Executor, unitIds?: string[]): Promise<OfficialRow[]> {
  const conds = [inArray(people.role, ['official', 'admin']), eq(people.status, 'active')];
  if (unitIds) {
    if (unitIds.length === 0) return [];
    conds.push(inArray(people.unitId, unitIds));
  }
  return db
    .select({ id: people.id, displayName: people.displayName, locale: people.locale, unitId: people.unitId })
    .from(people)
    .where(and(...conds));
}

/**
 * Who hears about a unit's reporting: the active officials of the unit itself, else of its
 * nearest ancestor that has any (communes usually have collaborators but no official).
 */
export function createOfficialRouter(tree: UnitTree, officials: OfficialRow[]): (unitId: string) => OfficialRow[] {
  const byUnit = new Map<string, OfficialRow[]>();
  for (const o of officials) byUnit.set(o.unitId, [...(byUnit.get(o.unitId) ?? []), o]);
  return (unitId) => {
    const unit = tree.get(unitId);
    for (const id of unit ? unit.path.split('/').filter(Boolean).reverse() : []) {
      const found = byUnit.get(id);
      if (found?.length) return found;
    }
    return [];
  };
}
