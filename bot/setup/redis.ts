import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createConnection } from 'node:net';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../../core/logger.js';

export interface RedisEndpoint {
  url: string;
  /** Stops the private redis-server we started, if any. */
  stop(): Promise<void>;
}

export class RedisUnavailableError extends Error {
  override readonly name = 'RedisUnavailableError';
}

function answers(host: string, port: number): Promise<boolean> {
  return new Promise((ok) => {
    const s = createConnection({ host, port });
    s.setTimeout(500, () => (s.destroy(), ok(false)));
    s.once('connect', () => (s.destroy(), ok(true)));
    s.once('error', () => ok(false));
  });
}

/**
 * REDIS_URL when set; else a Redis on 127.0.0.1:6379 if one answers; else a private
 * redis-server (AOF on, noeviction, data under dataDir/redis) from PATH; else a clear message.
 */
export async function resolveRedis(opts: { url?: string; dataDir: string; logger: Logger; privatePort?: number }): Promise<RedisEndpoint> {
  if (opts.url) return { url: opts.url, stop: async () => {} };
  if (await answers('127.0.0.1', 6379)) {
    opts.logger.info('using the Redis on 127.0.0.1:6379');
    return { url: 'redis://127.0.0.1:6379', stop: async () => {} };
  }
  const port = opts.privatePort ?? 6390;
  const dir = resolve(opts.dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--maxmemory-policy', 'noeviction', '--save', ''],
    { stdio: 'ignore' },
  );
  const started = await waitForStart(child, port);
  if (!started) {
    throw new RedisUnavailableError(
      'Không tìm thấy Redis. Cài đặt: `sudo apt-get install redis-server` (Debian/Ubuntu) hoặc `brew install redis` (macOS), ' +
        'hoặc đặt REDIS_URL trỏ tới một Redis sẵn có.\nRedis not found: install redis-server or set REDIS_URL.',
    );
  }
  opts.logger.info({ port }, 'started a private redis-server (data under DATA_DIR/redis)');
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

async function waitForStart(child: ChildProcess, port: number): Promise<boolean> {
  let failed = false;
  child.once('error', () => (failed = true));
  child.once('exit', () => (failed = true));
  for (let i = 0; i < 50 && !failed; i++) {
    if (await answers('127.0.0.1', port)) return true;
    await sleep(100);
  }
  return false;
}
