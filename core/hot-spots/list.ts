import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.js';
import { hotSpots, people, units } from '../../db/schema/index.js';
import { ACTIVE_STATUSES, type HotSpotStatus } from './queries.js';
import { visibleIn } from '../reports/visible-unit.js';

interface AlertListItem {
  id: string;
  receiptNo: string;
  severity: number;
  category: string;
  status: HotSpotStatus;
  createdAt: Date;
  unitName: string;
  levelName: string;
  ackName: string | null;
}

export interface AlertPage {
  items: AlertListItem[];
  total: number;
  page: number;
  pages: number;
}

const levelUnit = alias(units, 'level_unit');

/** Open alerts (open, acknowledged, handling) raised in the unit's subtree: most severe, then oldest, first. */
export async function listOpenInScope(db: Executor, unitId: string, page: number, pageSize = 5, exclude?: string): Promise<AlertPage> {
  const [mine] = await db.select({ path: units.path }).from(units).where(eq(units.id, unitId));
  if (!mine) return { items: [], total: 0, page: 0, pages: 0 };
  const where = and(
    visibleIn(units.path, hotSpots.confidentialUnitId, mine.path),
    inArray(hotSpots.status, [...ACTIVE_STATUSES]),
    exclude ? ne(hotSpots.id, exclude) : undefined,
  );
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(hotSpots)
    .innerJoin(units, eq(units.id, hotSpots.unitId))
    .where(where);
  const total = Number(count?.n ?? 0);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const p = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  const items = await db
    .select({
      id: hotSpots.id,
      receiptNo: hotSpots.receiptNo,
      severity: hotSpots.severity,
      category: hotSpots.category,
      status: hotSpots.status,
      createdAt: hotSpots.createdAt,
      unitName: units.name,
      levelName: levelUnit.name,
      ackName: people.displayName,
    })
    .from(hotSpots)
    .innerJoin(units, eq(units.id, hotSpots.unitId))
    .innerJoin(levelUnit, eq(levelUnit.id, hotSpots.levelUnitId))
    .leftJoin(people, eq(people.id, hotSpots.acknowledgedBy))
    .where(where)
    .orderBy(desc(hotSpots.severity), asc(hotSpots.createdAt), asc(hotSpots.id))
    .limit(pageSize)
    .offset(p * pageSize);
  return { items, total, page: p, pages };
}

/** A reporter's own alerts still being worked on (merged ones follow their target). */
export async function reporterOpenAlerts(db: Executor, personId: string, limit = 5) {
  return db
    .select({ id: hotSpots.id, receiptNo: hotSpots.receiptNo, category: hotSpots.category, severity: hotSpots.severity })
    .from(hotSpots)
    .where(and(eq(hotSpots.reporterId, personId), inArray(hotSpots.status, [...ACTIVE_STATUSES, 'merged'])))
    .orderBy(desc(hotSpots.createdAt))
    .limit(limit);
}
