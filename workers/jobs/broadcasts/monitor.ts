import { safeError } from '../../../core/kernel/safe-error.js';
import { and, eq, gt, inArray, isNull, lt, or } from 'drizzle-orm';
import { broadcasts } from '../../../db/schema/index.js';
import { pauseForQuiet, resumeBroadcast } from '../../../core/broadcasts/control.js';
import { deliveryFigures, type Figures } from '../../../core/broadcasts/figures.js';
import { isQuiet } from '../../../core/broadcasts/quiet.js';
import type { BroadcastJobDeps } from './deps.js';
import { recoverStuck, sendReminders, sendNonAckReport } from './monitor-steps.js';
import { updateProgress } from './progress.js';
import { startScheduled } from './start.js';

export type BroadcastRow = typeof broadcasts.$inferSelect;

/**
 * How long a finished broadcast's figures can still move — "Đã nhận" pressed late, a Zalo
 * recipient writing back within the 7-day window — so its progress message follows them.
 */
const FINISHED_WATCH_MS = 8 * 24 * 3600_000;

export interface Monitor {
  /** One pass over every broadcast that needs watching (tests call it directly). */
  tick(): Promise<void>;
  start(): void;
  stop(): Promise<void>;
}

/**
 * The broadcast monitor: a loop in each worker process, every BROADCAST_PROGRESS_SECONDS. Each
 * broadcast is leased by one process per pass (a row lease in Postgres, not Redis, so timers
 * survive a Redis wipe). It refreshes the author's progress message, starts what is due,
 * pauses for / resumes after quiet hours, marks 'done', sends the one reminder and the
 * non-acknowledger lists when due, and re-enqueues the work of a broadcast that stopped moving
 * (jobs lost with Redis, a worker killed mid-send).
 */
export function createMonitor(deps: BroadcastJobDeps): Monitor {
  const interval = deps.settings.progressMs;
  const leaseMs = Math.max(60_000, 3 * interval);
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;

  async function tick(): Promise<void> {
    const now = deps.clock();
    const ids = await deps.db
      .select({ id: broadcasts.id })
      .from(broadcasts)
      .where(
        or(
          inArray(broadcasts.status, ['scheduled', 'sending', 'paused']),
          and(inArray(broadcasts.status, ['done', 'cancelled']), isNull(broadcasts.finishedAt)),
          and(eq(broadcasts.status, 'done'), eq(broadcasts.requireAck, true), isNull(broadcasts.reportedAt)),
          // Acknowledgements and window releases after the end (and after the lists) still change the figures.
          and(eq(broadcasts.status, 'done'), gt(broadcasts.finishedAt, new Date(now.getTime() - FINISHED_WATCH_MS))),
        ),
      );
    for (const { id } of ids) {
      if (stopped) return;
      const [b] = await deps.db
        .update(broadcasts)
        .set({ monitorUntil: new Date(now.getTime() + leaseMs) })
        .where(and(eq(broadcasts.id, id), or(isNull(broadcasts.monitorUntil), lt(broadcasts.monitorUntil, now))))
        .returning();
      if (!b) continue;
      try {
        await watch(b, now);
      } catch (err) {
        deps.logger.warn({ broadcastId: id, err: safeError(err) }, 'broadcast monitor step failed; retried next pass');
      } finally {
        await deps.db.update(broadcasts).set({ monitorUntil: null }).where(eq(broadcasts.id, id));
      }
    }
  }

  async function watch(b: BroadcastRow, now: Date): Promise<void> {
    const quiet = !b.urgent && isQuiet(now, deps.settings.quiet);
    if (b.status === 'scheduled' && b.scheduledAt && b.scheduledAt.getTime() <= now.getTime() - interval) {
      await startScheduled(deps, b.id);
      deps.afterCommit();
    } else if (b.status === 'paused' && b.pauseReason === 'quiet' && !quiet) {
      await deps.db.transaction((tx) => resumeBroadcast(tx, b, deps.settings, now));
      deps.afterCommit();
    } else if (b.status === 'sending' && quiet) {
      await pauseForQuiet(deps.db, b.id);
    }
    const [fresh] = await deps.db.select().from(broadcasts).where(eq(broadcasts.id, b.id));
    if (!fresh) return;
    let figures = await deliveryFigures(deps.db, b.id);
    let latest: BroadcastRow | undefined;
    try {
      if (fresh.status === 'sending') figures = await whileSending(fresh, figures, now);
    } finally {
      // Even when the recovery step failed, the author's message shows where the broadcast stands.
      latest = await progress(b.id, figures);
    }
    if (!latest) return;
    if (['done', 'cancelled'].includes(latest.status) && !latest.finishedAt) {
      await deps.db.update(broadcasts).set({ finishedAt: now }).where(eq(broadcasts.id, b.id));
    }
    if (latest.requireAck && ['sending', 'done'].includes(latest.status)) await ackTimers(latest, now);
  }

  /** The author's message is a courtesy: a failed edit (author unreachable…) must not stall the rest. */
  async function progress(id: string, figures: Figures): Promise<BroadcastRow | undefined> {
    const [latest] = await deps.db.select().from(broadcasts).where(eq(broadcasts.id, id));
    if (!latest) return undefined;
    await updateProgress(deps, latest, figures).catch((err: unknown) =>
      deps.logger.info({ broadcastId: id, err: safeError(err) }, 'broadcast progress message not updated'),
    );
    return latest;
  }

  /** Marks it done when nothing is left to send, else recovers what stopped moving; returns the figures to show. */
  async function whileSending(b: BroadcastRow, f: Figures, now: Date): Promise<Figures> {
    const pending = f.byState.queued + f.byState.sending;
    if (b.fanoutDone && pending === 0) {
      await deps.db
        .update(broadcasts)
        .set({ status: 'done' })
        .where(and(eq(broadcasts.id, b.id), eq(broadcasts.status, 'sending')));
      return f;
    }
    // Rows reset from a dead worker's 'sending' are queued again: show them so.
    return (await recoverStuck(deps, b, now, 3 * interval)) ? deliveryFigures(deps.db, b.id) : f;
  }

  async function ackTimers(b: BroadcastRow, now: Date): Promise<void> {
    // The reminder is bulk traffic: it waits for quiet hours to end like any send.
    const quiet = !b.urgent && isQuiet(now, deps.settings.quiet);
    if (b.remindAt && !b.remindedAt && b.remindAt <= now && !quiet) await sendReminders(deps, b, now);
    const reportAt = b.ackDeadline ?? (b.remindAt ? new Date(b.remindAt.getTime() + deps.settings.reminderAfterMs) : null);
    if (b.remindedAt && !b.reportedAt && reportAt && reportAt <= now) await sendNonAckReport(deps, b, now);
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick()
        .catch((err: unknown) => deps.logger.warn({ err: safeError(err) }, 'broadcast monitor pass failed'))
        .finally(() => {
          running = null;
          schedule();
        });
    }, interval);
  }

  return {
    tick,
    start: schedule,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
