import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { waitFor } from './wait.js';

export interface EntryProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (or the signal's name) once the process is gone. */
  exited: Promise<number | string>;
  /** Waits until stdout contains `pattern`; returns its match. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** SIGKILL if still running (test clean-up). */
  kill(): Promise<void>;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Runs an entry point as a person does (`bot/main.ts`, `workers/main.ts`, a compiled `dist/…`
 * file): its own Node process, real signals, real exit code, stdout and stderr captured.
 */
export function startEntry(entry: string, env: Record<string, string>, opts: { tsx?: boolean; args?: string[] } = {}): EntryProcess {
  const args = [...(opts.tsx === false ? [] : ['--import', 'tsx']), entry, ...(opts.args ?? [])];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    async waitFor(pattern, timeoutMs = 60_000) {
      const died = exited.then((how) => Promise.reject(new Error(`exited (${how}) before ${pattern}: ${err.slice(-2000)}`)));
      return Promise.race([waitFor(() => pattern.exec(out), { timeout: timeoutMs, interval: 50, what: `${pattern} (stderr: ${err.slice(-2000)})` }), died]);
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
