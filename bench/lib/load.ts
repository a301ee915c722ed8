import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FakeEndpoints } from './fakes-child.js';
import type { IntakeServerChildOptions } from './intake-server-child.js';
import type { LoadResult, LoadSpec } from './load-child.js';

const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));

function forkTs(file: string): ChildProcess {
  return fork(here(file), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
}

function firstMessage<T>(child: ChildProcess, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    let answered = false;
    child.once('message', (m) => {
      answered = true;
      resolve(m as T);
    });
    child.once('exit', (code) => {
      if (!answered) reject(new Error(`${what} exited with ${code}`));
    });
  });
}

/** Runs one load phase in a separate Node process (tsx loader) and returns what it measured. */
export async function runLoadProcess(spec: LoadSpec): Promise<LoadResult> {
  const child = forkTs('./load-child.ts');
  const answer = firstMessage<{ ok: boolean; result?: LoadResult; error?: string }>(child, 'load generator');
  child.send(spec);
  const m = await answer;
  if (!m.ok || !m.result) throw new Error(`load generator failed: ${m.error}`);
  return m.result;
}

/** Fake platform APIs in their own process (`pid` for its memory); `stop()` ends it. */
export async function startFakesProcess(): Promise<FakeEndpoints & { pid: number; stop(): Promise<void> }> {
  const child = forkTs('./fakes-child.ts');
  const endpoints = await firstMessage<FakeEndpoints>(child, 'fake platform APIs');
  return {
    ...endpoints,
    pid: child.pid!,
    async stop() {
      const gone = new Promise((r) => child.once('exit', r));
      child.send('stop');
      await gone;
    },
  };
}

/** The bot's HTTP side in its own process (./intake-server-child.ts); `stop()` answers its update outcomes. */
export async function startIntakeServerProcess(o: IntakeServerChildOptions) {
  const child = forkTs('./intake-server-child.ts');
  const started = firstMessage<{ url: string }>(child, 'intake server');
  child.send(o);
  const { url } = await started;
  return {
    url,
    pid: child.pid!,
    async stop(): Promise<Record<string, number>> {
      const answer = firstMessage<{ outcomes: Record<string, number> }>(child, 'intake server');
      child.send('stop');
      return (await answer).outcomes;
    },
  };
}
