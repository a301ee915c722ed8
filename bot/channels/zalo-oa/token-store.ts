import { eq, sql } from 'drizzle-orm';
import type { Db, Executor, Tx } from '../../../db/client.js';
import { zaloTokens } from '../../../db/schema/index.js';

/** The single OA a deployment serves; the table allows more later. */
const ZALO_TOKEN_ROW = 'oa';

export interface ZaloTokenPair {
  accessToken: string;
  refreshToken: string;
  /** Seconds; Zalo sends a string ("90000"), community code a number. */
  expiresIn: number | string;
}

export type StoredTokens = typeof zaloTokens.$inferSelect;

/** What an admin may see: never the tokens themselves. */
export interface ZaloTokenStatus {
  source: string;
  accessExpiresAt: Date;
  refreshedAt: Date | null;
  failedRefreshes: number;
  lastFailureAt: Date | null;
}

function expiresAt(expiresIn: number | string, nowMs: number): Date {
  const seconds = Number(expiresIn);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new RangeError('expiresIn must be a positive number of seconds');
  return new Date(nowMs + seconds * 1000);
}

export async function readTokens(ex: Executor): Promise<StoredTokens | undefined> {
  const [row] = await ex.select().from(zaloTokens).where(eq(zaloTokens.id, ZALO_TOKEN_ROW));
  return row;
}

/** Row lock: the one refresher at a time across all processes holds it until commit. */
export async function lockTokens(tx: Tx): Promise<StoredTokens | undefined> {
  const [row] = await tx.select().from(zaloTokens).where(eq(zaloTokens.id, ZALO_TOKEN_ROW)).for('update');
  return row;
}

export async function writeRefreshedPair(tx: Tx, pair: ZaloTokenPair, nowMs: number): Promise<StoredTokens> {
  const [row] = await tx
    .update(zaloTokens)
    .set({
      accessToken: pair.accessToken,
      refreshToken: pair.refreshToken,
      accessExpiresAt: expiresAt(pair.expiresIn, nowMs),
      source: 'refresh',
      refreshedAt: new Date(nowMs),
      failedRefreshes: 0,
      lastFailureAt: null,
      updatedAt: new Date(nowMs),
    })
    .where(eq(zaloTokens.id, ZALO_TOKEN_ROW))
    .returning();
  if (!row) throw new Error('zalo token row vanished under lock');
  return row;
}

export async function recordRefreshFailure(tx: Tx, nowMs: number): Promise<void> {
  await tx
    .update(zaloTokens)
    .set({ failedRefreshes: sql`${zaloTokens.failedRefreshes} + 1`, lastFailureAt: new Date(nowMs), updatedAt: new Date(nowMs) })
    .where(eq(zaloTokens.id, ZALO_TOKEN_ROW));
}

/**
 * Stores a pair an admin obtained (API Explorer or the consent flow), replacing whatever is
 * there. Called by the admin CLI (scripts/admin.ts). Running processes notice on their next
 * token error: the stored token then differs from the one Zalo rejected.
 */
export async function setZaloTokens(db: Db, pair: ZaloTokenPair, nowMs = Date.now()): Promise<ZaloTokenStatus> {
  const values = {
    accessToken: pair.accessToken,
    refreshToken: pair.refreshToken,
    accessExpiresAt: expiresAt(pair.expiresIn, nowMs),
    source: 'admin',
    refreshedAt: null,
    failedRefreshes: 0,
    lastFailureAt: null,
    updatedAt: new Date(nowMs),
  };
  const [row] = await db
    .insert(zaloTokens)
    .values({ id: ZALO_TOKEN_ROW, ...values })
    .onConflictDoUpdate({ target: zaloTokens.id, set: values })
    .returning();
  return toStatus(row!);
}

/** Config seeding: writes the pair only when the store is empty; returns whether it did. */
export async function seedZaloTokens(db: Db, pair: ZaloTokenPair, nowMs = Date.now()): Promise<boolean> {
  const inserted = await db
    .insert(zaloTokens)
    .values({
      id: ZALO_TOKEN_ROW,
      accessToken: pair.accessToken,
      refreshToken: pair.refreshToken,
      accessExpiresAt: expiresAt(pair.expiresIn, nowMs),
      source: 'config',
    })
    .onConflictDoNothing({ target: zaloTokens.id })
    .returning({ id: zaloTokens.id });
  return inserted.length > 0;
}

export async function readZaloTokenStatus(db: Executor): Promise<ZaloTokenStatus | null> {
  const row = await readTokens(db);
  return row ? toStatus(row) : null;
}

function toStatus(row: StoredTokens): ZaloTokenStatus {
  return {
    source: row.source,
    accessExpiresAt: row.accessExpiresAt,
    refreshedAt: row.refreshedAt,
    failedRefreshes: row.failedRefreshes,
    lastFailureAt: row.lastFailureAt,
  };
}
