import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { hotSpotEvents } from '../../db/schema/index.js';
import { raiseAlert } from '../escalation.js';

export interface AlertRaising {
  ids: string[];
  /** Raises that threw (the error of the first, for the report). */
  failed: number;
  firstError?: string;
}

/**
 * Raises `n` alerts evenly over `overMs` (round robin over the communes), as a stream of reports
 * coming in during the soak rather than one batch: each one's deadlines then fall inside the run.
 */
export async function raiseAlertsOver(db: Db, units: { communes: string[]; reporters: string[] }, n: number, overMs: number): Promise<AlertRaising> {
  const out: AlertRaising = { ids: [], failed: 0 };
  const start = Date.now();
  for (let i = 0; i < n; i++) {
    const due = start + (i * overMs) / n;
    if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
    try {
      out.ids.push(await raiseAlert(db, units.reporters[i % units.reporters.length]!, units.communes[i % units.communes.length]!));
    } catch (err) {
      // Counted and reported: a soak keeps going, the figure says the run is not clean.
      out.failed++;
      out.firstError ??= String(err);
    }
  }
  return out;
}

export interface FiredDeadline {
  hotSpotId: string;
  fromStep: number;
  /** When the deadline was due (ms since the epoch). */
  deadline: number;
  lateMs: number;
}

/** Every acknowledgement deadline that fired so far (each level of each alert), with its lateness as the escalation recorded it. */
export async function firedDeadlines(db: Db): Promise<FiredDeadline[]> {
  const rows = await db.select({ hotSpotId: hotSpotEvents.hotSpotId, data: hotSpotEvents.data }).from(hotSpotEvents).where(eq(hotSpotEvents.kind, 'escalated'));
  return rows.flatMap((r) => {
    const d = r.data as { fromStep?: number; lateMs?: number; deadline?: string };
    return typeof d.fromStep === 'number' && typeof d.lateMs === 'number' && d.deadline
      ? [{ hotSpotId: r.hotSpotId, fromStep: d.fromStep, deadline: Date.parse(d.deadline), lateMs: d.lateMs }]
      : [];
  });
}

/** Alerts whose first deadline never fired, and deadlines that fired more than once (same alert, same level). */
export function alertLossAndDuplicates(raised: readonly string[], fired: readonly FiredDeadline[]): { lost: number; duplicated: number } {
  const seen = new Map<string, number>();
  for (const f of fired) seen.set(`${f.hotSpotId}:${f.fromStep}`, (seen.get(`${f.hotSpotId}:${f.fromStep}`) ?? 0) + 1);
  const lost = raised.filter((id) => !seen.has(`${id}:0`)).length;
  const duplicated = [...seen.values()].reduce((n, c) => n + c - 1, 0);
  return { lost, duplicated };
}
