import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createPlainDatabase } from '../lib/database.js';
import type { PeerCount, PeerReady, PeerSpec } from './peer-child.js';

export interface RunningPeer extends PeerReady {
  /** The peer's own database (its backends' CPU is measured by name). */
  database: string;
  /** Brackets a phase: 'stop' answers the peer's Postgres socket writes and updates since 'start'. */
  count(what: 'start' | 'stop'): Promise<PeerCount>;
  stop(): Promise<void>;
}

/** Starts the plain grammY peer (peer-child.ts) in a process of its own, on a database of its own. */
export async function startPeer(o: Omit<PeerSpec, 'databaseUrl'>): Promise<RunningPeer> {
  const database = await createPlainDatabase('dlxh_peer');
  const child = fork(fileURLToPath(new URL('./peer-child.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = <T>() =>
    new Promise<T>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`grammY peer exited with ${code}`));
      child.once('exit', onExit);
      child.once('message', (m) => {
        child.off('exit', onExit);
        resolve(m as T);
      });
    });
  const ready = next<PeerReady>();
  child.send({ ...o, databaseUrl: database.url } satisfies PeerSpec);
  const info = await ready.catch(async (err: unknown) => {
    await database.drop();
    throw err;
  });
  return {
    ...info,
    database: database.name,
    async count(what) {
      const answer = next<PeerCount>();
      child.send({ count: what });
      return answer;
    },
    async stop() {
      const gone = new Promise((r) => child.once('exit', r));
      child.send('stop');
      await gone;
      await database.drop();
    },
  };
}
