import { eq, like, sql } from 'drizzle-orm';
import { units } from '../../db/schema/index.js';
import type { Db, Executor } from '../../db/client.js';
import { AppError } from '../kernel/errors.js';
import { parseCsv } from '../kernel/csv.js';

class UnitImportError extends AppError {
  constructor(readonly problems: string[]) {
    super('unit_import', `CSV đơn vị có ${problems.length} lỗi:\n${problems.join('\n')}`);
  }
}

export interface UnitRow {
  code: string;
  name: string;
  kind: string;
  parentCode: string | null;
  deadlineDay: number | null;
}

const HEADER = ['code', 'name', 'kind', 'parent_code', 'deadline_day'];

/** Validates the whole file before anything is written; every problem carries its line number. */
export function parseUnitsCsv(text: string): UnitRow[] {
  const [header, ...lines] = parseCsv(text);
  const cols = (header ?? []).map((h) => h.trim().toLowerCase());
  const problems: string[] = [];
  if (HEADER.slice(0, 2).some((h) => !cols.includes(h))) problems.push(`dòng 1: cần các cột ${HEADER.join(',')}`);
  const at = (r: string[], name: string) => (cols.indexOf(name) >= 0 ? (r[cols.indexOf(name)] ?? '').trim() : '');
  const rows: UnitRow[] = [];
  const seen = new Set<string>();
  lines.forEach((r, i) => {
    const line = i + 2;
    const code = at(r, 'code');
    const name = at(r, 'name');
    const day = at(r, 'deadline_day');
    if (!/^[A-Za-z0-9_.-]{1,40}$/.test(code)) problems.push(`dòng ${line}: mã đơn vị "${code}" không hợp lệ`);
    else if (seen.has(code)) problems.push(`dòng ${line}: mã đơn vị "${code}" bị trùng`);
    if (!name) problems.push(`dòng ${line}: thiếu tên đơn vị`);
    if (day && !(/^\d+$/.test(day) && Number(day) >= 1 && Number(day) <= 31)) problems.push(`dòng ${line}: hạn nộp "${day}" phải là ngày 1–31`);
    seen.add(code);
    rows.push({ code, name, kind: at(r, 'kind') || 'khac', parentCode: at(r, 'parent_code') || null, deadlineDay: day ? Number(day) : null });
  });
  if (problems.length) throw new UnitImportError(problems);
  return rows;
}

/**
 * Imports (or updates, by code) a unit tree in one transaction: parents may be earlier rows or
 * units already in the database; cycles and unknown parents are refused and nothing is written.
 */
export async function importUnits(db: Db, rows: UnitRow[]): Promise<{ created: number; updated: number }> {
  return db.transaction(async (tx) => {
    const existing = new Map((await tx.select({ id: units.id, code: units.code, path: units.path }).from(units)).map((u) => [u.code, u]));
    const pending = new Map(rows.map((r) => [r.code, r]));
    let created = 0;
    let updated = 0;
    const resolved = new Map<string, { id: string; path: string }>();
    const visit = async (code: string, chain: string[]): Promise<{ id: string; path: string }> => {
      const done = resolved.get(code);
      if (done) return done;
      const row = pending.get(code);
      if (!row) {
        const u = existing.get(code);
        if (!u) throw new UnitImportError([`đơn vị cấp trên "${code}" không tồn tại`]);
        return u;
      }
      if (chain.includes(code)) throw new UnitImportError([`vòng lặp cấp trên: ${[...chain, code].join(' → ')}`]);
      const parent = row.parentCode ? await visit(row.parentCode, [...chain, code]) : null;
      const before = existing.get(code);
      const values = { name: row.name, kind: row.kind, parentId: parent?.id ?? null, deadlineDay: row.deadlineDay };
      let id: string;
      if (before) {
        id = before.id;
        await tx.update(units).set(values).where(eq(units.id, id));
        updated++;
      } else {
        [{ id }] = (await tx
          .insert(units)
          .values({ ...values, code, path: '/' })
          .returning({ id: units.id })) as [{ id: string }];
        created++;
      }
      const path = `${parent?.path ?? '/'}${id}/`;
      if (before && before.path !== path) await movePaths(tx, before.path, path);
      await tx.update(units).set({ path }).where(eq(units.id, id));
      const out = { id, path };
      resolved.set(code, out);
      return out;
    };
    for (const r of rows) await visit(r.code, []);
    return { created, updated };
  });
}

/** A moved unit carries its whole subtree along. */
async function movePaths(tx: Executor, from: string, to: string): Promise<void> {
  const below = await tx
    .select({ id: units.id, path: units.path })
    .from(units)
    .where(like(units.path, `${from}%`));
  for (const u of below)
    await tx
      .update(units)
      .set({ path: to + u.path.slice(from.length) })
      .where(eq(units.id, u.id));
}

export async function findUnitByCode(db: Executor, code: string) {
  const [u] = await db.select().from(units).where(eq(units.code, code));
  return u ?? null;
}

/** What a person may type for a unit in chat: its code or (part of) its name, on one line. */
export function isUnitTyped(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 120 && !/[\r\n]/.test(t);
}

/**
 * A unit as an official types it in chat: its code (any case), its name, or a part of its name
 * only one unit has («xã An Bình», «an binh»), accents optional. Null when none or several match:
 * the caller's scope check decides whether the unit may be used.
 */
export async function findUnitTyped(db: Executor, typed: string) {
  const text = typed.trim();
  const [byCode] = await db
    .select()
    .from(units)
    .where(sql`lower(${units.code}) = lower(${text})`)
    .limit(1);
  if (byCode) return byCode;
  const named = await db
    .select()
    .from(units)
    .where(sql`dlxh_norm(${units.name}) = dlxh_norm(${text})`)
    .limit(2);
  if (named.length > 0) return named.length === 1 ? named[0]! : null;
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const part = await db
    .select()
    .from(units)
    .where(sql`dlxh_norm(${units.name}) like dlxh_norm(${pattern})`)
    .limit(2);
  return part.length === 1 ? part[0]! : null;
}

/** Ids of the unit's ancestors, nearest first (from the materialised path). */
export function ancestorIds(path: string): string[] {
  return path.split('/').filter(Boolean).slice(0, -1).reverse();
}
