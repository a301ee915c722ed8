import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, type Database } from '../db/client.js';
import { portAnswers } from './services.js';

export interface BenchDb extends Database {
  url: string;
  drop(): Promise<void>;
}

/** A database of its own on the local Postgres (created, migrated, dropped), like tests/helpers/global-setup.ts. */
export async function benchDatabase(): Promise<BenchDb> {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const u = new URL(adminUrl);
  if (!(await portAnswers(u.hostname, Number(u.port || 5432)))) throw new Error(`the broadcast bench needs Postgres (${u.host}); set BENCH_DATABASE_URL`);
  const name = `dlxh_bench_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  u.pathname = `/${name}`;
  const database = await openDatabase({ url: u.toString(), max: 10 });
  await database.migrate();
  return {
    ...database,
    url: u.toString(),
    async drop() {
      await database.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
