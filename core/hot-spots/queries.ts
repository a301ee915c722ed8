import { and, eq, inArray, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client.js';
import { hotSpotEvents, hotSpots, people, units } from '../../db/schema/index.js';
import { localeOf, type Locale } from '../kernel/i18n.js';
import { isUuid } from '../kernel/uuid.js';

export type HotSpotRow = typeof hotSpots.$inferSelect;
export type HotSpotStatus = HotSpotRow['status'];
/** Statuses an official still works on; anything else is closed. */
export const ACTIVE_STATUSES: readonly HotSpotStatus[] = ['open', 'acknowledged', 'handling'];

export function isActive(status: HotSpotStatus): boolean {
  return ACTIVE_STATUSES.includes(status);
}

/** Locks the alert row for the rest of the transaction: every state change goes through here. */
export async function lockHotSpot(tx: Executor, id: string): Promise<HotSpotRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await tx.select().from(hotSpots).where(eq(hotSpots.id, id)).for('update');
  return row ?? null;
}

export async function findHotSpot(db: Executor, id: string): Promise<HotSpotRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(hotSpots).where(eq(hotSpots.id, id));
  return row ?? null;
}

export async function findHotSpotByReceipt(db: Executor, receiptNo: string): Promise<HotSpotRow | null> {
  const [row] = await db.select().from(hotSpots).where(eq(hotSpots.receiptNo, receiptNo.trim().toUpperCase()));
  return row ?? null;
}

export interface UnitInfo {
  id: string;
  name: string;
  parentId: string | null;
  path: string;
}

export async function unitInfo(db: Executor, unitId: string): Promise<UnitInfo> {
  const [u] = await db.select({ id: units.id, name: units.name, parentId: units.parentId, path: units.path }).from(units).where(eq(units.id, unitId));
  if (!u) throw new Error(`unit ${unitId} missing`);
  return u;
}

export interface Recipient {
  id: string;
  displayName: string;
  locale: Locale;
}

/** Active officials (and admins) attached to exactly this unit. */
export async function officialsOf(db: Executor, unitId: string): Promise<Recipient[]> {
  const rows = await db
    .select({ id: people.id, displayName: people.displayName, locale: people.locale })
    .from(people)
    .where(and(eq(people.unitId, unitId), inArray(people.role, ['official', 'admin']), eq(people.status, 'active')))
    .orderBy(people.createdAt, people.id);
  return rows.map((r) => ({ ...r, locale: asLocale(r.locale) }));
}

export async function recipientsByIds(db: Executor, ids: string[]): Promise<Recipient[]> {
  if (ids.length === 0) return [];
  const rows = await db.select({ id: people.id, displayName: people.displayName, locale: people.locale }).from(people).where(inArray(people.id, ids));
  return rows.map((r) => ({ ...r, locale: asLocale(r.locale) }));
}

export interface ReporterOf {
  personId: string;
  locale: Locale;
  /** The reporter's own alert (their receipt), which may have been merged into this one. */
  hotSpotId: string;
  receiptNo: string;
}

/** The alert's reporter and the reporters of every alert merged into it (at any depth). */
export async function reportersOf(db: Executor, hotSpotId: string): Promise<ReporterOf[]> {
  const rows = rowsOf<{ person_id: string; locale: string; hot_spot_id: string; receipt_no: string }>(
    await db.execute(sql`
      with recursive tree(id) as (
        select id from hot_spots where id = ${hotSpotId}
        union
        select h.id from hot_spots h join tree on h.merged_into_id = tree.id
      )
      select p.id as person_id, p.locale, h.id as hot_spot_id, h.receipt_no
      from tree join hot_spots h on h.id = tree.id join people p on p.id = h.reporter_id
      where p.status = 'active'`),
  );
  return rows.map((r) => ({ personId: r.person_id, locale: asLocale(r.locale), hotSpotId: r.hot_spot_id, receiptNo: r.receipt_no }));
}

export interface EventInput {
  actorId?: string | null;
  unitId?: string | null;
  note?: string | null;
  data?: Record<string, unknown>;
}

export async function recordEvent(tx: Executor, hotSpotId: string, kind: string, e: EventInput = {}, at = new Date()): Promise<number> {
  const [row] = await tx
    .insert(hotSpotEvents)
    .values({ hotSpotId, kind, actorId: e.actorId ?? null, unitId: e.unitId ?? null, note: e.note ?? null, data: e.data ?? {}, createdAt: at })
    .returning({ id: hotSpotEvents.id });
  return row!.id;
}

/** Several events of one alert in one insert. */
export async function recordEvents(tx: Executor, hotSpotId: string, kind: string, events: EventInput[], at = new Date()): Promise<void> {
  if (events.length === 0) return;
  await tx
    .insert(hotSpotEvents)
    .values(
      events.map((e) => ({ hotSpotId, kind, actorId: e.actorId ?? null, unitId: e.unitId ?? null, note: e.note ?? null, data: e.data ?? {}, createdAt: at })),
    );
}

export async function countEvents(db: Executor, hotSpotId: string, kinds: string[]): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(hotSpotEvents)
    .where(and(eq(hotSpotEvents.hotSpotId, hotSpotId), inArray(hotSpotEvents.kind, kinds)));
  return Number(row?.n ?? 0);
}

function asLocale(s: string | null | undefined): Locale {
  return localeOf(s);
}
