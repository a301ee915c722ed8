import { Socket } from 'node:net';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { openDatabase, rowsOf, type Database } from '../../db/client.js';
import { statement } from '../../db/prepared.js';
import { units } from '../../db/schema/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { tapProxy } from '../helpers/tap-proxy.js';

/**
 * A TCP proxy in front of Postgres that counts round trips: bytes from the client after the
 * server last spoke (or before it ever did) start one; more bytes before the answer belong to it.
 */
async function countingProxy(target: URL): Promise<{ url: string; roundTrips(): number; close(): Promise<void> }> {
  let trips = 0;
  const proxy = await tapProxy(target.toString(), () => {
    let waiting = false;
    return {
      fromClient(chunk, send) {
        if (!waiting) trips++;
        waiting = true;
        send(chunk);
      },
      fromServer() {
        waiting = false;
      },
    };
  });
  return { ...proxy, roundTrips: () => trips };
}

let t: TestDatabase;
let d: Database;
let proxy: Awaited<ReturnType<typeof countingProxy>>;
/** A pool of one behind the counting proxy: every transaction on the same, warmed connection. */
let counted: Database;

beforeAll(async () => {
  t = await createTestDatabase();
  if (!t.url) throw new Error('needs a real Postgres (TEST_DATABASE_URL)');
  d = await openDatabase({ url: t.url, max: 2 });
  proxy = await countingProxy(new URL(t.url));
  counted = await openDatabase({ url: proxy.url, max: 1 });
});
afterAll(async () => {
  await counted.close();
  await proxy.close();
  await d.close();
  await t.close();
});

async function unitNames(): Promise<string[]> {
  const rows = await t.db.select({ name: units.name }).from(units).orderBy(units.name);
  return rows.map((r) => r.name);
}

describe('transactions on postgres.js (db/client.ts)', () => {
  it('commits what the transaction wrote; an error thrown by the callback rolls all of it back', async () => {
    await d.db.transaction(async (tx) => {
      await tx.insert(units).values({ code: 'A', name: 'kept', path: '/a/' });
    });
    const boom = new Error('boom');
    await expect(
      d.db.transaction(async (tx) => {
        await tx.insert(units).values({ code: 'B', name: 'rolled back', path: '/b/' });
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(await unitNames()).toEqual(['kept']);
  });

  it('a statement that failed fails the transaction even when the callback caught its error', async () => {
    await expect(
      d.db.transaction(async (tx) => {
        await tx.insert(units).values({ code: 'C', name: 'lost with the failure', path: '/c/' });
        await tx.execute(sql`select 1 / ${0}::int`).catch(() => null);
        return 'swallowed';
      }),
    ).rejects.toMatchObject({ code: '22012' });
    expect(await unitNames()).toEqual(['kept']);
  });

  it('a nested transaction rolls back to its savepoint and the outer one commits', async () => {
    await d.db.transaction(async (tx) => {
      await tx.update(units).set({ name: 'kept, renamed' }).where(eq(units.code, 'A'));
      await expect(
        tx.transaction(async (inner) => {
          await inner.insert(units).values({ code: 'D', name: 'inner', path: '/d/' });
          throw new Error('inner fails');
        }),
      ).rejects.toThrow('inner fails');
    });
    expect(await unitNames()).toEqual(['kept, renamed']);
  });

  it('relational queries (tx.query) work in transactions and nested ones (db/lean-transaction.ts builds them on use)', async () => {
    const found = await d.db.transaction(async (tx) => {
      const outer = await tx.query.units.findFirst({ where: eq(units.code, 'A'), columns: { name: true } });
      const inner = await tx.transaction((nested) => nested.query.units.findMany({ columns: { code: true } }));
      return { outer, inner: inner.map((u) => u.code) };
    });
    expect(found).toEqual({ outer: { name: 'kept, renamed' }, inner: ['A'] });
    expect(await d.db.query.units.findFirst({ columns: { code: true } })).toEqual({ code: 'A' });
  });

  it('a connection killed mid-transaction fails the transaction, nothing of it stays, and the pool serves on', async () => {
    await expect(
      d.db.transaction(async (tx) => {
        await tx.insert(units).values({ code: 'K', name: 'killed', path: '/k/' });
        const [me] = rowsOf<{ pid: number }>(await tx.execute(sql`select pg_backend_pid() as pid`));
        await t.db.execute(sql`select pg_terminate_backend(${me!.pid})`);
        await tx.execute(sql`select 1`);
      }),
    ).rejects.toThrow();
    expect(await unitNames()).not.toContain('killed');
    const batch = () =>
      Promise.allSettled([1, 2, 3].map((n) => d.db.transaction(async (tx) => rowsOf<{ n: number }>(await tx.execute(sql`select ${n}::int as n`)))));
    // The killed backend's last error is not handed to the first statement after the reconnect (patches/postgres: stale answers).
    expect((await batch()).filter((r) => r.status === 'rejected')).toEqual([]);
    const again = await batch();
    expect(again.map((r) => (r.status === 'fulfilled' ? r.value[0]?.n : r.reason))).toEqual([1, 2, 3]);
  });

  it('a backend killed at any moment never leaves a statement waiting for ever (patches/postgres: close after error)', async () => {
    // postgres.js 3.4.x: a statement handed to a connection between its socket's error and close
    // events was never answered (CI hung here; a scratch loop hung within 3 kills of 600).
    const bounded = <T>(p: Promise<T>, what: string) =>
      Promise.race([p, new Promise<never>((_, fail) => setTimeout(() => fail(new Error(`${what} never ended`)), 10_000))]);
    for (let i = 0; i < 40; i++) {
      await bounded(
        d.db
          .transaction(async (tx) => {
            const [me] = rowsOf<{ pid: number }>(await tx.execute(sql`select pg_backend_pid() as pid`));
            await t.db.execute(sql`select pg_terminate_backend(${me!.pid})`);
            if (i % 4) await new Promise((r) => setTimeout(r, i % 4));
            await tx.execute(sql`select 1`);
          })
          .catch(() => null),
        `kill ${i}`,
      );
      const batch = Promise.allSettled([1, 2, 3].map((n) => d.db.execute(sql`select ${n}::int as n`)));
      await bounded(batch, `statements after kill ${i}`);
    }
    const [row] = rowsOf<{ n: number }>(await d.db.execute(sql`select 7::int as n`));
    expect(row?.n).toBe(7);
  }, 60_000);

  it('gives its connection back: many transactions, some failing, on a pool of two, all end and the pool still serves', async () => {
    const runs = Array.from({ length: 40 }, (_, i) =>
      d.db.transaction(async (tx) => {
        // Serialised on one row lock: each waits for the one before it, holding its connection.
        await tx.execute(sql`select 1 from units where code = 'A' for update`);
        if (i % 3 === 0) throw new Error(`fails ${i}`);
        await tx.insert(units).values({ code: `P${i}`, name: `p${String(i).padStart(2, '0')}`, path: `/p${i}/` });
      }),
    );
    const settled = await Promise.allSettled(runs);
    expect(settled.filter((s) => s.status === 'rejected')).toHaveLength(14);
    const names = await unitNames();
    expect(names.filter((n) => n.startsWith('p'))).toHaveLength(26);
    const [row] = rowsOf<{ n: number }>(await d.db.execute(sql`select count(*)::int as n from units`));
    expect(row?.n).toBe(27);
  });

  it('a statement built once (db/prepared.ts) fills its named values in on each run, is prepared once per connection, and runs inside transactions', async () => {
    const text = 'select $1::text || $2::text as joined, $3::int * 2 as twice -- built-once-probe';
    const probe = statement(
      sql`select ${sql.placeholder('a')}::text || ${sql.placeholder('b')}::text as joined, ${sql.placeholder('n')}::int * 2 as twice -- built-once-probe`,
    );
    const runs = await d.db.transaction(async (tx) => {
      const out = [];
      for (const [a, b, n] of [
        ['x', 'y', 1],
        ['lần', ' hai', 21],
      ] as const)
        out.push(...rowsOf<{ joined: string; twice: number }>(await probe(tx, { a, b, n })));
      // On this transaction's connection the text was prepared once for both runs.
      const prepared = rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from pg_prepared_statements where statement = ${text}`));
      return { out, prepared: prepared[0]?.n };
    });
    expect(runs.out).toEqual([
      { joined: 'xy', twice: 2 },
      { joined: 'lần hai', twice: 42 },
    ]);
    expect(runs.prepared).toBe(1);
    expect(rowsOf<{ joined: string }>(await probe(d.db, { a: 'ngoài', b: ' giao dịch', n: 0 }))[0]?.joined).toBe('ngoài giao dịch');
    await expect(probe(d.db, { a: 'thiếu' })).rejects.toThrow(/No value for placeholder "b"/);
  });
});

describe('COMMIT with the last statement (db/prepared.ts `commit`, patches/postgres: pipelined commit)', () => {
  const insertUnit = statement(
    sql`insert into units (code, name, path) values (${sql.placeholder('code')}, ${sql.placeholder('name')}, ${sql.placeholder('path')}) returning code`,
  );
  const failing = statement(sql`select 1 / ${sql.placeholder('zero')}::int as n`);
  const LAST = { commit: true };

  async function trips<T>(run: () => Promise<T>): Promise<{ value: T; trips: number }> {
    const before = proxy.roundTrips();
    const value = await run();
    return { value, trips: proxy.roundTrips() - before };
  }

  it('leaves in the same write as the statement: one round trip less, and the transaction resolves with what was committed', async () => {
    const tx = (code: string, last: boolean) =>
      counted.db.transaction(async (t) =>
        rowsOf<{ code: string }>(await insertUnit(t, { code, name: `commit ${code}`, path: `/${code}/` }, last ? LAST : undefined)),
      );
    // Warm the connection (startup, types, the statement prepared on it).
    await tx('W1', false);
    await tx('W2', true);
    const plain = await trips(() => tx('N1', false));
    const pipelined = await trips(() => tx('N2', true));
    expect(pipelined.value).toEqual([{ code: 'N2' }]);
    expect(pipelined.trips).toBe(plain.trips - 1);
    const names = await unitNames();
    expect(names).toEqual(expect.arrayContaining(['commit N1', 'commit N2']));
  });

  it('the last statement fails: nothing of the transaction is committed and its error reaches the caller', async () => {
    await expect(
      counted.db.transaction(async (tx) => {
        await insertUnit(tx, { code: 'F1', name: 'before the failure', path: '/f1/' });
        await failing(tx, { zero: 0 }, LAST);
      }),
    ).rejects.toMatchObject({ code: '22012' });
    // Caught by the callback: still not committed, the error is the transaction's.
    await expect(
      counted.db.transaction(async (tx) => {
        await insertUnit(tx, { code: 'F2', name: 'before the caught failure', path: '/f2/' });
        return failing(tx, { zero: 0 }, LAST).catch(() => 'swallowed');
      }),
    ).rejects.toMatchObject({ code: '22012' });
    const names = await unitNames();
    expect(names).not.toContain('before the failure');
    expect(names).not.toContain('before the caught failure');
    // The connection went back to the pool clean: the next transaction commits.
    await counted.db.transaction((tx) => insertUnit(tx, { code: 'F3', name: 'after the failures', path: '/f3/' }, LAST));
    expect(await unitNames()).toContain('after the failures');
  });

  it('the connection dies before COMMIT is answered: the transaction is not reported committed, nothing of it stays, the pool serves on', async () => {
    const dying = statement(sql`select pg_terminate_backend(pg_backend_pid()), ${sql.placeholder('tag')}::text as tag`);
    await expect(
      counted.db.transaction(async (tx) => {
        await insertUnit(tx, { code: 'X1', name: 'killed before commit', path: '/x1/' });
        await dying(tx, { tag: 'x' }, LAST);
        return 'reported committed';
      }),
    ).rejects.toThrow();
    expect(await unitNames()).not.toContain('killed before commit');
    // The statements after the reconnect get their own answers, not the killed backend's error or rows (patches/postgres: stale answers).
    for (const n of [1, 2]) expect(rowsOf(await counted.db.execute(sql`select ${n}::int as n`))).toEqual([{ n }]);
    await counted.db.transaction((tx) => insertUnit(tx, { code: 'X2', name: 'after the kill', path: '/x2/' }, LAST));
    expect(await unitNames()).toContain('after the kill');
  });

  it('a statement started after the last one is refused, and the transaction still commits what came before', async () => {
    const late = await counted.db.transaction(async (tx) => {
      const last = insertUnit(tx, { code: 'L1', name: 'last', path: '/l1/' }, LAST);
      await last;
      return tx.execute(sql`select 1`).then(
        () => 'ran',
        (err: Error) => ((err.cause ?? err) as { code?: string }).code,
      );
    });
    expect(late).toBe('TRANSACTION_ENDED');
    expect(await unitNames()).toContain('last');
    // Nor does a nested transaction (a savepoint) reach the connection after that COMMIT.
    const nested = await counted.db.transaction(async (tx) => {
      await insertUnit(tx, { code: 'L2', name: 'last again', path: '/l2/' }, LAST);
      return tx
        .transaction((inner) => inner.execute(sql`select 1`))
        .then(
          () => 'ran',
          (err: Error) => ((err.cause ?? err) as { code?: string }).code,
        );
    });
    expect(nested).toBe('TRANSACTION_ENDED');
    expect(await unitNames()).toContain('last again');
  });

  it('statements started with the last one in the same tick still run inside the transaction, in order', async () => {
    const order = statement(sql`select ${sql.placeholder('n')}::int as n, txid_current_if_assigned() is not null as in_tx`);
    const rows = await counted.db.transaction(async (tx) => {
      await insertUnit(tx, { code: 'O1', name: 'ordered', path: '/o1/' });
      const all = await Promise.all([order(tx, { n: 1 }), insertUnit(tx, { code: 'O2', name: 'ordered 2', path: '/o2/' }, LAST), order(tx, { n: 3 })]);
      return all.map((r) => rowsOf<{ n?: number; in_tx?: boolean; code?: string }>(r)[0]);
    });
    expect(rows).toEqual([{ n: 1, in_tx: true }, { code: 'O2' }, { n: 3, in_tx: true }]);
    expect(await unitNames()).toEqual(expect.arrayContaining(['ordered', 'ordered 2']));
  });
});

describe('BEGIN with the first statement (patches/postgres: pipelined begin)', () => {
  const insertUnit = statement(
    sql`insert into units (code, name, path) values (${sql.placeholder('code')}, ${sql.placeholder('name')}, ${sql.placeholder('path')}) returning code`,
  );

  it('a one-statement transaction is one round trip with COMMIT pipelined, two without', async () => {
    const tx = (code: string, last?: { commit: boolean }) =>
      counted.db.transaction(async (t) => rowsOf<{ code: string }>(await insertUnit(t, { code, name: `begin ${code}`, path: `/${code}/` }, last)));
    await tx('BW');
    let before = proxy.roundTrips();
    expect(await tx('B1')).toEqual([{ code: 'B1' }]);
    expect(proxy.roundTrips() - before).toBe(2);
    before = proxy.roundTrips();
    expect(await tx('B2', { commit: true })).toEqual([{ code: 'B2' }]);
    expect(proxy.roundTrips() - before).toBe(1);
    expect(await unitNames()).toEqual(expect.arrayContaining(['begin B1', 'begin B2']));
  });

  it('queued behind a statement on a busy connection, the transaction still runs whole and alone', async () => {
    // A pool of one: BEGIN is written behind the slow statement, the transaction's statements behind BEGIN.
    const slow = counted.db.execute(sql`select pg_sleep(0.2), 1 as slow`).then((r) => rowsOf<{ slow: number }>(r)[0]?.slow);
    const inTx = statement(sql`select txid_current_if_assigned() is not null as in_tx, ${sql.placeholder('n')}::int as n`);
    const txs = [1, 2, 3].map((n) =>
      counted.db.transaction(async (tx) => {
        await insertUnit(tx, { code: `Q${n}`, name: `queued ${n}`, path: `/q${n}/` });
        return rowsOf<{ in_tx: boolean; n: number }>(await inTx(tx, { n }, n === 2 ? { commit: true } : undefined))[0];
      }),
    );
    const failing = counted.db.transaction(async (tx) => {
      await insertUnit(tx, { code: 'Q4', name: 'queued, rolled back', path: '/q4/' });
      throw new Error('rolled back');
    });
    failing.catch(() => null); // awaited below, after the others
    expect(await slow).toBe(1);
    expect(await Promise.all(txs)).toEqual([1, 2, 3].map((n) => ({ in_tx: true, n })));
    await expect(failing).rejects.toThrow('rolled back');
    const names = await unitNames();
    expect(names).toEqual(expect.arrayContaining(['queued 1', 'queued 2', 'queued 3']));
    expect(names).not.toContain('queued, rolled back');
  });

  it('a BEGIN with options is still waited for: refused, none of the statements run', async () => {
    const client = postgres(t.url!, { max: 1, onnotice: () => {} });
    try {
      let ran = false;
      await expect(
        client.begin('isolation level bogus', async (tx) => {
          ran = true;
          await tx`insert into units (code, name, path) values ('BO', 'after a refused begin', '/bo/')`;
        }),
      ).rejects.toMatchObject({ code: '42601' });
      expect(ran).toBe(false);
      expect(await client.begin('isolation level serializable', (tx) => tx`select current_setting('transaction_isolation') as iso`)).toEqual([
        { iso: 'serializable' },
      ]);
    } finally {
      await client.end();
    }
    expect(await unitNames()).not.toContain('after a refused begin');
  });
});

describe('socket writes (patches/postgres: one write up to 16 KB)', () => {
  it('a transaction of a few KB — BEGIN, a large statement, COMMIT — leaves in one socket write', async () => {
    const echo = statement(sql`select length(${sql.placeholder('text')}::text) as n`);
    const port = Number(new URL(proxy.url).port);
    const tx = () => counted.db.transaction(async (t) => rowsOf<{ n: number }>(await echo(t, { text: 'ă'.repeat(2000) }, { commit: true }))[0]?.n);
    await tx(); // prepared on the connection
    const write = Socket.prototype.write;
    let writes = 0;
    Socket.prototype.write = function (this: Socket, ...args: unknown[]) {
      if (this.remotePort === port) writes++;
      return (write as (...a: unknown[]) => boolean).apply(this, args);
    } as typeof write;
    try {
      expect(await tx()).toBe(2000);
    } finally {
      Socket.prototype.write = write;
    }
    expect(writes).toBe(1);
  });
});

describe('answers after a failure (patches/postgres: stale answers)', () => {
  const show = (p: Promise<unknown>) =>
    p.then(
      (r) => ({ ok: [...(r as unknown[])] }),
      (e: { code?: string; name?: string }) => ({ err: e.code ?? e.name }),
    );

  it('a statement that fails after some of its rows leaves none of them to the next one (porsager/postgres#1119)', async () => {
    const client = postgres(t.url!, { max: 1, onnotice: () => {} });
    try {
      // Rows 1 and 2 come back, then division by zero: the next statement's rows started at index 2.
      const failing = client`select 1 / (3 - g) as x from generate_series(1, 5) g`;
      const next = client`select g from generate_series(1, 3) g`;
      expect(await show(failing)).toEqual({ err: '22012' });
      expect(await show(next)).toEqual({ ok: [{ g: 1 }, { g: 2 }, { g: 3 }] });
      await show(client`select 1 / (3 - g) as x from generate_series(1, 5) g`);
      expect(await show(client`select 7 as n`)).toEqual({ ok: [{ n: 7 }] });
    } finally {
      await client.end({ timeout: 5 });
    }
  });

  it('a statement whose value cannot be sent, behind another one, fails alone: every other statement gets its own answer', async () => {
    const client = postgres(t.url!, { max: 1, onnotice: () => {} });
    const bounded = <T>(p: Promise<T>) => Promise.race([p, new Promise<string>((r) => setTimeout(() => r('still waiting'), 5_000))]);
    try {
      await client`select ${new Date()}::timestamptz as d`; // prepared: its values are serialized as it is handed over
      const bads = [
        [() => client`select ${new Date('not a date')}::timestamptz as d`, 'RangeError'],
        [() => client.unsafe('select 1', Array<number>(70_000).fill(1)), 'MAX_PARAMETERS_EXCEEDED'],
      ] as const;
      for (const [bad, err] of bads) {
        // Was: the statement in flight failed with the bad one's error, the bad one resolved with the
        // next one's answer, each later one with the answer of the one after it, the last waited for ever.
        const all = [client`select pg_sleep(0.1), 1 as n`, bad(), client`select 3 as n`, client`select 4 as n`].map((q) => bounded(show(q.execute())));
        expect(await Promise.all(all)).toEqual([{ ok: [{ pg_sleep: '', n: 1 }] }, { err }, { ok: [{ n: 3 }] }, { ok: [{ n: 4 }] }]);
        expect(await bounded(show(client`select 5 as n`))).toEqual({ ok: [{ n: 5 }] });
      }
    } finally {
      await client.end({ timeout: 5 });
    }
  });

  it('a backend killed in the middle of a result: the statements after the reconnect get their own answers', async () => {
    const client = postgres(t.url!, { max: 1, onnotice: () => {} });
    try {
      await client`select 1`;
      // Was: the first statement after the reconnect failed with the dead backend's 57P01 (it never ran
      // there), the second came back with the dead backend's row count as holes before its row.
      expect(await show(client`select g, case when g = 3 then pg_terminate_backend(pg_backend_pid()) end as k from generate_series(1, 5) g`)).toEqual({
        err: 'CONNECTION_CLOSED',
      });
      for (const n of [1, 2, 3]) expect(await show(client`select ${n}::int as n`)).toEqual({ ok: [{ n }] });
    } finally {
      await client.end({ timeout: 5 });
    }
  });

  it('a backend killed while postgres.js fetches array types after connecting: no unhandled rejection, the first statement runs, arrays work', async () => {
    const app = `pgrisk-types-${Date.now()}`;
    let armed = true;
    // In front of Postgres: holds the array types query of the first connection until its backend is killed.
    const proxy = await tapProxy(t.url!, () => ({
      fromClient(chunk, send, client) {
        if (!(armed && chunk.includes('pg_catalog.pg_type'))) return send(chunk);
        armed = false;
        client.pause();
        void t.db
          .execute(sql`select pg_terminate_backend(pid) from pg_stat_activity where application_name = ${app}`)
          .then(() => new Promise((r) => setTimeout(r, 200)))
          .then(() => {
            send(chunk);
            client.resume();
          });
      },
    }));
    const client = postgres(proxy.url, { max: 1, onnotice: () => {}, connection: { application_name: app } });
    try {
      // Was: this statement failed with the killed backend's 57P01, the types query's rejection went
      // unhandled (the process ended), and the connection never fetched the array types.
      expect(await show(client`select 1 as n`)).toEqual({ ok: [{ n: 1 }] });
      expect(armed).toBe(false);
      expect(await show(client`select ${[1, 2]}::int[] as a`)).toEqual({ ok: [{ a: [1, 2] }] });
    } finally {
      await client.end({ timeout: 5 });
      await proxy.close();
    }
  });
});
