import { eq, inArray, isNull, or, sql, type Column, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { units } from '../../db/schema/index.js';

/**
 * The confidential route (issue 13 §7). A report or an alert sent «chỉ cấp trên» carries
 * `confidential_unit_id`: the unit above the reporter's (or the province) from which on up it may
 * be seen. Its **visible unit** is that unit, else the unit it was filed in; an official sees
 * it only when the visible unit lies in their subtree. This file is the one place that rule is
 * written: every subtree filter over reports and hot spots (chat lists, search, console,
 * synthesis, exports, notices, row checks) calls one of the three forms below.
 */
export type ConfidentialRoute = 'parent' | 'province';
export const CONFIDENTIAL_ROUTES: readonly ConfidentialRoute[] = ['parent', 'province'];

type Ref = SQL | Column;

/**
 * SQL: the item (whose unit's path is `unitPath`, confidential unit `confidentialId`) is visible in
 * the subtree at `rootPath`. The extra clause costs nothing for the common row (null).
 */
export function visibleIn(unitPath: Ref, confidentialId: Ref, rootPath: string): SQL {
  const like = `${rootPath}%`;
  return sql`(${unitPath} like ${like} and (${confidentialId} is null or exists (select 1 from units cu where cu.id = ${confidentialId} and cu.path like ${like})))`;
}

/** The visible unit's id of a `reports` or `hot_spots` row: the confidential unit, else its own. */
export function visibleUnitOf(t: { confidentialUnitId: Column; unitId: Column }): SQL<string> {
  return sql<string>`coalesce(${t.confidentialUnitId}, ${t.unitId})`;
}

/** The raw-SQL form for queries written over `<alias>` ⋈ `units <unitAlias>` (reports r / hot_spots h, units u). */
export function visibleInAliased(alias: string, unitAlias: string, rootPath: string): SQL {
  return visibleIn(sql.raw(`${unitAlias}.path`), sql.raw(`${alias}.confidential_unit_id`), rootPath);
}

/**
 * The same rule when the unit ids of a subtree are already loaded (synthesis): the caller keeps
 * its own `unit_id in (…)`; this adds that a confidential unit, when set, is among them too.
 */
export function visibleAmongIds(t: { confidentialUnitId: Column }, memberIds: string[]): SQL {
  return or(isNull(t.confidentialUnitId), inArray(t.confidentialUnitId, memberIds))!;
}

/** One row: whether the official's unit sees the item (its unit and its confidential unit both in the subtree). */
export async function visibleTo(db: Executor, officialUnitId: string, item: { unitId: string; confidentialUnitId: string | null }): Promise<boolean> {
  const ids = [officialUnitId, item.unitId, ...(item.confidentialUnitId ? [item.confidentialUnitId] : [])];
  const rows = await db.select({ id: units.id, path: units.path }).from(units).where(inArray(units.id, ids));
  const path = new Map(rows.map((r) => [r.id, r.path]));
  const mine = path.get(officialUnitId);
  if (!mine) return false;
  const under = (id: string) => path.get(id)?.startsWith(mine) ?? false;
  return under(item.unitId) && (item.confidentialUnitId === null || under(item.confidentialUnitId));
}

export interface ConfidentialUnit {
  id: string;
  name: string;
}

/**
 * Where a «chỉ cấp trên» item may be seen from: the unit directly above the reporter's, or the
 * province (the nearest unit of kind `tinh` above, else the root of the tree). Null when there is
 * nobody to skip (the reporter's unit is the root, or already the province).
 */
export async function confidentialUnitFor(db: Executor, unitId: string, route: ConfidentialRoute | null | undefined): Promise<ConfidentialUnit | null> {
  if (!route) return null;
  const [own] = await db.select({ path: units.path, parentId: units.parentId }).from(units).where(eq(units.id, unitId));
  if (!own?.parentId) return null;
  if (route === 'parent') {
    const [p] = await db.select({ id: units.id, name: units.name }).from(units).where(eq(units.id, own.parentId));
    return p ?? null;
  }
  const above = own.path.split('/').filter(Boolean).slice(0, -1);
  const rows = await db.select({ id: units.id, name: units.name, kind: units.kind }).from(units).where(inArray(units.id, above));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const chain = above.map((id) => byId.get(id)).filter((u) => u !== undefined);
  const province = [...chain].reverse().find((u) => u.kind === 'tinh') ?? chain[0];
  return province ? { id: province.id, name: province.name } : null;
}
