import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import * as schema from './schema/index.js';
import { PREPARED_CONNECTION, preparing } from './prepared.js';
import { withLeanTransactions } from './lean-transaction.js';

export { schema };
type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything queries can run on: the database or an open transaction. */
export type Executor = Db | Tx;

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

export interface Database {
  db: Db;
  kind: 'postgres' | 'pglite';
  /** Runs committed migrations once, under a Postgres advisory lock (several replicas may start together). */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

const MIGRATION_LOCK_KEY = 727_001;

/** postgres.js when a URL is given, embedded PGlite (under dataDir, or in memory) otherwise. */
export async function openDatabase(opts: { url?: string; dataDir?: string; max?: number }): Promise<Database> {
  return opts.url ? openPostgres(opts.url, opts.max ?? 10) : openPglite(opts.dataDir);
}

async function openPostgres(url: string, max: number): Promise<Database> {
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  const client = postgres(url, { max, onnotice: () => {}, connection: { application_name: 'dlxh-bot', ...PREPARED_CONNECTION } });
  const db = withLeanTransactions(drizzle(preparing(client), { schema }) as unknown as Db, drizzle(preparing(client)));
  return {
    db,
    kind: 'postgres',
    async migrate() {
      // One dedicated connection holds the lock for the whole run (drizzle's migrate takes none).
      const lockClient = postgres(url, { max: 1, onnotice: () => {} });
      try {
        await lockClient`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
        await migrate(drizzle(lockClient), { migrationsFolder });
        await lockClient`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
      } finally {
        await lockClient.end({ timeout: 5 });
      }
    },
    close: () => client.end({ timeout: 5 }),
  };
}

async function openPglite(dataDir?: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  // Search (core/reports/browse.ts) needs unaccent and pg_trgm; PGlite ships them as contrib modules.
  const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const release = dataDir ? lockDataDir(dataDir) : () => {};
  const extensions = { unaccent, pg_trgm };
  const client = dataDir ? new PGlite(dataDir, { extensions }) : new PGlite({ extensions });
  const db = drizzle(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    // PGlite is single-process by construction; the data dir must never be opened twice.
    migrate: () => migrate(drizzle(client), { migrationsFolder }),
    close: async () => {
      await client.close();
      release();
    },
  };
}

export class DataDirBusyError extends Error {
  override readonly name = 'DataDirBusyError';
}

/**
 * Two processes on one PGlite data directory corrupt it (no lock of its own): hold a pid file
 * and refuse to open while another live process holds it.
 */
function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'dlxh.pid');
  try {
    const other = Number(readFileSync(file, 'utf8'));
    if (other && other !== process.pid && isAlive(other)) {
      throw new DataDirBusyError(
        `Thư mục dữ liệu ${dataDir} đang được tiến trình ${other} sử dụng (npm start?). Dừng tiến trình đó trước, hoặc đặt DATABASE_URL để dùng PostgreSQL.`,
      );
    }
  } catch (err) {
    if (err instanceof DataDirBusyError) throw err;
  }
  writeFileSync(file, String(process.pid));
  return () => rmSync(file, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** `db.execute()` returns an array on postgres.js and `{ rows }` on PGlite; normalise. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
