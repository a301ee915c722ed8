import { createHash } from 'node:crypto';
import { asc, desc, gt, sql } from 'drizzle-orm';
import { auditLog } from '../../db/schema/index.js';
import type { Executor } from '../../db/client.js';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  outcome: 'ok' | 'refused';
  details?: Record<string, unknown>;
}

/**
 * Keys sorted at every level: jsonb stores objects in its own key order, so hashing the details
 * as they were written and as they are read back must not depend on key order.
 */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v === null || typeof v !== 'object' || v instanceof Date) return v;
  const o = v as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => [k, canonical(o[k])]),
  );
}

const AUDIT_LOCK_KEY = 727_002;
const GENESIS = '0'.repeat(64);

function entryHash(prevHash: string, e: AuditEntry, at: Date): string {
  const body = JSON.stringify([
    prevHash,
    at.toISOString(),
    e.actorId,
    e.action,
    e.targetType ?? null,
    e.targetId ?? null,
    e.outcome,
    canonical(e.details ?? {}),
  ]);
  return createHash('sha256').update(body).digest('hex');
}

/**
 * Appends one hash-chained entry. Call inside the transaction of the action it records; the
 * advisory lock serialises appends so the chain never forks.
 */
export async function appendAudit(tx: Executor, e: AuditEntry): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
  const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  const prevHash = last?.hash ?? GENESIS;
  const at = new Date();
  await tx.insert(auditLog).values({
    at,
    actorId: e.actorId,
    action: e.action,
    targetType: e.targetType,
    targetId: e.targetId,
    outcome: e.outcome,
    details: e.details ?? {},
    prevHash,
    hash: entryHash(prevHash, e, at),
  });
}

/** Walks the chain in pages (any length fits in memory); returns the id of the first broken row, or null when intact. */
export async function verifyAuditChain(db: Executor, pageSize = 5_000): Promise<{ checked: number; brokenAt: number | null }> {
  let prev = GENESIS;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db.select().from(auditLog).where(gt(auditLog.id, lastId)).orderBy(asc(auditLog.id)).limit(pageSize);
    for (const r of rows) {
      checked++;
      const e: AuditEntry = {
        actorId: r.actorId,
        action: r.action,
        targetType: r.targetType ?? undefined,
        targetId: r.targetId ?? undefined,
        outcome: r.outcome,
        details: r.details as Record<string, unknown>,
      };
      if (r.prevHash !== prev || r.hash !== entryHash(prev, e, r.at)) return { checked, brokenAt: r.id };
      prev = r.hash;
      lastId = r.id;
    }
    if (rows.length < pageSize) return { checked, brokenAt: null };
  }
}
