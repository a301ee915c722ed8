import type { ReservedSql, Sql, TransactionSql } from 'postgres';

/**
 * `sql.begin(fn)` without the round trip of its own for `BEGIN` (issue 16): postgres.js waits for
 * BEGIN's answer before running `fn`; here a connection is reserved, BEGIN is queued on it without
 * waiting, and leaves in the same socket write as the transaction's first statement (postgres.js
 * pipelines queries given to one connection). BEGIN on an idle connection cannot fail except with
 * the connection, and then the statements behind it fail too.
 *
 * What `sql.begin` guarantees is kept: any statement that failed fails the transaction even if
 * `fn` caught its error (Postgres has aborted it anyway); an error rolls back; COMMIT is sent only
 * after `fn` resolved. The connection goes back to the pool only once it answered COMMIT or
 * ROLLBACK; one that broke on the way is left to the pool, which reconnects it.
 */
export async function beginPipelined<T>(client: Sql, fn: (tx: TransactionSql) => T | Promise<T>): Promise<T> {
  const conn = await client.reserve();
  const top = scope(conn);
  let reusable = false;
  try {
    void top.track(conn.unsafe('begin'));
    const result = await fn(top.sql);
    top.rethrow();
    await conn.unsafe('commit');
    reusable = true;
    return result;
  } catch (err) {
    reusable = await conn.unsafe('rollback').then(
      () => true,
      () => false,
    );
    throw err;
  } finally {
    if (reusable) conn.release();
  }
}

interface Scope {
  sql: TransactionSql;
  /** Remembers the first failure of `q` (the transaction is aborted from then on). */
  track<Q extends Promise<unknown>>(q: Q): Q;
  rethrow(): void;
}

/** The transaction client `fn` sees: statements go to the reserved connection and are tracked. */
function scope(conn: ReservedSql): Scope {
  let failure: { err: unknown } | null = null;
  let savepoints = 0;
  const track = <Q extends Promise<unknown>>(q: Q): Q => {
    // `catch` also starts the query (postgres.js runs a query when it is first awaited).
    q.catch((err: unknown) => (failure ??= { err }));
    return q;
  };
  const unsafe: Sql['unsafe'] = (text, params, options) => track(conn.unsafe(text, params, options));
  /** A nested transaction (drizzle's `tx.transaction`): SAVEPOINT, ROLLBACK TO on error. */
  async function savepoint<R>(...args: unknown[]): Promise<R> {
    const fn = args.pop() as (tx: TransactionSql) => R | Promise<R>;
    const name = `s${savepoints++}`;
    await unsafe(`savepoint ${name}`);
    const inner = scope(conn);
    try {
      const result = await fn(inner.sql);
      inner.rethrow();
      return result;
    } catch (err) {
      await unsafe(`rollback to ${name}`);
      throw err;
    }
  }
  const sql = new Proxy(conn, {
    get(target, prop, receiver) {
      if (prop === 'unsafe') return unsafe;
      if (prop === 'savepoint') return savepoint;
      if (prop === 'release' || prop === 'begin' || prop === 'reserve') return undefined;
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  }) as unknown as TransactionSql;
  return {
    sql,
    track,
    rethrow() {
      if (failure) throw failure.err;
    },
  };
}
