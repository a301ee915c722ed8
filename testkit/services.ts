import { spawnRedisServer, type RedisEndpoint } from '../bot/setup/redis.js';

export { portAnswers } from '../bot/setup/redis.js';

export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** A private redis-server (no persistence) on a free port, or on `port` to restart one at the same address. */
export async function startPrivateRedis(port?: number): Promise<RedisEndpoint> {
  return spawnRedisServer(port ?? (await freePort()));
}
