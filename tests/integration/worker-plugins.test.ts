import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Queue } from 'bullmq';
import { configSchema } from '../../core/platform/config.js';
import { silentLogger } from '../../core/kernel/logger.js';
import { REPORTING_QUEUE } from '../../core/reports/jobs.js';
import { MAINTENANCE_QUEUE } from '../../workers/jobs/compliance/retention-purge.js';
import { defaultPlugins } from '../../workers/plugins.js';
import { startWorkers, type WorkersHandle } from '../../workers/start.js';
import { createTestDatabase, testQueuePrefix, testRedisUrl, type TestDatabase } from '../helpers/db.js';

let t: TestDatabase;
let workers: WorkersHandle;
const prefix = testQueuePrefix();
beforeAll(async () => {
  t = await createTestDatabase();
  workers = await startWorkers({
    db: t.db,
    config: configSchema.parse({}),
    redisUrl: testRedisUrl(),
    channels: {},
    logger: silentLogger,
    prefix,
    plugins: defaultPlugins(),
  });
});
afterAll(async () => {
  await workers.stop();
  await t.close();
});

describe('worker processes start their schedulers', () => {
  it('upserts the reminder, inactive, survey-sweep, report-digest, synthesis and retention schedulers (idempotently)', async () => {
    const connection = { url: testRedisUrl() };
    const reporting = new Queue(REPORTING_QUEUE, { connection, prefix });
    const maintenance = new Queue(MAINTENANCE_QUEUE, { connection, prefix });
    const second = await startWorkers({
      db: t.db,
      config: configSchema.parse({}),
      redisUrl: testRedisUrl(),
      channels: {},
      logger: silentLogger,
      prefix,
      plugins: defaultPlugins(),
    });
    await second.stop();
    const ids = [...(await reporting.getJobSchedulers()), ...(await maintenance.getJobSchedulers())].map((s) => s.key).sort();
    expect(ids).toEqual([
      'reporting-inactive-scan',
      'reporting-reminder-scan',
      'reporting-report-digest',
      'reporting-survey-sweep',
      'reporting-synthesis-schedule',
      'retention-purge-daily',
    ]);
    await reporting.close();
    await maintenance.close();
  });
});
