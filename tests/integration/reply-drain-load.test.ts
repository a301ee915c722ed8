import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { createReplyDrain } from '../../bot/engine/reply-drain.js';
import { pendingReplies, writeReplies, type WrittenReply } from '../../core/delivery/replies.js';
import { silentLogger } from '../../core/kernel/logger.js';
import type { Db } from '../../db/client.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { waitFor } from '../helpers/wait.js';

/**
 * The reply drain (bot/engine/reply-drain.ts) under load, on the real database: what it asks of
 * Postgres must not grow faster than the replies it sends (issue 16: the intake bench's paced
 * phases stalled for seconds after saturated ones because of it).
 */
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.close();
});

const dialect = new PgDialect();

/** The database, with the ids of every `delete from replies` statement recorded. */
function watchingDeletes(db: Db): { db: Db; deletes: number[][] } {
  const deletes: number[][] = [];
  const watched = new Proxy(db, {
    get(target, prop, receiver) {
      if (prop !== 'execute') return Reflect.get(target, prop, receiver) as unknown;
      return (q: SQL) => {
        const { sql: text, params } = dialect.sqlToQuery(q);
        if (text.trim().startsWith('delete from replies')) deletes.push(String(params[0]).slice(1, -1).split(',').map(Number));
        return target.execute(q);
      };
    },
  });
  return { db: watched, deletes };
}

const write = (db: Db, n: number, prefix: string, leaseMs: number): Promise<WrittenReply[]> =>
  Promise.all(
    Array.from({ length: n }, (_, i) =>
      writeReplies(
        db,
        { channel: 'telegram', accountId: `${prefix}${i}`, accountKey: `telegram:${prefix}${i}` },
        [{ type: 'text', text: `trả lời ${i}` }],
        leaseMs,
      ),
    ),
  );

describe('reply drain under load', () => {
  it('while a delete waits (a locked row), the rows sent meanwhile go in the next one: each row deleted once, by a few statements', async () => {
    const written = await write(t.db, 300, 'del', 30_000);
    const { db, deletes } = watchingDeletes(t.db);
    let sent = 0;
    const drain = createReplyDrain({ db, send: async () => void sent++, logger: silentLogger });
    // Another transaction holds the first row: the delete that includes it waits until it ends.
    let unlock!: () => void;
    const locked = new Promise<void>((r) => (unlock = r));
    const holder = t.db.transaction(async (tx) => {
      await tx.execute(sql`select id from replies where id = ${written[0]!.row.id} for update`);
      await locked;
    });
    try {
      for (const w of written) drain.accept(w);
      await waitFor(() => sent === 300 && drain.held() === 0, { what: 'all 300 sent' });
      await sleep(200);
    } finally {
      unlock();
      await holder;
    }
    await drain.idle();
    await drain.stop();
    const ids = deletes.flat();
    expect(ids.sort((a, b) => a - b)).toEqual(written.map((w) => w.row.id).sort((a, b) => a - b));
    expect(deletes.length).toBeLessThanOrEqual(4);
    expect(await pendingReplies(t.db)).toBe(0);
  });

  it('rows handed to the table faster than the sweep delay are still swept while they keep coming', async () => {
    let sent = 0;
    const drain = createReplyDrain({ db: t.db, send: async () => void sent++, logger: silentLogger, sweepMs: 1_000 });
    drain.start();
    await sleep(50);
    // Unleased rows (as when memory is full): each accept asks for a sweep soon, every 10 ms for 1.5 s.
    let sentWhileComing = 0;
    for (let i = 0; i < 150; i++) {
      const [w] = await write(t.db, 1, `poke${i}-`, 0);
      drain.accept(w!);
      await sleep(10);
    }
    sentWhileComing = sent;
    await waitFor(() => sent === 150, { what: 'all 150 sent' });
    await drain.idle();
    await drain.stop();
    // Before: each accept pushed the sweep 50 ms later again, and nothing went until they stopped.
    expect(sentWhileComing).toBeGreaterThan(75);
  });
});
