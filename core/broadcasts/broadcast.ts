import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { broadcasts, type BroadcastStatus } from '../../db/schema/index.js';
import { countAudienceTotal, resolveAudienceRoot, type AudienceFilters, type Official } from '../people/audience.js';
import { appendAudit } from '../compliance/audit.js';
import type { Config } from '../platform/config.js';
import { AppError } from '../kernel/errors.js';
import type { ChannelName } from '../kernel/messages.js';
import { enqueue } from '../platform/outbox.js';
import { isQuiet, parseQuietHours, quietEnd, type QuietHours } from './quiet.js';
import { bulkRates } from '../delivery/pace.js';
import { BROADCAST_CONTROL_QUEUE, fanoutJobId, FANOUT_JOB, START_JOB, startJobId } from './jobs.js';

export const MAX_TITLE = 200;

export interface BroadcastAttachment {
  kind: 'photo' | 'document';
  /** The channel's own file id (or a URL); usable on `channel` only. 'admin': a file given to the admin CLI (source: its sha-256). */
  source: string;
  channel: ChannelName | 'admin';
  fileName?: string;
  /** The copy kept under FILES_DIR (a `media` row): what every other channel is sent. */
  mediaId?: string;
}

/** What the compose flow collects. */
export interface BroadcastDraft {
  title: string;
  body: string;
  attachment?: BroadcastAttachment | null;
  unitId: string;
  filters: AudienceFilters;
  requireAck: boolean;
  ackDeadline?: Date | null;
  urgent: boolean;
  /** null = now. */
  scheduledAt?: Date | null;
}

export interface BroadcastSettings {
  maxBody: number;
  approvalThreshold: number;
  reminderAfterMs: number;
  progressMs: number;
  quiet: QuietHours | null;
  timeZone: string;
  /** Bulk messages per second per channel. */
  rates: Record<ChannelName, number>;
}

export function broadcastSettings(c: Config): BroadcastSettings {
  return {
    maxBody: c.BROADCAST_MAX_BODY,
    approvalThreshold: c.BROADCAST_APPROVAL_THRESHOLD,
    reminderAfterMs: c.BROADCAST_REMINDER_AFTER_MINUTES * 60_000,
    progressMs: c.BROADCAST_PROGRESS_SECONDS * 1000,
    quiet: parseQuietHours(c.QUIET_HOURS, c.TIMEZONE),
    timeZone: c.TIMEZONE,
    rates: bulkRates(c),
  };
}

export type DraftProblem = 'title_empty' | 'title_too_long' | 'body_empty' | 'body_too_long' | 'deadline_past' | 'schedule_past' | 'deadline_before_start';

export class BroadcastInputError extends AppError {
  constructor(readonly problems: DraftProblem[]) {
    super('broadcast_input', `invalid broadcast: ${problems.join(', ')}`);
  }
}

/** Pure: what is wrong with a draft (empty list = fine). */
export function validateDraft(d: BroadcastDraft, s: Pick<BroadcastSettings, 'maxBody'>, now: Date): DraftProblem[] {
  const out: DraftProblem[] = [];
  const title = d.title.trim();
  const body = d.body.trim();
  if (title.length === 0) out.push('title_empty');
  if (title.length > MAX_TITLE) out.push('title_too_long');
  if (body.length === 0) out.push('body_empty');
  if (body.length > s.maxBody) out.push('body_too_long');
  const start = d.scheduledAt ?? now;
  if (d.scheduledAt && d.scheduledAt.getTime() < now.getTime() - 60_000) out.push('schedule_past');
  if (d.requireAck && d.ackDeadline) {
    if (d.ackDeadline.getTime() <= now.getTime()) out.push('deadline_past');
    else if (d.ackDeadline.getTime() <= start.getTime()) out.push('deadline_before_start');
  }
  return out;
}

/** When sending may begin: as asked, but never inside quiet hours unless urgent. */
export function effectiveStart(d: Pick<BroadcastDraft, 'scheduledAt' | 'urgent'>, s: Pick<BroadcastSettings, 'quiet'>, now: Date): Date {
  const at = d.scheduledAt && d.scheduledAt > now ? d.scheduledAt : now;
  return d.urgent || !isQuiet(at, s.quiet) ? at : quietEnd(at, s.quiet);
}

/** The one reminder: `reminderAfterMs` after the start, or halfway to an earlier ack deadline. */
export function reminderTime(start: Date, deadline: Date | null, reminderAfterMs: number): Date {
  const after = start.getTime() + reminderAfterMs;
  if (!deadline || deadline.getTime() > after) return new Date(after);
  return new Date(start.getTime() + Math.max(0, deadline.getTime() - start.getTime()) / 2);
}

export interface CreatedBroadcast {
  id: string;
  status: BroadcastStatus;
  /** Recipients counted at creation (the fan-out snapshots them later). */
  audience: number;
  startAt: Date;
}

/**
 * Creates a broadcast in the caller's transaction: scope check (refusals audited), validation,
 * audience count, then sending now, scheduled, or awaiting a second official's approval.
 * Approval requests are sent by the caller (see broadcasts-control requestApproval).
 */
export async function createBroadcast(tx: Executor, author: Official, d: BroadcastDraft, s: BroadcastSettings, now: Date): Promise<CreatedBroadcast> {
  const root = await resolveAudienceRoot(tx, author, d.unitId, 'broadcast.create');
  const problems = validateDraft(d, s, now);
  if (problems.length > 0) throw new BroadcastInputError(problems);
  const audience = await countAudienceTotal(tx, root, d.filters);
  const startAt = effectiveStart(d, s, now);
  const needsApproval = audience > s.approvalThreshold;
  const status: BroadcastStatus = needsApproval ? 'awaiting_approval' : startAt > now ? 'scheduled' : 'sending';
  const [row] = await tx
    .insert(broadcasts)
    .values({
      authorId: author.id,
      unitId: root.unitId,
      title: d.title.trim(),
      body: d.body.trim(),
      attachment: d.attachment ?? null,
      filters: d.filters,
      requireAck: d.requireAck,
      ackDeadline: d.requireAck ? (d.ackDeadline ?? null) : null,
      urgent: d.urgent,
      scheduledAt: startAt > now ? startAt : null,
      status: needsApproval ? 'awaiting_approval' : 'draft',
      audienceSize: audience,
    })
    .returning({ id: broadcasts.id });
  const id = row!.id;
  await appendAudit(tx, {
    actorId: author.id,
    action: 'broadcast.create',
    targetType: 'broadcast',
    targetId: id,
    outcome: 'ok',
    details: { audience, status },
  });
  if (status === 'sending') await startBroadcast(tx, id, s, now);
  if (status === 'scheduled') await scheduleBroadcast(tx, id, startAt);
  return { id, status, audience, startAt };
}

/** Status 'scheduled' and a start job at `at` (the broadcast monitor is the backstop). */
export async function scheduleBroadcast(tx: Executor, id: string, at: Date): Promise<void> {
  await tx.update(broadcasts).set({ status: 'scheduled', scheduledAt: at }).where(eq(broadcasts.id, id));
  await enqueue(tx, { queue: BROADCAST_CONTROL_QUEUE, name: START_JOB, payload: { broadcastId: id }, jobId: startJobId(id, at), runAt: at });
}

/** Status 'sending', reminder time, and the fan-out job (generation 0). */
export async function startBroadcast(tx: Executor, id: string, s: BroadcastSettings, now: Date): Promise<void> {
  const [b] = await tx.select({ requireAck: broadcasts.requireAck, ackDeadline: broadcasts.ackDeadline }).from(broadcasts).where(eq(broadcasts.id, id));
  if (!b) return;
  const remindAt = b.requireAck ? reminderTime(now, b.ackDeadline, s.reminderAfterMs) : null;
  await tx.update(broadcasts).set({ status: 'sending', startedAt: now, remindAt }).where(eq(broadcasts.id, id));
  await enqueue(tx, { queue: BROADCAST_CONTROL_QUEUE, name: FANOUT_JOB, payload: { broadcastId: id, generation: 0 }, jobId: fanoutJobId(id, 0) });
}
