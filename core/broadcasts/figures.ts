import { desc, eq, inArray, like, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client.js';
import { broadcasts, SEND_STATES, sends as d, units, type BroadcastStatus, type SendState } from '../../db/schema/index.js';
import type { Locale, Translate } from '../kernel/i18n.js';
import type { Choice } from '../kernel/messages.js';

export interface Figures {
  /** Deliveries snapshotted so far. */
  total: number;
  byState: Record<SendState, number>;
  /** Still to send (queued or sending), per channel: what the ETA is made of. */
  pendingByChannel: Record<string, number>;
}

function emptyFigures(): Figures {
  return { total: 0, byState: Object.fromEntries(SEND_STATES.map((s) => [s, 0])) as Record<SendState, number>, pendingByChannel: {} };
}

/** One grouped scan of a broadcast's deliveries (index on broadcast_id, state). */
export async function deliveryFigures(db: Executor, broadcastId: string): Promise<Figures> {
  const rows = await db
    .select({ state: d.state, channel: d.channel, n: sql<number>`count(*)::int` })
    .from(d)
    .where(eq(d.broadcastId, broadcastId))
    .groupBy(d.state, d.channel);
  const f = emptyFigures();
  for (const r of rows) {
    const n = Number(r.n);
    f.total += n;
    f.byState[r.state] += n;
    if ((r.state === 'queued' || r.state === 'sending') && r.channel) f.pendingByChannel[r.channel] = (f.pendingByChannel[r.channel] ?? 0) + n;
  }
  return f;
}

/** Messages still waiting on each channel across every broadcast now sending (the queue ahead). */
export async function pendingAcrossBroadcasts(db: Executor): Promise<Record<string, number>> {
  const rows = rowsOf<{ channel: string; n: number }>(
    await db.execute(sql`
      select x.channel, count(*)::int as n from ${d} x join ${broadcasts} b on b.id = x.broadcast_id
      where b.status = 'sending' and x.state in ('queued', 'sending') and x.channel is not null group by x.channel`),
  );
  return Object.fromEntries(rows.map((r) => [r.channel, Number(r.n)]));
}

/** Seconds to send `pending` messages per channel at each channel's rate (channels run side by side). */
export function etaSeconds(pending: Record<string, number>, rates: Partial<Record<string, number>>): number {
  let worst = 0;
  for (const [channel, n] of Object.entries(pending)) worst = Math.max(worst, n / (rates[channel] ?? 1));
  return Math.ceil(worst);
}

export function formatDuration(seconds: number, locale: Locale, t: Translate): string {
  if (seconds < 60) return t(locale, 'broadcast-eta-seconds', { n: Math.max(1, Math.ceil(seconds)) });
  if (seconds < 3600) return t(locale, 'broadcast-eta-minutes', { n: Math.ceil(seconds / 60) });
  return t(locale, 'broadcast-eta-hours', { h: Math.floor(seconds / 3600), m: Math.ceil((seconds % 3600) / 60) });
}

export interface ProgressView {
  id: string;
  title: string;
  status: BroadcastStatus;
  pauseReason: string | null;
  audienceSize: number;
  requireAck: boolean;
  fanoutDone: boolean;
}

/**
 * The status to show with these figures: a broadcast still 'sending' whose audience is all
 * snapshotted and whose every delivery ended reads as done. The monitor writes 'done' only at its
 * next pass (every BROADCAST_PROGRESS_SECONDS, later while no worker watches), and meanwhile the
 * list must not say "đang gửi" (nor offer «Tạm dừng») after everything was delivered.
 */
export function shownStatus(b: Pick<ProgressView, 'status' | 'fanoutDone'>, f: Figures): BroadcastStatus {
  const ended = f.total > 0 && f.byState.queued + f.byState.sending === 0;
  return b.status === 'sending' && b.fanoutDone && ended ? 'done' : b.status;
}

/** The author's progress message (edited in place) with the controls that apply now. */
export function progressMessage(p: ProgressView, f: Figures, eta: number, locale: Locale, t: Translate): { text: string; choices: Choice[] } {
  const b = { ...p, status: shownStatus(p, f) };
  const s = f.byState;
  const delivered = s.sent + s.acknowledged;
  const lines = [
    t(locale, 'broadcast-progress-title', { title: b.title }),
    t(locale, 'broadcast-progress-status', { status: statusLabel(b, locale, t) }),
    t(locale, 'broadcast-progress-sent', {
      sent: delivered,
      total: Math.max(b.audienceSize, f.total),
      failed: s.failed,
      unreachable: s.unreachable,
      waiting: s.waiting_window,
    }),
  ];
  if (b.requireAck) lines.push(t(locale, 'broadcast-progress-acked', { acked: s.acknowledged, rate: percent(s.acknowledged, delivered) }));
  const pending = s.queued + s.sending;
  if (pending > 0 && b.status === 'sending') lines.push(t(locale, 'broadcast-progress-eta', { eta: formatDuration(eta, locale, t) }));
  return { text: lines.join('\n'), choices: controlChoices(b, locale, t) };
}

export function statusLabel(b: Pick<ProgressView, 'status' | 'pauseReason'>, locale: Locale, t: Translate): string {
  return t(locale, b.status === 'paused' && b.pauseReason === 'quiet' ? 'broadcast-status-quiet' : `broadcast-status-${b.status}`);
}

export function controlData(id: string, op: 'p' | 'r' | 'x' | 'v'): string {
  return `bc:${id}:${op}`;
}

function controlChoices(b: Pick<ProgressView, 'id' | 'status'>, locale: Locale, t: Translate): Choice[] {
  const out: Choice[] = [];
  if (b.status === 'sending') out.push({ label: t(locale, 'broadcast-btn-pause'), data: controlData(b.id, 'p') });
  if (b.status === 'paused') out.push({ label: t(locale, 'broadcast-btn-resume'), data: controlData(b.id, 'r') });
  if (['sending', 'paused', 'scheduled', 'awaiting_approval'].includes(b.status))
    out.push({ label: t(locale, 'broadcast-btn-cancel'), data: controlData(b.id, 'x') });
  return out;
}

export function percent(n: number, of: number): number {
  return of === 0 ? 0 : Math.round((n / of) * 100);
}

/** Recent broadcasts whose audience lies in the official's subtree, newest first. */
export async function recentBroadcasts(db: Executor, officialUnitId: string, limit = 8) {
  const [own] = await db.select({ path: units.path }).from(units).where(eq(units.id, officialUnitId));
  if (!own) return [];
  const inScope = db
    .select({ id: units.id })
    .from(units)
    .where(like(units.path, `${own.path}%`));
  return db.select().from(broadcasts).where(inArray(broadcasts.unitId, inScope)).orderBy(desc(broadcasts.createdAt)).limit(limit);
}
