import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client.js';
import type { Official } from '../people/audience.js';
import { scopeRoot } from '../reports/browse.js';
import { visibleInAliased } from '../reports/visible-unit.js';
import { ACTIVE_STATUSES, type HotSpotStatus } from './queries.js';

/**
 * Hot spots raised in an official's subtree with the console's filters (status, severity,
 * category, unit, time), paged, and the same set as map points. The chat's /canhbao keeps its
 * own "open alerts" view (core/hot-spots/list.ts); the scope rule is the same subtree.
 */
export interface HotSpotFilters {
  unitId?: string | null;
  /** A status, or 'active' for open + acknowledged + handling. */
  status?: HotSpotStatus | 'active' | null;
  severity?: number | null;
  category?: string | null;
  from?: Date | null;
  to?: Date | null;
}

export interface HotSpotListItem {
  id: string;
  receiptNo: string;
  severity: number;
  category: string;
  status: HotSpotStatus;
  unitName: string;
  placeText: string | null;
  latitude: number | null;
  longitude: number | null;
  createdAt: Date;
}

const MAP_POINTS_LIMIT = 5000;

function where(rootPath: string, f: HotSpotFilters): SQL {
  const parts: SQL[] = [visibleInAliased('h', 'u', rootPath)];
  if (f.status === 'active') parts.push(sql`h.status in ('open', 'acknowledged', 'handling')`);
  else if (f.status) parts.push(sql`h.status = ${f.status}`);
  if (f.severity) parts.push(sql`h.severity = ${f.severity}`);
  if (f.category) parts.push(sql`h.category = ${f.category}`);
  if (f.from) parts.push(sql`h.created_at >= ${f.from.toISOString()}`);
  if (f.to) parts.push(sql`h.created_at < ${f.to.toISOString()}`);
  return sql.join(parts, sql` and `);
}

const columns = sql`h.id, h.receipt_no, h.severity, h.category, h.status, u.name as unit_name, h.place_text, h.latitude, h.longitude, h.created_at`;

function toItem(r: Record<string, unknown>): HotSpotListItem {
  return {
    id: String(r.id),
    receiptNo: String(r.receipt_no),
    severity: Number(r.severity),
    category: String(r.category),
    status: r.status as HotSpotStatus,
    unitName: String(r.unit_name),
    placeText: (r.place_text as string | null) ?? null,
    latitude: r.latitude === null ? null : Number(r.latitude),
    longitude: r.longitude === null ? null : Number(r.longitude),
    createdAt: new Date(r.created_at as string),
  };
}

/** Active alerts first (most severe, oldest first), then closed ones newest first. */
export async function browseHotSpots(tx: Executor, official: Official, f: HotSpotFilters, paging: { page: number; pageSize: number }) {
  const scope = await scopeRoot(tx, official, f.unitId, 'hotspot.browse');
  if (!scope.ok) return scope;
  const w = where(scope.root.path, f);
  const [count] = rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from hot_spots h join units u on u.id = h.unit_id where ${w}`));
  const total = Number(count?.n ?? 0);
  const pageSize = Math.min(Math.max(1, paging.pageSize), 100);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(0, Math.floor(paging.page) || 0), pages - 1);
  const active = sql.join(
    ACTIVE_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  );
  const rows = rowsOf<Record<string, unknown>>(
    await tx.execute(sql`
      select ${columns} from hot_spots h join units u on u.id = h.unit_id where ${w}
      order by (h.status in (${active})) desc,
               case when h.status in (${active}) then h.severity end desc,
               case when h.status in (${active}) then h.created_at end asc,
               h.created_at desc, h.id
      limit ${pageSize} offset ${page * pageSize}`),
  );
  return { ok: true as const, root: scope.root, items: rows.map(toItem), total, page, pages, pageSize };
}

interface MapPoint {
  id: string;
  receiptNo: string;
  severity: number;
  category: string;
  status: HotSpotStatus;
  latitude: number;
  longitude: number;
}

/**
 * The same filtered set as map points (only alerts with coordinates), newest first: only what a
 * marker shows, as the driver gives it (up to 5,000 rows; the list's columns and dates cost a
 * quarter of the request).
 */
export async function hotSpotPoints(tx: Executor, official: Official, f: HotSpotFilters) {
  const scope = await scopeRoot(tx, official, f.unitId, 'hotspot.browse');
  if (!scope.ok) return scope;
  const rows = rowsOf<{ id: string; receipt_no: string; severity: number; category: string; status: HotSpotStatus; latitude: number; longitude: number }>(
    await tx.execute(sql`
      select h.id, h.receipt_no, h.severity, h.category, h.status, h.latitude, h.longitude from hot_spots h join units u on u.id = h.unit_id
      where ${where(scope.root.path, f)} and h.latitude is not null and h.longitude is not null
      order by h.created_at desc limit ${MAP_POINTS_LIMIT}`),
  );
  const points: MapPoint[] = rows.map((r) => ({
    id: r.id,
    receiptNo: r.receipt_no,
    severity: Number(r.severity),
    category: r.category,
    status: r.status,
    latitude: Number(r.latitude),
    longitude: Number(r.longitude),
  }));
  return { ok: true as const, points };
}
