import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, rowsOf, type Database } from '../../db/client.js';
import { sql } from 'drizzle-orm';

/** Where benches create their own database: BENCH_DATABASE_URL, TEST_DATABASE_URL, or the local server. */
function adminUrl(): string {
  return process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

class NoPostgresError extends Error {
  override readonly name = 'NoPostgresError';
}

export interface BenchDatabase extends Database {
  url: string;
  /** synchronous_commit, fsync… of the server: figures mean little without them. */
  settings: Record<string, string>;
  /** Closes the pool and drops the database. */
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database of its own on a real Postgres server (created here, dropped by
 * `drop()`): intake figures on PGlite, one connection behind a mutex, would measure nothing useful.
 */
export async function createBenchDatabase(opts: { max?: number; prefix?: string } = {}): Promise<BenchDatabase> {
  const admin = postgres(adminUrl(), { max: 1, onnotice: () => {}, connect_timeout: 3 });
  const name = `${opts.prefix ?? 'dlxh_bench'}_${randomBytes(4).toString('hex')}`;
  try {
    await admin.unsafe(`create database ${name}`);
  } catch (err) {
    await admin.end();
    throw new NoPostgresError(`a Postgres server is needed (${adminUrl()}): ${(err as Error).message}`);
  }
  await admin.end();
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), max: opts.max ?? 10 });
  await database.migrate();
  const settings: Record<string, string> = {};
  for (const key of ['server_version', 'synchronous_commit', 'fsync', 'shared_buffers', 'max_connections']) {
    const [row] = rowsOf<Record<string, string>>(await database.db.execute(sql.raw(`show ${key}`)));
    settings[key] = Object.values(row ?? {})[0] ?? '?';
  }
  return {
    ...database,
    url: url.toString(),
    settings,
    async drop() {
      await database.close();
      const again = postgres(adminUrl(), { max: 1, onnotice: () => {} });
      await again.unsafe(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

/** An empty database of its own on the same server (the plain grammY peer's), dropped by `drop()`. */
export async function createPlainDatabase(prefix: string): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const again = postgres(adminUrl(), { max: 1, onnotice: () => {} });
      await again.unsafe(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}
