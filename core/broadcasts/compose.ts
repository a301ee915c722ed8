import { and, asc, eq, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../db/client.js';
import { units } from '../../db/schema/index.js';
import { countAudience, resolveAudienceRoot, type Official } from '../people/audience.js';
import { audienceFilterValues } from '../people/audience-choice.js';
import { appendAudit } from '../compliance/audit.js';
import { createBroadcast, effectiveStart, validateDraft, BroadcastInputError, type BroadcastDraft, type BroadcastSettings } from './broadcast.js';
import { requestApproval } from './notify.js';
import { etaSeconds, pendingAcrossBroadcasts } from './figures.js';
import type { Translate } from '../kernel/i18n.js';
import { channelNames } from '../kernel/messages.js';
import type { MediaOwner } from '../media/attach.js';
import { keepGuidanceFile, type KeptUpload } from './attachment-file.js';

/** The compose flow's effects (bot/features/broadcasts/feature.ts wires them); all run in the update's transaction. */

const MAX_LISTED = 30;
const DRY_RUN_UNITS = 8;

export async function composeOptions(tx: Executor, official: Official, s: BroadcastSettings, quietHours: string) {
  const [own] = await tx.select({ id: units.id, name: units.name, path: units.path, kind: units.kind }).from(units).where(eq(units.id, official.unitId));
  if (!own) throw new BroadcastInputError([]);
  const children = await tx
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(and(eq(units.parentId, own.id), eq(units.status, 'active')))
    .orderBy(asc(units.name))
    .limit(MAX_LISTED);
  const { sectors, strata } = await audienceFilterValues(tx, own.id, MAX_LISTED);
  return {
    // The first is the official's own unit: its kind names the territory («Toàn tỉnh»), not the body's staff.
    units: [{ id: own.id, name: own.name, kind: own.kind }, ...children],
    sectors,
    strata,
    maxBody: s.maxBody,
    timeZone: s.timeZone,
    quietHours,
  };
}

/** A unit typed by code (or exact name) — only inside the official's subtree; refusals are audited. */
export async function unitByCode(tx: Executor, official: Official, code: string): Promise<{ id: string; name: string } | null> {
  const [u] = await tx
    .select({ id: units.id })
    .from(units)
    .where(or(eq(units.code, code), sql`lower(${units.name}) = lower(${code})`))
    .limit(1);
  if (!u) return null;
  const root = await resolveAudienceRoot(tx, official, u.id, 'broadcast.unit');
  return { id: root.unitId, name: root.name };
}

const roleSchema = z.enum(['collaborator', 'official', 'admin']);
const draftSchema = z.object({
  title: z.string(),
  body: z.string(),
  attachment: z
    .object({
      kind: z.enum(['photo', 'document']),
      source: z.string().min(1),
      channel: z.enum(channelNames as [string, ...string[]]),
      fileName: z.string().optional(),
    })
    .nullable(),
  unitId: z.string(),
  filters: z.object({ roles: z.array(roleSchema).optional(), sectors: z.array(z.string()).optional(), strata: z.array(z.string()).optional() }),
  requireAck: z.boolean(),
  ackDeadline: z.string().nullable(),
  urgent: z.boolean(),
  scheduledAt: z.string().nullable(),
});

/** The compose flow's draft as it travels in JSON (dates as ISO strings). */
export type DraftJson = z.infer<typeof draftSchema>;

/** The flow's JSON draft → a typed draft (dates parsed); null when malformed. */
export function parseDraft(raw: unknown): BroadcastDraft | null {
  const p = draftSchema.safeParse(raw);
  if (!p.success) return null;
  const d = p.data;
  return {
    ...d,
    attachment: d.attachment as BroadcastDraft['attachment'],
    ackDeadline: d.ackDeadline ? new Date(d.ackDeadline) : null,
    scheduledAt: d.scheduledAt ? new Date(d.scheduledAt) : null,
  };
}

/** What the official may choose from when composing, and the limits that apply. */
export type ComposeOptions = Awaited<ReturnType<typeof composeOptions>>;
/** Who would receive a draft, where, and how long sending would take. */
export type DryRun = Awaited<ReturnType<typeof dryRun>>;
/** A created broadcast, as the author is told of it. */
export type Submitted = Awaited<ReturnType<typeof submitDraft>>;

/** Recipients by unit and channel, unreachable, and time to send at the current rates behind what is queued. */
export async function dryRun(tx: Executor, official: Official, d: BroadcastDraft, s: BroadcastSettings, now: Date) {
  const root = await resolveAudienceRoot(tx, official, d.unitId, 'broadcast.dry_run');
  const problems = validateDraft(d, s, now);
  if (problems.length > 0) throw new BroadcastInputError(problems);
  const counts = await countAudience(tx, root, d.filters);
  const ahead = await pendingAcrossBroadcasts(tx);
  const pending = Object.fromEntries(Object.entries(counts.byChannel).map(([c, n]) => [c, n + (ahead[c] ?? 0)]));
  return {
    total: counts.total,
    byUnit: counts.byUnit.slice(0, DRY_RUN_UNITS).map((u) => ({ name: u.unitName, count: u.count })),
    moreUnits: Math.max(0, counts.byUnit.length - DRY_RUN_UNITS),
    byChannel: counts.byChannel,
    unreachable: counts.unreachable,
    etaSeconds: etaSeconds(pending, s.rates),
    needsApproval: counts.total > s.approvalThreshold,
    startAt: effectiveStart(d, s, now).toISOString(),
  };
}

/** How a draft's attachment is kept: an upload already stored, and who owns the file (default: the guidance itself). */
export interface DraftFile {
  upload?: KeptUpload | null;
  owner?: MediaOwner;
}

/**
 * Creates the broadcast, keeps its attachment as a file (./attachment-file.ts) and, above the
 * approval threshold, asks a second official.
 */
export async function submitDraft(tx: Executor, official: Official, d: BroadcastDraft, s: BroadcastSettings, t: Translate, now: Date, file: DraftFile = {}) {
  const created = await createBroadcast(tx, official, d, s, now);
  if (d.attachment) await keepGuidanceFile(tx, file.owner ?? { type: 'broadcast', id: created.id }, created.id, d.attachment, file.upload ?? null);
  const approvers = created.status === 'awaiting_approval' ? await requestApproval(tx, created.id, t) : 0;
  if (created.status === 'awaiting_approval') {
    await appendAudit(tx, {
      actorId: official.id,
      action: 'broadcast.approval_requested',
      targetType: 'broadcast',
      targetId: created.id,
      outcome: 'ok',
      details: { approvers },
    });
  }
  return { id: created.id, status: created.status, audience: created.audience, startAt: created.startAt.toISOString(), approvers };
}
