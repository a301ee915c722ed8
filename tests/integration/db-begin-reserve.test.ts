import { randomBytes } from 'node:crypto';
import type { Socket } from 'node:net';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../db/client.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { stallingProxy } from '../helpers/stalling-proxy.js';

/**
 * `sql.begin` learns its connection from BEGIN's `onexecute`, which postgres.js 3.4.9 ran only when
 * the connection could take more (porsager/postgres#1189): when BEGIN filled the pipeline
 * (`max_pipeline`) or its write met backpressure, BEGIN reached Postgres with no connection
 * reserved for it — the transaction failed (a TypeError, or UNSAFE_TRANSACTION on a pool of
 * several) and its connection went back to the pool inside the open transaction, where other
 * statements then ran uncommitted. patches/postgres: BEGIN reserves its connection whatever the
 * write answered.
 */

const bounded = <T>(p: Promise<T>, what: string, ms = 15_000) =>
  Promise.race([p, new Promise<never>((_, fail) => setTimeout(() => fail(new Error(`${what} never ended`)), ms))]);
const nextTurn = () => new Promise((r) => setTimeout(r, 0));

let t: TestDatabase;
let proxy: Awaited<ReturnType<typeof stallingProxy>>;

beforeAll(async () => {
  t = await createTestDatabase();
  if (!t.url) throw new Error('needs a real Postgres (TEST_DATABASE_URL)');
  const url = new URL(t.url);
  proxy = await stallingProxy({ host: url.hostname, port: Number(url.port || 5432) });
  await t.db.execute(sql`create table begin_probe (tag text not null)`);
});
afterAll(async () => {
  await proxy.close();
  await t.close();
});

type Client = ReturnType<typeof postgres>;
const tags = async () => rowsOf<{ tag: string }>(await t.db.execute(sql`select tag from begin_probe order by tag`)).map((r) => r.tag);

/** Backends of this client's pool still inside a transaction (as seen from another session). */
async function openTransactions(app: string): Promise<number> {
  const rows = rowsOf<{ n: number }>(
    await t.db.execute(sql`select count(*)::int as n from pg_stat_activity where application_name = ${app} and xact_start is not null`),
  );
  return rows[0]?.n ?? -1;
}

/**
 * Runs a transaction started right after `fill` (same tick) and pool statements started right
 * after it, then checks the transaction was whole and alone: its statements on one backend in
 * one transaction, committed or really rolled back; the pool's statements outside it, committed
 * and visible to another session; no backend of the pool left in a transaction.
 */
async function transactionBehind(client: Client, app: string, tag: string, rollback: boolean, fill: () => void, unblock?: () => void) {
  fill();
  const txn = client.begin(async (tx) => {
    const [a] = await tx<{ id: string; pid: number }[]>`select txid_current()::text as id, pg_backend_pid() as pid`;
    await tx`insert into begin_probe (tag) values (${`${tag} tx`})`;
    const [b] = await tx<{ id: string; pid: number }[]>`select txid_current()::text as id, pg_backend_pid() as pid`;
    if (rollback) throw new Error('rolled back');
    return [a, b];
  });
  const outside = Array.from({ length: 4 }, () => client<{ id: string | null }[]>`select txid_current_if_assigned()::text as id`);
  const pooled = client`insert into begin_probe (tag) values (${`${tag} pool`})`;
  unblock?.();
  const done = await bounded(
    txn.then(
      (v) => ({ ok: v }),
      (e: Error) => ({ err: e.message }),
    ),
    'the transaction',
  );
  const outsideIds = (await bounded(Promise.all(outside), 'the pool statements')).map((r) => r[0]?.id);
  await bounded(pooled, 'the pool insert');
  if (rollback) expect(done).toEqual({ err: 'rolled back' });
  else {
    const [a, b] = (done as { ok: { id: string; pid: number }[] }).ok ?? [];
    expect(done).toHaveProperty('ok');
    expect(a?.id).toBe(b?.id);
    expect(a?.pid).toBe(b?.pid);
    expect(outsideIds).not.toContain(a?.id);
  }
  const seen = await tags();
  expect(seen).toContain(`${tag} pool`);
  if (rollback) expect(seen).not.toContain(`${tag} tx`);
  else expect(seen).toContain(`${tag} tx`);
  expect(await openTransactions(app)).toBe(0);
}

describe('BEGIN on a connection that can take no more (patches/postgres: begin reserves its connection)', () => {
  it.each([
    [1, false],
    [3, false],
    [3, true],
  ])('BEGIN that fills the pipeline (max_pipeline 100), pool of %i, rollback %s: the transaction runs whole and alone', async (max, rollback) => {
    const app = `pgrisk-${randomBytes(3).toString('hex')}`;
    const client = postgres(t.url!, { max, onnotice: () => {}, connection: { application_name: app } });
    try {
      // Every connection open and idle, then 100 statements on each: BEGIN is the 101st on one.
      await Promise.all(Array.from({ length: max }, () => client`select pg_sleep(0.05)`));
      const fillers: Promise<unknown>[] = [];
      await transactionBehind(client, app, `pipe ${max} ${rollback}`, rollback, () => {
        for (let i = 0; i < 100 * max; i++) fillers.push(client`select 1 as filler`.execute());
      });
      expect(await Promise.all(fillers)).toHaveLength(100 * max);
    } finally {
      await client.end({ timeout: 5 });
    }
  });

  // The fill below pipelines a few hundred statements per connection; only the write matters here.
  const PIPELINE_UNBOUNDED = { max_pipeline: 100_000 };

  it.each([1, 3])(
    'BEGIN whose write meets backpressure (Postgres not reading), pool of %i: the transaction runs whole and alone, every statement gets its own answer',
    async (max) => {
      const app = `pgrisk-${randomBytes(3).toString('hex')}`;
      const sockets: Socket[] = [];
      let refusedBegins = 0;
      // Options postgres.js takes but its types leave out: its sockets are ours, to watch them fill
      // and to see BEGIN's write answered false.
      const untyped = {
        ...PIPELINE_UNBOUNDED,
        socket: () => {
          const s = proxy.socket();
          const write = s.write.bind(s) as (chunk: Buffer, ...rest: unknown[]) => boolean;
          s.write = ((chunk: Buffer, ...rest: unknown[]) => {
            const ok = write(chunk, ...rest);
            if (!ok && chunk.includes('begin \0')) refusedBegins++;
            return ok;
          }) as typeof s.write;
          sockets.push(s);
          return s;
        },
      };
      const client = postgres(t.url!, { max, onnotice: () => {}, connection: { application_name: app }, ...untyped });
      const answers: Promise<string>[] = [];
      // One statement per connection per turn, just under postgres.js's 16 KB write threshold:
      // each leaves in the write postgres.js makes at the end of the turn, whose answer it ignores.
      const filler = (n: number, size: number) => {
        const head = `select '${n}' as n, '`;
        const pad = 'x'.repeat(size - Buffer.byteLength(head) - 1 - 6); // 'Q', length, text, NUL
        answers.push(
          client
            .unsafe<{ n: string }[]>(`${head}${pad}'`)
            .execute()
            .then((r) => r[0]!.n),
        );
      };
      try {
        await Promise.all(Array.from({ length: max }, () => client`select pg_sleep(0.05)`));
        expect(sockets).toHaveLength(max);
        proxy.stall();
        let n = 0;
        // Until the kernel's buffers are full on every connection and postgres.js's own buffer grows.
        while (sockets.some((s) => s.writableLength === 0) && n < 4000 * max) {
          for (let i = 0; i < max; i++) filler(n++, 15_000);
          await nextTurn();
        }
        expect(sockets.every((s) => s.writableLength > 0)).toBe(true);
        await transactionBehind(
          client,
          app,
          `pressure ${max}`,
          false,
          // BEGIN (12 bytes) takes this turn's write past 16 KB: written at once, and the socket answers false.
          () => {
            for (let i = 0; i < max; i++) filler(n++, 16_380);
          },
          () => setTimeout(() => proxy.resume(), 50),
        );
        expect(refusedBegins).toBe(1);
        const got = await bounded(Promise.all(answers), 'the fill');
        expect(got).toEqual(got.map((_, i) => String(i)));
      } finally {
        proxy.resume();
        await client.end({ timeout: 5 });
      }
    },
    60_000,
  );
});
