import { z } from 'zod';
import { addNote, merge, resolve, type ActionResult, type Actor } from '../../../core/hot-spots/actions.js';
import { listOpenInScope, reporterOpenAlerts } from '../../../core/hot-spots/list.js';
import type { HotSpotEnv } from '../../../core/hot-spots/messages.js';
import { findHotSpot, findHotSpotByReceipt, isActive, isUuid } from '../../../core/hot-spots/queries.js';
import { addReporterUpdate } from '../../../core/hot-spots/reporter.js';
import { audit, inScope, isOfficial } from '../../../core/hot-spots/scope.js';
import type { Locale } from '../../../core/kernel/i18n.js';
import type { Effect } from '../../engine/types.js';
import type { EffectHandler, EffectResult, HandlerContext } from '../../engine/registry.js';
import { resultReply } from './views.js';

const CANDIDATES = 5;

export function actorOf(h: HandlerContext): Actor | null {
  const p = h.person;
  return p ? { id: p.id, role: p.role, unitId: p.unitId, displayName: p.displayName } : null;
}

const refused = (h: HandlerContext, code: string): EffectResult => ({ ok: false, error: code, data: { text: h.flow.t(`hso-x-${code}`) } });

/** hotspot-lookup {ref, mode}: which alert the flow is about (checked for role, scope and state). */
async function lookup(env: HotSpotEnv, effect: Effect, h: HandlerContext): Promise<EffectResult> {
  const actor = actorOf(h);
  if (!actor) return refused(h, 'not_official');
  const ref = typeof effect.ref === 'string' ? effect.ref.trim() : '';
  const reporterMode = effect.mode === 'reporter';
  if (!ref) return reporterMode ? ownCandidates(h, actor) : scopeCandidates(h, actor);
  const hs = isUuid(ref) ? await findHotSpot(h.tx, ref) : await findHotSpotByReceipt(h.tx, ref);
  if (!hs) return refused(h, 'not_found');
  if (reporterMode ? hs.reporterId !== actor.id : !(isOfficial(actor) && (await inScope(h.tx, actor, hs)))) {
    const code = reporterMode ? 'not_reporter' : isOfficial(actor) ? 'out_of_scope' : 'not_official';
    await audit(h.tx, actor, reporterMode ? 'update' : 'lookup', hs.id, { ok: false, code });
    return refused(h, code);
  }
  if (!isActive(hs.status) && !(reporterMode && hs.status === 'merged')) {
    return { ok: false, error: 'closed', data: { text: (await resultReply(h.tx, env, h.flow.locale as Locale, { ok: false, code: 'closed', hs })).text } };
  }
  return { ok: true, data: { hotSpotId: hs.id, receipt: hs.receiptNo } };
}

async function scopeCandidates(h: HandlerContext, actor: Actor, exclude?: string): Promise<EffectResult> {
  if (!isOfficial(actor)) return refused(h, 'not_official');
  const page = await listOpenInScope(h.tx, actor.unitId, 0, CANDIDATES, exclude);
  if (page.items.length === 0) return { ok: exclude !== undefined, error: 'none', data: { text: h.flow.t('hso-list-empty'), candidates: [] } };
  return { ok: true, data: { candidates: page.items.map((i) => ({ label: `${i.receiptNo} (${i.unitName})`, value: i.id })) } };
}

async function ownCandidates(h: HandlerContext, actor: Actor): Promise<EffectResult> {
  const mine = await reporterOpenAlerts(h.tx, actor.id, CANDIDATES);
  if (mine.length === 0) return { ok: false, error: 'none', data: { text: h.flow.t('hso-none-own') } };
  if (mine.length === 1) return { ok: true, data: { hotSpotId: mine[0]!.id, receipt: mine[0]!.receiptNo } };
  return { ok: true, data: { candidates: mine.map((i) => ({ label: i.receiptNo, value: i.id })) } };
}

const mediaSchema = z.object({ kind: z.enum(['photo', 'voice', 'document', 'video']), fileId: z.string().min(1).max(1000) }).passthrough();
const actSchema = z.object({
  kind: z.enum(['resolve', 'note', 'merge', 'update']),
  hotSpotId: z.string(),
  note: z.string().max(20_000).optional(),
  shareable: z.boolean().optional(),
  target: z.string().max(100).optional(),
  update: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('text'), text: z.string().min(1).max(20_000) }),
      z.object({ kind: z.literal('location'), latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }),
      z.object({ kind: z.literal('media'), media: mediaSchema, caption: z.string().max(2_000).optional() }),
    ])
    .optional(),
});

/** hotspot-act {kind, hotSpotId, …}: the action itself, in the update's transaction. */
async function act(env: HotSpotEnv, effect: Effect, h: HandlerContext): Promise<EffectResult> {
  const actor = actorOf(h);
  const parsed = actSchema.safeParse(effect);
  if (!actor || !parsed.success) return refused(h, actor ? 'bad_input' : 'not_official');
  const a = parsed.data;
  let r: ActionResult;
  if (a.kind === 'resolve') r = await resolve(h.tx, env, actor, a.hotSpotId, a.note ?? '', a.shareable ?? false);
  else if (a.kind === 'note') r = await addNote(h.tx, env, actor, a.hotSpotId, a.note ?? '');
  else if (a.kind === 'merge') r = await merge(h.tx, env, actor, a.hotSpotId, a.target ?? '');
  else if (a.update) r = await addReporterUpdate(h.tx, env, actor, h.account.channel, a.hotSpotId, a.update as Parameters<typeof addReporterUpdate>[5]);
  else return refused(h, 'bad_input');
  const reply = await resultReply(h.tx, env, h.flow.locale as Locale, r);
  return { ok: r.ok, error: r.ok ? undefined : r.code, data: { text: reply.text } };
}

/** hotspot-candidates {hotSpotId}: other open alerts in scope to merge into. */
async function candidates(effect: Effect, h: HandlerContext): Promise<EffectResult> {
  const actor = actorOf(h);
  if (!actor) return refused(h, 'not_official');
  return scopeCandidates(h, actor, String(effect.hotSpotId ?? ''));
}

export function hotSpotEffects(env: HotSpotEnv): Record<string, EffectHandler> {
  return {
    'hotspot-lookup': (e, h) => lookup(env, e, h),
    'hotspot-candidates': (e, h) => candidates(e, h),
    'hotspot-act': (e, h) => act(env, e, h),
  };
}
