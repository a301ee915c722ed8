import { readFileSync } from 'node:fs';
import { Socket } from 'node:net';
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client.js';

/**
 * What one phase of a bench cost, for dividing by the updates it applied: this process's CPU
 * (user + system), the Postgres backends' CPU (from /proc, when the server runs on this machine),
 * and the round trips on Postgres and Redis sockets (writes until the answer arrives count once).
 * These do not move much with the machine's load, unlike rates and latencies.
 */
export interface PhaseCost {
  cpuMs: number;
  /** NaN when the backends' /proc entries cannot be read (remote server). */
  pgBackendCpuMs: number;
  pgWrites: number;
  redisWrites: number;
}

const TICK_MS = 10; // USER_HZ is 100 on Linux

function procCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[11] = utime, fields[12] = stime (field 14 and 15 of proc(5), counted after the name)
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

async function backendCpuMs(db: Db, database: string): Promise<Map<number, number>> {
  const rows = rowsOf<{ pid: number }>(await db.execute(sql`select pid from pg_stat_activity where datname = ${database} and pid <> pg_backend_pid()`));
  const out = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      out.set(pid, procCpuMs(pid));
    } catch {
      return new Map([[-1, NaN]]);
    }
  }
  return out;
}

/**
 * Round trips per remote port, counted once install() patched Socket.prototype.write: a write on
 * a socket that has had its answer (or none yet) starts a round trip; writes before the next data
 * arrives belong to the same one (pg writes Parse, Bind, Execute, Sync separately; postgres.js
 * pipelines statements): what counts is how often the client waits for the server.
 */
const writesTo = new Map<number, number>();
const waiting = new WeakSet<Socket>();
const watched = new WeakSet<Socket>();
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  const write = Socket.prototype.write;
  Socket.prototype.write = function (this: Socket, ...args: unknown[]) {
    const port = this.remotePort;
    // Only client sockets to the counted ports get the listener (an HTTP server socket must not).
    if (port === undefined || !writesTo.has(port)) return (write as (...a: unknown[]) => boolean).apply(this, args);
    if (!watched.has(this)) {
      watched.add(this);
      this.on('data', () => waiting.delete(this));
    }
    if (!waiting.has(this)) {
      waiting.add(this);
      writesTo.set(port, (writesTo.get(port) ?? 0) + 1);
    }
    return (write as (...a: unknown[]) => boolean).apply(this, args);
  } as typeof Socket.prototype.write;
}

/** Counts this process's round trips to `port` from now on; the function answers how many so far. */
export function countSocketWrites(port: number): () => number {
  install();
  if (!writesTo.has(port)) writesTo.set(port, 0);
  const from = writesTo.get(port)!;
  return () => (writesTo.get(port) ?? 0) - from;
}

/**
 * Starts counting; `stop()` returns the phase's cost. Postgres and Redis are told apart by port.
 * With `pid`, CPU is that process's (from /proc: 10 ms ticks) and the socket writes counted here
 * are not its own: the caller takes them from that process.
 */
export async function startCostMeter(o: {
  db: Db;
  database: string;
  pgPort: number;
  redisPort: number;
  pid?: number;
}): Promise<{ stop(): Promise<PhaseCost> }> {
  const before = await backendCpuMs(o.db, o.database);
  const pgWrites = countSocketWrites(o.pgPort);
  const redisWrites = countSocketWrites(o.redisPort);
  const cpu = o.pid === undefined ? process.cpuUsage() : null;
  const childCpu = o.pid === undefined ? 0 : procCpuMs(o.pid);
  return {
    async stop() {
      const cpuMs = cpu ? (({ user, system }) => (user + system) / 1000)(process.cpuUsage(cpu)) : procCpuMs(o.pid!) - childCpu;
      const written = { pg: pgWrites(), redis: redisWrites() };
      const after = await backendCpuMs(o.db, o.database);
      let pgBackendCpuMs = 0;
      for (const [pid, ms] of after) pgBackendCpuMs += ms - (before.get(pid) ?? 0);
      return { cpuMs, pgBackendCpuMs, pgWrites: written.pg, redisWrites: written.redis };
    },
  };
}
