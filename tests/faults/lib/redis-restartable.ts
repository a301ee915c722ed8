import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnRedisServer, type RedisEndpoint } from '../../../bot/setup/redis.js';
import { freePort } from '../../../testkit/services.js';

/**
 * A private redis-server that can be stopped and started again on the same port (clients
 * reconnect to the same URL). `persistent: false` (like testkit/services.ts
 * startPrivateRedis) comes back empty: every queued job is gone, the hard case; `true` runs
 * with AOF as production must (DESIGN §6).
 */
export interface RestartableRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

export async function startRestartableRedis(opts: { persistent?: boolean } = {}): Promise<RestartableRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'dlxh-redis-'));
  let server: RedisEndpoint | null = null;
  const start = async () => {
    const args = ['--dir', dir, '--save', '', '--maxmemory-policy', 'noeviction', '--appendonly', opts.persistent ? 'yes' : 'no'];
    server = await spawnRedisServer(port, args);
  };
  const stop = async () => {
    await server?.stop();
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop,
    start,
    async destroy() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
