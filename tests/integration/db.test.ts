import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../db/client.js';
import { units } from '../../db/schema/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.close());

describe('database', () => {
  it('is migrated and isolated', async () => {
    await t.db.insert(units).values({ code: 'HP', name: 'Tỉnh HP', path: '/x/' });
    const r = rowsOf<{ n: number }>(await t.db.execute(sql`select count(*)::int as n from units`));
    expect(r[0]?.n).toBe(1);
  });
  it('migrating again is a no-op (advisory lock, idempotent)', async () => {
    await t.migrate();
    const r = rowsOf<{ n: number }>(await t.db.execute(sql`select count(*)::int as n from units`));
    expect(r[0]?.n).toBe(1);
  });
});
