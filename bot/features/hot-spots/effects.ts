import { z } from 'zod';
import { addNote, merge, resolve, type ActionResult, type Actor } from '../../../core/hot-spots/actions.js';
import { createHotSpot, InvalidHotSpotError, type HotSpotDraft } from '../../../core/hot-spots/create.js';
import { listOpenInScope, reporterOpenAlerts } from '../../../core/hot-spots/list.js';
import type { HotSpotEnv } from '../../../core/hot-spots/messages.js';
import { describeOutcome, type ActionOutcome } from '../../../core/hot-spots/outcome.js';
import { findHotSpot, findHotSpotByReceipt, isActive, type HotSpotRow } from '../../../core/hot-spots/queries.js';
import { isUuid } from '../../../core/kernel/uuid.js';
import { addReporterUpdate, type ReporterUpdate } from '../../../core/hot-spots/reporter.js';
import { audit, inScope, isOfficial } from '../../../core/hot-spots/scope.js';
import { refuse, type Ok, type Refusal } from '../../../core/kernel/result.js';
import type { EffectHandlers, HandlerContext } from '../../engine/registry.js';

const CANDIDATES = 5;

/** An open alert offered to pick from: its receipt, and the unit it was raised in (officials' lists). */
export interface Candidate {
  id: string;
  receipt: string;
  unitName?: string;
}

export type LookupMode = 'official' | 'reporter';
type LookupResult =
  | Ok<{ hotSpotId: string; receipt: string }>
  | Ok<{ candidates: Candidate[] }>
  | Refusal<'not_official' | 'not_found' | 'out_of_scope' | 'not_reporter' | 'none'>
  | Refusal<'closed', { receipt: string; status: HotSpotRow['status'] }>;

export type ActAction =
  | { kind: 'resolve'; note: string; shareable: boolean }
  | { kind: 'note'; note: string }
  | { kind: 'merge'; target: string }
  | { kind: 'update'; update: ReporterUpdate };

interface ActInput {
  hotSpotId: string;
  action: ActAction;
}

declare module '../../engine/effects.js' {
  interface EffectMap {
    /** Records a hot spot raised by the person and queues its notification and escalation. */
    'hot-spots.create': [
      { draft: Partial<HotSpotDraft> },
      Ok<{ receiptNo: string; hotSpotId: string; visibleFrom?: string | null }> | Refusal<'not_registered' | 'invalid'>,
    ];
    /** Which alert a multi-step action is about: by receipt or id (checked for role, scope, state), or a list to pick from. */
    'hot-spots.lookup': [{ ref: string; mode: LookupMode }, LookupResult];
    /** Other open alerts in the official's scope to merge into. */
    'hot-spots.candidates': [{ hotSpotId: string }, Ok<{ candidates: Candidate[] }> | Refusal<'not_official'>];
    /** The action itself: resolve, note, merge, or a reporter's update. */
    'hot-spots.act': [ActInput, ActionOutcome];
  }
}

export function actorOf(h: HandlerContext): Actor | null {
  const p = h.person;
  return p ? { id: p.id, role: p.role, unitId: p.unitId, displayName: p.displayName } : null;
}

async function lookup(ref: string, mode: LookupMode, h: HandlerContext): Promise<LookupResult> {
  const actor = actorOf(h);
  if (!actor) return refuse('not_official');
  const reporterMode = mode === 'reporter';
  const key = ref.trim();
  if (!key) return reporterMode ? ownCandidates(h, actor) : scopeCandidates(h, actor);
  const hs = isUuid(key) ? await findHotSpot(h.tx, key) : await findHotSpotByReceipt(h.tx, key);
  if (!hs) return refuse('not_found');
  if (reporterMode ? hs.reporterId !== actor.id : !(isOfficial(actor) && (await inScope(h.tx, actor, hs)))) {
    const code = reporterMode ? 'not_reporter' : isOfficial(actor) ? 'out_of_scope' : 'not_official';
    await audit(h.tx, actor, reporterMode ? 'update' : 'lookup', hs.id, { ok: false, code });
    // A typed receipt number must not tell "elsewhere" from "none" (receipts are sequential); a button (by id) may.
    return refuse(isUuid(key) || code === 'not_official' ? code : 'not_found');
  }
  if (!isActive(hs.status) && !(reporterMode && hs.status === 'merged')) return refuse('closed', { receipt: hs.receiptNo, status: hs.status });
  return { ok: true, hotSpotId: hs.id, receipt: hs.receiptNo };
}

async function scopeCandidates(h: HandlerContext, actor: Actor, exclude?: string): Promise<Ok<{ candidates: Candidate[] }> | Refusal<'not_official' | 'none'>> {
  if (!isOfficial(actor)) return refuse('not_official');
  const page = await listOpenInScope(h.tx, actor.unitId, 0, CANDIDATES, exclude);
  // Merge targets: an empty list is an answer ("nothing to merge into"), not a refusal.
  if (page.items.length === 0 && exclude === undefined) return refuse('none');
  return { ok: true, candidates: page.items.map((i) => ({ id: i.id, receipt: i.receiptNo, unitName: i.unitName })) };
}

async function ownCandidates(h: HandlerContext, actor: Actor): Promise<LookupResult> {
  const mine = await reporterOpenAlerts(h.tx, actor.id, CANDIDATES);
  if (mine.length === 0) return refuse('none');
  if (mine.length === 1) return { ok: true, hotSpotId: mine[0]!.id, receipt: mine[0]!.receiptNo };
  return { ok: true, candidates: mine.map((i) => ({ id: i.id, receipt: i.receiptNo })) };
}

const mediaSchema = z.object({ kind: z.enum(['photo', 'voice', 'document', 'video']), fileId: z.string().min(1).max(1000) }).passthrough();
/** The stored state a flow acts from is JSON: checked again before anything is written. */
const updateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string().min(1).max(20_000) }),
  z.object({ kind: z.literal('location'), latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }),
  z.object({ kind: z.literal('media'), media: mediaSchema, caption: z.string().max(2_000).optional() }),
]);
const noteSchema = z.string().max(20_000);

async function act(env: HotSpotEnv, { hotSpotId, action: input }: ActInput, h: HandlerContext): Promise<ActionOutcome> {
  const actor = actorOf(h);
  if (!actor) return describeOutcome(h.tx, refuse('not_official'));
  let r: ActionResult;
  if (input.kind === 'resolve' && noteSchema.safeParse(input.note).success) r = await resolve(h.tx, env, actor, hotSpotId, input.note, input.shareable);
  else if (input.kind === 'note' && noteSchema.safeParse(input.note).success) r = await addNote(h.tx, env, actor, hotSpotId, input.note);
  else if (input.kind === 'merge') r = await merge(h.tx, env, actor, hotSpotId, input.target.slice(0, 100));
  else if (input.kind === 'update' && updateSchema.safeParse(input.update).success)
    r = await addReporterUpdate(h.tx, env, actor, h.account.channel, hotSpotId, input.update);
  else r = refuse('bad_input');
  return describeOutcome(h.tx, r, actor.id);
}

export function hotSpotEffects(env: HotSpotEnv): EffectHandlers {
  return {
    async 'hot-spots.create'({ draft }, h) {
      if (!h.person) return refuse('not_registered');
      try {
        const r = await createHotSpot(h.tx, draft, { personId: h.person.id, unitId: h.person.unitId, channel: h.account.channel }, h.flow.now);
        return { ok: true, receiptNo: r.receiptNo, hotSpotId: r.hotSpotId, visibleFrom: r.visibleFrom?.name ?? null };
      } catch (err) {
        if (err instanceof InvalidHotSpotError) return refuse('invalid');
        throw err;
      }
    },
    'hot-spots.lookup': ({ ref, mode }, h) => lookup(ref, mode, h),
    async 'hot-spots.candidates'({ hotSpotId }, h) {
      const actor = actorOf(h);
      if (!actor) return refuse('not_official');
      const r = await scopeCandidates(h, actor, hotSpotId);
      if (r.ok) return r;
      return r.code === 'not_official' ? refuse('not_official') : { ok: true, candidates: [] };
    },
    'hot-spots.act': (input, h) => act(env, input, h),
  };
}
