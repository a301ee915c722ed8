import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createConnection } from 'node:net';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../../core/kernel/logger.js';

export interface RedisEndpoint {
  url: string;
  /** Stops the private redis-server we started, if any. */
  stop(): Promise<void>;
}

export class RedisUnavailableError extends Error {
  override readonly name = 'RedisUnavailableError';
}

const INSTALL_HINT =
  'Không tìm thấy Redis. Cài đặt: `sudo apt-get install redis-server` (Debian/Ubuntu) hoặc `brew install redis` (macOS), ' +
  'hoặc đặt REDIS_URL trỏ tới một Redis sẵn có.\nRedis not found: install redis-server or set REDIS_URL.';

/** True when something accepts TCP connections on host:port within the timeout. */
export function portAnswers(host: string, port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((ok) => {
    const s = createConnection({ host, port });
    const done = (v: boolean) => (s.destroy(), ok(v));
    s.setTimeout(timeoutMs, () => done(false));
    s.once('connect', () => done(true));
    s.once('error', () => done(false));
  });
}

/**
 * Starts `redis-server` from PATH on 127.0.0.1:port (extra args after the port/bind pair) and
 * waits until it answers; throws RedisUnavailableError when it cannot start. The one spawner
 * behind the private-Redis fallback and the tests' private and restartable servers.
 */
export async function spawnRedisServer(port: number, args: string[] = ['--save', '', '--appendonly', 'no']): Promise<RedisEndpoint> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', ...args], { stdio: 'ignore' });
  let failed = false;
  child.once('error', () => (failed = true));
  child.once('exit', () => (failed = true));
  let up = false;
  for (let i = 0; i < 100 && !failed && !up; i++) {
    up = await portAnswers('127.0.0.1', port);
    if (!up) await sleep(50);
  }
  if (!up) {
    child.kill('SIGTERM');
    throw new RedisUnavailableError(INSTALL_HINT);
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * REDIS_URL when set; else a Redis on 127.0.0.1:6379 if one answers; else a private
 * redis-server (AOF on, noeviction, data under dataDir/redis) from PATH; else a clear message.
 */
export async function resolveRedis(opts: { url?: string; dataDir: string; logger: Logger; privatePort?: number }): Promise<RedisEndpoint> {
  if (opts.url) return { url: opts.url, stop: async () => {} };
  if (await portAnswers('127.0.0.1', 6379)) {
    opts.logger.info('using the Redis on 127.0.0.1:6379');
    return { url: 'redis://127.0.0.1:6379', stop: async () => {} };
  }
  const port = opts.privatePort ?? 6390;
  const dir = resolve(opts.dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  const redis = await spawnRedisServer(port, ['--dir', dir, '--appendonly', 'yes', '--maxmemory-policy', 'noeviction', '--save', '']);
  opts.logger.info({ port }, 'started a private redis-server (data under DATA_DIR/redis)');
  return redis;
}
