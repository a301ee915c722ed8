import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface Child {
  process: ChildProcess;
  /** What the child printed after "ready" (the bot's port). */
  ready: string;
  kill(signal: NodeJS.Signals): Promise<void>;
}

/** Starts a TypeScript entry in its own Node process and waits for its "ready …" line. */
export async function spawnReady(file: URL | string, env: Record<string, string>, timeoutMs = 30_000): Promise<Child> {
  const path = typeof file === 'string' ? file : fileURLToPath(file);
  const child = spawn(process.execPath, ['--import', 'tsx', path], { env: { ...process.env, LOG_LEVEL: 'silent', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const ready = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`child not ready: ${stderr}`)), timeoutMs);
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /ready ?(\S*)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1] ?? '');
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`child exited (${code}): ${stderr}`));
    });
  });
  child.once('exit', (code, signal) => {
    if (code !== 0 && signal !== 'SIGTERM' && signal !== 'SIGKILL') process.stderr.write(`[fault] child ${path} exited (${code ?? signal}): ${stderr}\n`);
  });
  return {
    process: child,
    ready,
    async kill(signal) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill(signal);
      await exited;
    },
  };
}
