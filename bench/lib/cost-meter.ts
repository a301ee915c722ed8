import { readFileSync } from 'node:fs';
import { Socket } from 'node:net';
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client.js';

/**
 * What one phase of a bench cost, for dividing by the updates it applied: this process's CPU
 * (user + system), the Postgres backends' CPU (from /proc, when the server runs on this machine),
 * and the writes on Postgres and Redis sockets — each write of a request is one round trip,
 * since the client waits for the answer before the next one of the same transaction.
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

const counts = { pg: 0, redis: 0 };
let ports: { pg: number; redis: number } | null = null;
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  const write = Socket.prototype.write;
  Socket.prototype.write = function (this: Socket, ...args: unknown[]) {
    if (ports) {
      if (this.remotePort === ports.pg) counts.pg++;
      else if (this.remotePort === ports.redis) counts.redis++;
    }
    return (write as (...a: unknown[]) => boolean).apply(this, args);
  } as typeof Socket.prototype.write;
}

/** Starts counting; `stop()` returns the phase's cost. Postgres and Redis are told apart by port. */
export async function startCostMeter(o: { db: Db; database: string; pgPort: number; redisPort: number }): Promise<{ stop(): Promise<PhaseCost> }> {
  install();
  const before = await backendCpuMs(o.db, o.database);
  ports = { pg: o.pgPort, redis: o.redisPort };
  const start = { pg: counts.pg, redis: counts.redis };
  const cpu = process.cpuUsage();
  return {
    async stop() {
      const used = process.cpuUsage(cpu);
      const written = { pg: counts.pg - start.pg, redis: counts.redis - start.redis };
      ports = null;
      const after = await backendCpuMs(o.db, o.database);
      let pgBackendCpuMs = 0;
      for (const [pid, ms] of after) pgBackendCpuMs += ms - (before.get(pid) ?? 0);
      return { cpuMs: (used.user + used.system) / 1000, pgBackendCpuMs, pgWrites: written.pg, redisWrites: written.redis };
    },
  };
}
