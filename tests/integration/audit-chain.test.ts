import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { appendAudit, verifyAuditChain } from '../../core/compliance/audit.js';
import { loadConfig } from '../../core/platform/config.js';
import { auditLog } from '../../db/schema/index.js';
import { auditCommand } from '../../scripts/admin/audit-command.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

let db: TestDatabase;
let lines: string[];
const run = (...args: string[]) => auditCommand.run(args, { db: db.db, config: loadConfig({}), out: (l) => lines.push(l) });

beforeAll(async () => {
  db = await createTestDatabase();
  for (let i = 0; i < 7; i++) {
    // Several keys, nested, in an order jsonb does not keep: the hash must not depend on it.
    const details = { inviteId: `inv-${i}`, channel: 'telegram', consentVersion: '2026-01', i, nested: { zeta: [1, { b: 2, a: 1 }], alpha: null } };
    await db.db.transaction((tx) =>
      appendAudit(tx, { actorId: null, action: 'test.entry', targetType: 'n', targetId: String(i), outcome: i % 3 ? 'ok' : 'refused', details }),
    );
  }
  lines = [];
});
afterAll(async () => db.close());

/** drizzle wraps the driver's error ("Failed query: …"); the database's reason is its cause. */
async function refusal(p: PromiseLike<unknown>): Promise<string> {
  try {
    await p;
    return 'accepted';
  } catch (err) {
    const e = err as Error & { cause?: Error };
    return e.cause?.message ?? e.message;
  }
}

describe('audit log', () => {
  it('verifies in pages and prints the head to anchor against', async () => {
    expect(await verifyAuditChain(db.db, 3)).toEqual({ checked: 7, brokenAt: null });
    await run('verify');
    expect(lines[0]).toContain('nguyên vẹn: 7 bản ghi');
    const anchor = /(\d+:[0-9a-f]{64})/.exec(lines[1] ?? '')?.[1];
    expect(anchor).toBeDefined();
    await run('verify', '--anchor', anchor!);
  });

  it('is append-only in the database itself: UPDATE, DELETE and TRUNCATE are refused', async () => {
    expect(await refusal(db.db.update(auditLog).set({ action: 'forged' }).where(eq(auditLog.id, 2)))).toMatch(/append-only: UPDATE/);
    expect(await refusal(db.db.delete(auditLog).where(eq(auditLog.id, 2)))).toMatch(/append-only: DELETE/);
    expect(await refusal(db.db.execute(sql`truncate audit_log`))).toMatch(/append-only: TRUNCATE/);
    expect((await verifyAuditChain(db.db)).brokenAt).toBeNull();
  });

  it('detects a rewritten entry, a removed one, and a truncated tail (against an anchor)', async () => {
    lines = [];
    await run('verify');
    const anchor = /(\d+:[0-9a-f]{64})/.exec(lines[1] ?? '')![1]!;
    // What only a superuser could do: switch the guard off and tamper.
    await db.db.execute(sql`alter table audit_log disable trigger audit_log_no_rewrite`);
    try {
      await db.db.delete(auditLog).where(eq(auditLog.id, Number(anchor.split(':')[0])));
      await expect(run('verify', '--anchor', anchor)).rejects.toThrow(/mốc #\d+ không còn khớp/);
      const [third] = await db.db.select().from(auditLog).where(eq(auditLog.id, 3));
      await db.db
        .update(auditLog)
        .set({ details: { ...(third!.details as object), i: 99 } })
        .where(eq(auditLog.id, 3));
      await expect(run('verify')).rejects.toThrow('bị phá vỡ tại bản ghi #3');
      await db.db.update(auditLog).set({ details: third!.details }).where(eq(auditLog.id, 3));
      await db.db.delete(auditLog).where(eq(auditLog.id, 4));
      expect(await verifyAuditChain(db.db)).toMatchObject({ brokenAt: 5 });
    } finally {
      await db.db.execute(sql`alter table audit_log enable trigger audit_log_no_rewrite`);
    }
  });

  it('refuses an unknown sub-command or a malformed anchor', async () => {
    await expect(run('tail')).rejects.toThrow('verify');
    await expect(run('verify', '--anchor', 'x')).rejects.toThrow('--anchor');
  });
});
