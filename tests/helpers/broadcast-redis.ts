import { startPrivateRedis } from '../../testkit/services.js';

export interface RestartableRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
  /** Starts a fresh (empty: no persistence) redis-server on the same port. */
  restart(): Promise<void>;
}

/**
 * A private redis-server (testkit/services.ts startPrivateRedis) that can be stopped and
 * started again on the same port, so clients reconnect to an empty Redis — every job it held is
 * gone, as after a crash without persistence.
 */
export async function restartableRedis(): Promise<RestartableRedis> {
  const first = await startPrivateRedis();
  const port = Number(new URL(first.url).port);
  let stop = first.stop;
  return {
    url: first.url,
    port,
    stop: () => stop(),
    async restart() {
      stop = (await startPrivateRedis(port)).stop;
    },
  };
}
