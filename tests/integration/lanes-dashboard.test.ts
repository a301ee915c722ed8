import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { Redis } from 'ioredis';
import { silentLogger, type Logger } from '../../core/kernel/logger.js';
import { createQueueDashboard } from '../../bot/http/queue-dashboard.js';
import { allQueueNames, createQueueSet, type QueueSet } from '../../workers/queues.js';
import { producerConnection, quitQuietly } from '../../workers/redis.js';
import { testQueuePrefix, testRedisUrl } from '../helpers/db.js';

let conn: Redis;
let queues: QueueSet;
beforeAll(() => {
  conn = producerConnection(testRedisUrl(), silentLogger);
  queues = createQueueSet({ connection: conn, prefix: testQueuePrefix(), names: allQueueNames(['sandbox']) });
});
afterAll(async () => {
  await queues.close();
  await quitQuietly(conn);
});

const auth = (u: string, p: string) => ({ Authorization: `Basic ${Buffer.from(`${u}:${p}`).toString('base64')}` });

function mounted(password: string | undefined, logger: Logger = silentLogger) {
  const app = new Hono();
  app.route('/admin/queues', createQueueDashboard({ queues: queues.all(), basePath: '/admin/queues', user: 'admin', password, logger }));
  return app;
}

describe('queue dashboard', () => {
  it('asks for credentials, and shows every queue to the admin', async () => {
    const app = mounted('mật-khẩu');
    const anon = await app.request('/admin/queues');
    expect(anon.status).toBe(401);
    expect(anon.headers.get('www-authenticate')).toContain('Basic');
    expect((await app.request('/admin/queues', { headers: auth('admin', 'sai') })).status).toBe(401);
    const page = await app.request('/admin/queues', { headers: auth('admin', 'mật-khẩu') });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<base href="/admin/queues/"');
    const css = /href="(static\/css\/[^"]+)"/.exec(html)?.[1];
    expect((await app.request(`/admin/queues/${css}`, { headers: auth('admin', 'mật-khẩu') })).status).toBe(200);
    const api = await app.request('/admin/queues/api/queues', { headers: auth('admin', 'mật-khẩu') });
    const body = (await api.json()) as { queues: { name: string }[] };
    expect(body.queues.map((q) => q.name).sort()).toEqual([
      'alert-timers',
      'alerts',
      'broadcast-control',
      'cases',
      'maintenance',
      'reporting',
      'send-broadcast-sandbox',
      'send-bulk-sandbox',
      'send-interactive-sandbox',
      'synthesis',
    ]);
  });

  it('is off without ADMIN_PASSWORD, and says so in the log', async () => {
    const lines: string[] = [];
    const logger: Logger = { ...silentLogger, warn: (_o, msg) => void lines.push(String(msg)) };
    const app = mounted(undefined, logger);
    expect((await app.request('/admin/queues', { headers: auth('admin', '') })).status).toBe(404);
    expect(lines.join()).toContain('queue dashboard disabled');
  });
});
