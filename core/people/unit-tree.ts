import { inArray, like, or } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { units } from '../../db/schema/index.js';
import type { Config } from '../platform/config.js';
import { checkSettings, type ReportingSettings } from '../kernel/periods.js';
import { ancestorIds } from './units.js';

/**
 * The unit tree as reporting sees it: effective reporting settings (a unit's own value, else the
 * nearest ancestor's, else the config default) and where a merged unit's people now belong.
 * Loaded once per scan or query, then resolved in memory (a province has a few thousand units).
 */
export interface UnitNode {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  path: string;
  status: string;
  mergedIntoId: string | null;
  deadlineDay: number | null;
  cutoffDay: number | null;
  lockDays: number | null;
}

export interface SettingsDefaults {
  deadlineDay: number;
  /** Undefined: the cycle ends on the deadline day. */
  cutoffDay?: number;
  lockDays: number;
}

export function defaultsFromConfig(c: Pick<Config, 'REPORT_DEADLINE_DAY' | 'REPORT_CUTOFF_DAY' | 'REPORT_LOCK_DAYS'>): SettingsDefaults {
  return { deadlineDay: c.REPORT_DEADLINE_DAY, cutoffDay: c.REPORT_CUTOFF_DAY, lockDays: c.REPORT_LOCK_DAYS };
}

export interface UnitTree {
  get(id: string): UnitNode | undefined;
  settings(id: string): ReportingSettings;
  /** Where a unit's people and reports count: the unit itself, or what it was merged into. */
  effective(id: string): UnitNode | undefined;
  /** Active units whose path starts with `rootPath`, in path order. */
  subtree(rootPath: string): UnitNode[];
  nodes(): UnitNode[];
}

const MAX_MERGE_HOPS = 20;

function createUnitTree(list: UnitNode[], defaults: SettingsDefaults): UnitTree {
  const byId = new Map(list.map((u) => [u.id, u]));
  const memo = new Map<string, ReportingSettings>();
  const nearest = (u: UnitNode, field: 'deadlineDay' | 'cutoffDay' | 'lockDays'): number | undefined => {
    for (const id of [u.id, ...ancestorIds(u.path)]) {
      const v = byId.get(id)?.[field];
      if (v !== null && v !== undefined) return v;
    }
    return undefined;
  };
  const settings = (id: string): ReportingSettings => {
    const hit = memo.get(id);
    if (hit) return hit;
    const u = byId.get(id);
    const deadlineDay = (u && nearest(u, 'deadlineDay')) ?? defaults.deadlineDay;
    const s = checkSettings({
      deadlineDay,
      cutoffDay: (u && nearest(u, 'cutoffDay')) ?? defaults.cutoffDay ?? deadlineDay,
      lockDays: (u && nearest(u, 'lockDays')) ?? defaults.lockDays,
    });
    memo.set(id, s);
    return s;
  };
  const effective = (id: string): UnitNode | undefined => {
    let u = byId.get(id);
    for (let hop = 0; u && u.status === 'merged' && u.mergedIntoId && hop < MAX_MERGE_HOPS; hop++) u = byId.get(u.mergedIntoId) ?? u;
    return u;
  };
  const sorted = [...list].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    get: (id) => byId.get(id),
    settings,
    effective,
    subtree: (rootPath) => sorted.filter((u) => u.path.startsWith(rootPath) && u.status !== 'merged'),
    nodes: () => sorted,
  };
}

const columns = {
  id: units.id,
  code: units.code,
  name: units.name,
  parentId: units.parentId,
  path: units.path,
  status: units.status,
  mergedIntoId: units.mergedIntoId,
  deadlineDay: units.deadlineDay,
  cutoffDay: units.cutoffDay,
  lockDays: units.lockDays,
};

/**
 * The subtree under `rootPath` plus its ancestors (for inherited settings), the units its units
 * were merged into and the units merged into it; the whole tree when no root is given.
 */
export async function loadUnitTree(db: Executor, defaults: SettingsDefaults, rootPath?: string): Promise<UnitTree> {
  if (!rootPath) return createUnitTree(await db.select(columns).from(units), defaults);
  const above = ancestorIds(rootPath);
  const rows = await db
    .select(columns)
    .from(units)
    .where(above.length ? or(like(units.path, `${rootPath}%`), inArray(units.id, above)) : like(units.path, `${rootPath}%`));
  const have = new Set(rows.map((r) => r.id));
  const targets = [...new Set(rows.map((r) => r.mergedIntoId).filter((id): id is string => !!id && !have.has(id)))];
  if (targets.length) rows.push(...(await db.select(columns).from(units).where(inArray(units.id, targets))));
  // Units elsewhere in the tree that were merged into this subtree bring their people with them.
  const inside = rows.filter((r) => r.path.startsWith(rootPath)).map((r) => r.id);
  const merged = await db.select(columns).from(units).where(inArray(units.mergedIntoId, inside));
  for (const m of merged) if (!have.has(m.id)) rows.push(m);
  return createUnitTree(rows, defaults);
}

/** Effective settings of one unit (after merges), with its ancestors' inherited values. */
export async function settingsOfUnit(
  db: Executor,
  defaults: SettingsDefaults,
  unitId: string,
): Promise<{ unit: UnitNode; settings: ReportingSettings } | null> {
  const [row] = await db
    .select({ path: units.path })
    .from(units)
    .where(inArray(units.id, [unitId]));
  if (!row) return null;
  const tree = await loadUnitTree(db, defaults, row.path);
  const unit = tree.effective(unitId);
  return unit ? { unit, settings: tree.settings(unit.id) } : null;
}
