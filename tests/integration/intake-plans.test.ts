import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase, rowsOf, type Database } from '../../db/client.js';
import { claimTurn, saveTurn } from '../../bot/engine/intake-sql.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { tapProxy } from '../helpers/tap-proxy.js';

/**
 * The intake's two statements keep a generic plan, while the pool's connections otherwise make a
 * plan for every execution (db/prepared.ts PREPARED_CONNECTION): planning the claim statement
 * cost three times its execution (issue 16). The features' statements between them are planned
 * as before.
 */
let t: TestDatabase;
let d: Database;
beforeAll(async () => {
  t = await createTestDatabase();
  if (!t.url) throw new Error('needs a real Postgres (TEST_DATABASE_URL)');
  d = await openDatabase({ url: t.url, max: 1 }); // one connection: its prepared statements are the ones counted
});
afterAll(async () => {
  await d.close();
  await t.close();
});

const one = <T>(rows: unknown) => rowsOf<T>(rows)[0]!;

describe('intake statements and plans (bot/engine/intake-sql.ts)', () => {
  it('claim and save run on generic plans once Postgres has one; between them the transaction plans each statement again', async () => {
    let between = '';
    for (let i = 0; i < 10; i++) {
      await d.db.transaction(async (tx) => {
        const now = new Date();
        const claimed = await claimTurn(tx, {
          channel: 'telegram',
          updateKey: `plan${i}`,
          accountKey: 'telegram:42',
          externalId: '42',
          locale: 'vi',
          now,
          notice: true,
        });
        expect(claimed).not.toBeNull();
        between = one<{ plan_cache_mode: string }>(await tx.execute(sql`show plan_cache_mode`)).plan_cache_mode;
        await saveTurn(tx, { accountKey: 'telegram:42', state: { flow: null, data: {} }, flow: null, personId: null, now, touch: null, reply: null });
      });
    }
    expect(between).toBe('force_custom_plan');
    const plans = rowsOf<{ kind: string; generic_plans: number; custom_plans: number }>(
      await d.db.execute(sql`select case when statement like '%insert into processed_updates%' then 'claim' else 'save' end as kind,
        generic_plans::int, custom_plans::int from pg_prepared_statements
        where statement like '%insert into processed_updates%' or statement like 'update conversations set state%'`),
    );
    expect(plans.map((p) => p.kind).sort()).toEqual(['claim', 'save']);
    for (const p of plans) expect(p.generic_plans, p.kind).toBeGreaterThan(0);
    // Outside the intake's statements the connection still plans every execution.
    expect(one<{ plan_cache_mode: string }>(await d.db.execute(sql`show plan_cache_mode`)).plan_cache_mode).toBe('force_custom_plan');
  });

  it('switches plans only when the mode changes: once for an update whose features run no SQL, three times around one that does', async () => {
    // What the client sends, through a proxy: each switch is a SET in the stream.
    let sent = '';
    const proxy = await tapProxy(t.url!, () => ({
      fromClient(chunk, send) {
        sent += chunk.toString('latin1');
        send(chunk);
      },
    }));
    const watched = await openDatabase({ url: proxy.url, max: 1 });
    const switches = async (between: boolean) => {
      sent = '';
      await watched.db.transaction(async (tx) => {
        const now = new Date();
        await claimTurn(tx, {
          channel: 'telegram',
          updateKey: `sw${between}${Date.now()}`,
          accountKey: 'telegram:43',
          externalId: '43',
          locale: 'vi',
          now,
          notice: true,
        });
        if (between) expect(one<{ m: string }>(await tx.execute(sql`select current_setting('plan_cache_mode') as m`)).m).toBe('force_custom_plan');
        await saveTurn(tx, { accountKey: 'telegram:43', state: { flow: null, data: {} }, flow: null, personId: null, now, touch: null, reply: null });
      });
      return sent.split('set local plan_cache_mode').length - 1;
    };
    try {
      expect(await switches(false)).toBe(1);
      expect(await switches(true)).toBe(3);
    } finally {
      await watched.close();
      await proxy.close();
    }
  });
});
