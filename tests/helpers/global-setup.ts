import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../db/client.js';
import { portAnswers, startPrivateRedis } from '../../testkit/services.js';

declare module 'vitest' {
  export interface ProvidedContext {
    runId: string;
    pgAdminUrl: string | null;
    pgTemplate: string | null;
    redisUrl: string;
  }
}

const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * One run = one random id. With a real Postgres we migrate a template database once and each
 * test file clones it (CREATE DATABASE … TEMPLATE), so runs and files never collide. Without one,
 * each file gets an in-memory PGlite. Redis: the local server if it answers, else a private one.
 */
export default async function setup(project: TestProject) {
  const runId = randomBytes(4).toString('hex');
  project.provide('runId', runId);

  const url = new URL(ADMIN_URL);
  let cleanupPg = async () => {};
  if (await portAnswers(url.hostname, Number(url.port || 5432))) {
    const template = `dlxh_tpl_${runId}`;
    const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${template}`);
    const tplUrl = new URL(ADMIN_URL);
    tplUrl.pathname = `/${template}`;
    const database = await openDatabase({ url: tplUrl.toString(), max: 1 });
    await database.migrate();
    await database.close();
    project.provide('pgAdminUrl', ADMIN_URL);
    project.provide('pgTemplate', template);
    cleanupPg = async () => {
      const dbs = await admin<{ datname: string }[]>`select datname from pg_database where datname like ${`dlxh_%${runId}%`}`;
      for (const { datname } of dbs) await admin.unsafe(`drop database if exists ${datname} with (force)`);
      await admin.end();
    };
  } else {
    project.provide('pgAdminUrl', null);
    project.provide('pgTemplate', null);
  }

  let stopRedis = async () => {};
  if (await portAnswers('127.0.0.1', 6379)) {
    project.provide('redisUrl', process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
  } else {
    const redis = await startPrivateRedis();
    project.provide('redisUrl', redis.url);
    stopRedis = redis.stop;
  }

  return async () => {
    await cleanupPg();
    await stopRedis();
  };
}
