import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { migrationsFolder, rowsOf, type Db } from '../../db/client.js';

export type Check = () => Promise<boolean>;

/** Postgres answers and every committed migration is applied. */
export function databaseReady(db: Db): Check {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] };
  return async () => {
    const rows = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`));
    return (rows[0]?.n ?? 0) >= journal.entries.length;
  };
}

/** Runs every check with a timeout; a check that throws or hangs is simply "not ready". */
export async function runChecks(checks: Record<string, Check>, timeoutMs = 2000): Promise<{ ok: boolean; checks: Record<string, boolean> }> {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      const timeout = new Promise<boolean>((r) => setTimeout(() => r(false), timeoutMs).unref());
      const ok = await Promise.race([check().catch(() => false), timeout]);
      return [name, ok] as const;
    }),
  );
  const result = Object.fromEntries(entries);
  return { ok: entries.every(([, ok]) => ok), checks: result };
}

/** Redis answers PING: the bot needs it for flood control and enqueueing, workers for their queues. */
export function redisReady(client: { ping(): Promise<string> }): Check {
  return async () => (await client.ping()) === 'PONG';
}
