import type { TableRelationalConfig, TablesRelationalConfig } from 'drizzle-orm';
import type { PgDatabase, PgDialect, PgQueryResultHKT, PgSession, PgTable } from 'drizzle-orm/pg-core';
import { RelationalQueryBuilder } from 'drizzle-orm/pg-core/query-builders/query';
import type { Db, Tx } from './client.js';

/** What drizzle keeps on every PgDatabase (typed as internal there). */
interface Internals {
  _: { schema?: TablesRelationalConfig; fullSchema: Record<string, PgTable>; tableNamesMap: Record<string, string> };
  dialect: PgDialect;
  session: PgSession;
  query: Record<string, unknown>;
  transaction(fn: (tx: Internals) => unknown): Promise<unknown>;
}

/**
 * `db.transaction` opened on `plain`, a drizzle instance on the same client without the schema,
 * with `tx.query` (relational queries) built on first use (issue 16). drizzle builds a
 * relational query builder for every table of the schema in every transaction it opens (45
 * tables: ~66 µs per transaction under load); the intake never uses them, a few callers do
 * (core/people/official-scope.ts, bulk-import.ts), and those get the same builders, lazily.
 */
export function withLeanTransactions(db: Db, plain: PgDatabase<PgQueryResultHKT>): Db {
  const full = db as unknown as Internals;
  const lean: Db['transaction'] = (fn, config) => plain.transaction((tx) => fn(lazyQuery(tx as unknown as Internals, full) as unknown as Tx), config);
  Object.defineProperty(db, 'transaction', { value: lean });
  return db;
}

function lazyQuery(tx: Internals, full: Internals): Internals {
  const { schema, fullSchema, tableNamesMap } = full._;
  const built = new Map<string, unknown>();
  const query = new Proxy(
    {},
    {
      get(_, table) {
        if (typeof table !== 'string' || !schema || !(table in schema)) return undefined;
        let q = built.get(table);
        if (!q) {
          const config: TableRelationalConfig = schema[table]!;
          q = new RelationalQueryBuilder(fullSchema, schema, tableNamesMap, fullSchema[table]!, config, tx.dialect, tx.session);
          built.set(table, q);
        }
        return q;
      },
    },
  );
  Object.defineProperty(tx, 'query', { value: query });
  const nested = tx.transaction.bind(tx);
  Object.defineProperty(tx, 'transaction', { value: (fn: (inner: Internals) => unknown) => nested((inner) => fn(lazyQuery(inner, full))) });
  return tx;
}
