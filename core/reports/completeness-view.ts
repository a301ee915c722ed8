import type { Executor } from '../../db/client.js';
import { periodCounts, periodStatuses, rollUp, summarise, type UnitStats } from './completeness.js';
import { periodOn, shiftPeriod, type CivilDate, type ReportingSettings } from '../kernel/periods.js';
import { loadUnitTree, type SettingsDefaults, type UnitNode, type UnitTree } from '../people/unit-tree.js';
import { compareVi } from '../kernel/text.js';

export type PeriodChoice = 'current' | 'previous' | { period: string };

export interface CompletenessView {
  total: UnitStats | null;
  /** The root unit's own collaborators (if any), then each direct child unit with its subtree. */
  rows: UnitStats[];
  /** Every unit of the subtree with someone expected (documents list them all). */
  units: UnitStats[];
}

export function periodPicker(which: PeriodChoice, today: CivilDate): (s: ReportingSettings) => string {
  if (typeof which === 'object') return () => which.period;
  return which === 'current' ? (s) => periodOn(today, s) : (s) => shiftPeriod(periodOn(today, s), -1);
}

/**
 * Completeness of a subtree for one period choice. "Current" and "previous" are per unit (units
 * with different cycles may be in different periods on the same day). Units are listed by name,
 * so a document's table reads the same on every run.
 */
export async function completenessView(
  db: Executor,
  env: { timeZone: string; defaults: SettingsDefaults },
  root: { unitId: string; path: string },
  which: PeriodChoice,
  today: CivilDate,
  tree?: UnitTree,
): Promise<CompletenessView> {
  const t = tree ?? (await loadUnitTree(db, env.defaults, root.path));
  const units = t.subtree(root.path);
  return shape(t, root, summarise(await periodStatuses(db, t, units, (s) => periodPicker(which, today)(s), env.timeZone), t, today));
}

/**
 * `completenessView(…)` with the figures counted by the database and only the missing people's
 * names loaded (the console's Tiến độ: 4,900 people of a province are 4,900 rows otherwise).
 */
export async function completenessCounted(
  db: Executor,
  env: { timeZone: string; defaults: SettingsDefaults },
  root: { unitId: string; path: string },
  which: PeriodChoice,
  today: CivilDate,
  tree: UnitTree,
): Promise<CompletenessView> {
  return shape(tree, root, await periodCounts(db, tree, tree.subtree(root.path), periodPicker(which, today), env.timeZone, today, { names: true }));
}

/** The root's own row (if anyone is expected there), then each direct child with its subtree, by name. */
function shape(t: UnitTree, root: { unitId: string }, stats: UnitStats[]): CompletenessView {
  const rootNode = t.get(root.unitId);
  if (!rootNode) return { total: null, rows: [], units: [] };
  const own = stats.find((s) => s.unitId === root.unitId);
  const byName = <T extends { name: string }>(a: T, b: T) => compareVi(a.name, b.name);
  const children: UnitNode[] = t
    .subtree(rootNode.path)
    .filter((u) => u.parentId === root.unitId)
    .sort(byName);
  const rows = [...(own && own.expected > 0 ? [own] : []), ...children.map((c) => rollUp(stats, c)).filter((s): s is UnitStats => !!s && s.expected > 0)];
  return { total: rollUp(stats, rootNode), rows, units: stats.filter((s) => s.expected > 0).sort(byName) };
}

/** A subtree's figures without the names of the missing (what the overview and trends show). */
export type CompletenessTotal = Omit<UnitStats, 'missingPeople'>;

/** `completenessView(…).total`, counted by the database instead of loading every collaborator. */
export async function completenessTotal(
  db: Executor,
  env: { timeZone: string; defaults: SettingsDefaults },
  root: { unitId: string; path: string },
  which: PeriodChoice,
  today: CivilDate,
  tree?: UnitTree,
): Promise<CompletenessTotal | null> {
  const t = tree ?? (await loadUnitTree(db, env.defaults, root.path));
  const rootNode = t.get(root.unitId);
  if (!rootNode) return null;
  const total = rollUp(await periodCounts(db, t, t.subtree(root.path), periodPicker(which, today), env.timeZone, today), rootNode);
  if (!total) return null;
  const { missingPeople: _names, ...figures } = total;
  return figures;
}
