import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../db/client.js';

export interface TestDatabase extends Database {
  /** Connection URL of this file's own database (null on PGlite). */
  url: string | null;
}

/**
 * A fresh, migrated database for one test file: a clone of the run's template on real
 * Postgres, or an in-memory PGlite when no server answers. Close it in afterAll.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject('pgAdminUrl');
  const template = inject('pgTemplate');
  if (!adminUrl || !template) {
    const database = await openDatabase({});
    await database.migrate();
    return { ...database, url: null };
  }
  const name = `dlxh_t_${inject('runId')}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name} template ${template}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), max: 5 });
  return {
    ...database,
    url: url.toString(),
    async close() {
      await database.close();
      const again = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await again.unsafe(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

/** A queue prefix of this file's own, so runs and files never share BullMQ keys. */
export function testQueuePrefix(): string {
  return `t${inject('runId')}${randomBytes(3).toString('hex')}`;
}

export function testRedisUrl(): string {
  return inject('redisUrl');
}
