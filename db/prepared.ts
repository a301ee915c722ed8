import { fillPlaceholders, type SQL } from 'drizzle-orm';
import { PgDialect, type PgSession } from 'drizzle-orm/pg-core';
import type { ParameterOrJSON, Sql, TransactionSql } from 'postgres';

/**
 * Statements with up to this many parameters run as named prepared statements. drizzle asks
 * postgres.js for unnamed ones, which costs two round trips per parameterised statement (parse
 * and describe, then bind and execute) and a parse and plan on the server every time; a prepared
 * one costs one round trip after its first use on a connection. Each distinct SQL text is kept
 * prepared on each connection until the connection is recycled (postgres.js `max_lifetime`), so
 * statements whose text varies with a list's length (`in ($1, …, $n)`, multi-row inserts) are
 * prepared only while short: the cap bounds how many variants one call site can leave behind.
 */
const PREPARE_MAX_PARAMS = 32;

/**
 * Connection settings that go with prepared statements: a plan made for each execution with its
 * own parameters. After five executions Postgres may switch a prepared statement to one generic
 * plan, which for `path like $1`, trigram `%`/`<->` or full-text queries is blind to the value and
 * was measured 10× slower (console search, bench/console.ts: p95 0.9 s → 7 s). Planning again
 * costs little next to the round trip and the parse that preparing still saves.
 */
export const PREPARED_CONNECTION = { plan_cache_mode: 'force_custom_plan' } as const;

type Unsafe = Sql['unsafe'];

function shouldPrepare(params: unknown): boolean {
  return Array.isArray(params) && params.length > 0 && params.length <= PREPARE_MAX_PARAMS;
}

/** A transaction's plan mode as last set in it: `generic` after `SET LOCAL plan_cache_mode = auto`. */
interface Plans {
  generic: boolean;
}
const GENERIC_PLANS = 'set local plan_cache_mode = auto';
const CUSTOM_PLANS = 'set local plan_cache_mode = force_custom_plan';
const UNNAMED = { prepare: false };

/**
 * Plans for a transaction's statements. The pool's connections plan every execution anew
 * (PREPARED_CONNECTION); a statement built with `statement(…, { generic: true })` is a lookup by
 * key whose best plan never depends on its values, and planning it can cost more than running it
 * (the intake's claim: 0.41 ms planning, 0.14 ms execution). Before such a statement the
 * transaction switches to `auto` (Postgres keeps a generic plan after five executions), before
 * any other statement back to a plan per execution — each switch only when the mode changes, in
 * the same socket write as the statement (no round trip). An update whose features run no SQL
 * between the claim and the save switches once instead of three times (issue 16). A plan mode
 * never changes what a statement returns, only its planning, so a switch undone by a rollback to
 * a savepoint costs at most a plan. The SET's own failure (the transaction already aborted) is
 * the statement's after it, which reports it: not awaited here.
 */
function switchPlans(client: Sql | TransactionSql, plans: Plans, generic: boolean): void {
  if (plans.generic === generic) return;
  plans.generic = generic;
  client.unsafe(generic ? GENERIC_PLANS : CUSTOM_PLANS, [], UNNAMED).catch(() => {});
}

/**
 * The postgres.js client drizzle is given: the same client, but `unsafe(text, params)` (what
 * drizzle calls for every statement) prepares parameterised statements, also inside
 * transactions (`begin`/`savepoint` hand the callback a wrapped transaction client), where it
 * also keeps the plan mode each statement asks for (`switchPlans`).
 */
export function preparing<T extends Sql | TransactionSql>(client: T, plans?: Plans): T {
  // Built once per client (per transaction), not on every property read: drizzle reads `unsafe`
  // for every statement it runs.
  const unsafe: Unsafe = (text, params, options) => {
    const prepare = shouldPrepare(params);
    if (plans) switchPlans(client, plans, (options as { plans?: string } | undefined)?.plans === 'generic');
    return client.unsafe(text, params, options?.prepare === prepare ? options : { ...options, prepare });
  };
  const bound = new Map<PropertyKey, unknown>([['unsafe', unsafe]]);
  for (const prop of ['begin', 'savepoint'] as const) {
    const open = Reflect.get(client, prop, client) as ((...a: unknown[]) => unknown) | undefined;
    if (typeof open !== 'function') continue;
    bound.set(prop, (...args: unknown[]) => {
      const fn = args.pop() as (tx: TransactionSql) => unknown;
      // A savepoint shares its transaction's plan mode; a transaction starts with the connection's.
      return open.call(client, ...args, (tx: TransactionSql) => fn(preparing(tx, prop === 'savepoint' && plans ? plans : { generic: false })));
    });
  }
  return new Proxy(client, {
    get(target, prop, receiver) {
      const own = bound.get(prop);
      if (own !== undefined) return own;
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      const fn = (value as (...a: unknown[]) => unknown).bind(target);
      bound.set(prop, fn);
      return fn;
    },
  });
}

const dialect = new PgDialect();
/** The database or a transaction (db/client.ts `Executor`): what a statement runs on. */
type Runner = { _: { session: Pick<PgSession, 'prepareQuery'> & { client?: unknown } } };

/** How a built statement is run: `commit` makes it the transaction's last (see `statement`). */
interface RunOptions {
  commit?: boolean;
}
type Run = (db: Runner, values: Record<string, unknown>, options?: RunOptions) => Promise<unknown>;

// Built once: postgres.js takes the options object as is (patches/postgres: `commit`; `plans` is
// read by preparing() and ignored by postgres.js).
const PREPARE = { prepare: true };
const PREPARE_AND_COMMIT = { prepare: true, commit: true };
const GENERIC = { prepare: true, plans: 'generic' };
const GENERIC_AND_COMMIT = { prepare: true, commit: true, plans: 'generic' };

/**
 * A statement whose SQL text is built once, at module load, from a drizzle `sql` template with
 * `sql.placeholder(name)` where the values go; each run only fills the values in and sends it
 * prepared. A template built with `sql` and run with `execute` is rebuilt on every call (drizzle's
 * chunk walk, `is` checks, parameter escaping): on the intake's two statements per update that was
 * the largest part of drizzle's share of the CPU (issue 16). On postgres.js the statement goes to
 * the client directly (drizzle's prepared-query object, spans and cache hops add nothing to a
 * statement that maps no columns), so statements started together reach the connection in the
 * order they were started.
 *
 * `{ commit: true }` inside a transaction on postgres.js (patches/postgres: pipelined commit):
 * this is the transaction's last statement, and COMMIT leaves in the same socket write instead of
 * a round trip of its own after the answer. The transaction is decided when the statement is
 * sent: if it fails, COMMIT of the aborted transaction rolls it back and the error still reaches
 * the caller; nothing the callback does after it can roll back any more, and a statement started
 * after it is refused. The transaction's promise still settles only with COMMIT's answer. On
 * PGlite, and outside transactions, the option changes nothing.
 *
 * `generic`: a lookup by key, planned once per connection (`switchPlans` above); only for
 * statements whose best plan cannot depend on the values (never `like`, trigram or full-text).
 */
export function statement(query: SQL, how: { generic?: boolean } = {}): Run {
  const built = dialect.sqlToQuery(query);
  const [plain, last] = how.generic ? [GENERIC, GENERIC_AND_COMMIT] : [PREPARE, PREPARE_AND_COMMIT];
  return (db, values, options) => {
    const client = db._.session.client as Partial<Sql> | undefined;
    if (typeof client?.unsafe === 'function') {
      let params: ParameterOrJSON<never>[];
      try {
        params = fillPlaceholders(built.params, values) as ParameterOrJSON<never>[];
      } catch (err) {
        return Promise.reject(err as Error); // a value missing: rejected, as drizzle's execute does
      }
      return client.unsafe(built.sql, params, options?.commit ? last : plain);
    }
    // A name makes drizzle's drivers prepare it (PGlite ignores it).
    return db._.session.prepareQuery(built, undefined, 'statement', false).execute(values);
  };
}
