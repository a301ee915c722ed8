import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { portAnswers, startPrivateRedis } from './services.js';

export interface RestartableRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
  /** Starts a fresh (empty: no persistence) redis-server on the same port. */
  restart(): Promise<void>;
}

/**
 * A private redis-server (tests/helpers/services.ts startPrivateRedis) that can be stopped and
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
      const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
      for (let i = 0; i < 100 && !(await portAnswers('127.0.0.1', port)); i++) await sleep(50);
      stop = async () => {
        if (child.exitCode !== null) return;
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      };
    },
  };
}
