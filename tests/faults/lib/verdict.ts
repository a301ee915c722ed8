import { appendFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../../db/client.js';
import type { Delivery } from './platform.js';

/** What every fault scenario reports (DESIGN §7: 0 lost, duplicates ≤ sends in flight). */
export interface FaultVerdict {
  scenario: string;
  sent: number;
  lost: number;
  duplicated: number;
  /** Upper bound the duplicates must stay under (the sends in flight at the fault). */
  duplicateBound: number;
  recoveredSeconds: number;
  notes?: string;
}

/** One line per scenario on stdout, and appended to FAULTS_REPORT (a file) when set. */
export function report(v: FaultVerdict): void {
  const line = `[fault] ${v.scenario}: sent ${v.sent}, lost ${v.lost}, duplicated ${v.duplicated} (bound ${v.duplicateBound}), recovered in ${v.recoveredSeconds.toFixed(1)} s${v.notes ? ` — ${v.notes}` : ''}`;
  console.log(line);
  if (process.env.FAULTS_REPORT) appendFileSync(process.env.FAULTS_REPORT, `${line}\n`);
}

/** Keys the intake committed (processed_updates), as "channel:key". */
export async function committedKeys(db: Db): Promise<Set<string>> {
  const rows = rowsOf<{ k: string }>(await db.execute(sql`select channel || ':' || update_key as k from processed_updates`));
  return new Set(rows.map((r) => r.k));
}

/**
 * Lost: an update the platform sent that is not committed — never acknowledged in time, or
 * (worse, against invariant 2) acknowledged without being committed.
 */
export function lostUpdates(deliveries: Delivery[], committed: Set<string>): { lost: number; ackedNotCommitted: number; unacked: number } {
  const missing = deliveries.filter((d) => !committed.has(`${d.channel}:${d.key}`));
  return {
    lost: missing.length,
    ackedNotCommitted: missing.filter((d) => d.ackAt !== null).length,
    unacked: deliveries.filter((d) => d.ackAt === null).length,
  };
}

/** Reads one counter from a Prometheus text page (0 when absent). */
export function counter(page: string, series: string): number {
  const line = page.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}
