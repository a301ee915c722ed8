import { acknowledge, escalateNow, markFalseAlarm, markHandling, type ActionResult, type Actor } from '../../../core/hot-spots/actions.js';
import type { HotSpotEnv } from '../../../core/hot-spots/messages.js';
import { findHotSpotByReceipt } from '../../../core/hot-spots/queries.js';
import { isUuid } from '../../../core/kernel/uuid.js';
import { audit, guarded, isOfficial } from '../../../core/hot-spots/scope.js';
import type { Locale } from '../../../core/kernel/i18n.js';
import { describeOutcome } from '../../../core/hot-spots/outcome.js';
import type { Role } from '../../../core/people/people.js';
import type { Reply } from '../../engine/types.js';
import type { Feature, HandlerContext } from '../../engine/registry.js';
import type { FeatureDeps } from '../deps.js';
import { hotspotFlows } from './action-flow.js';
import { actorOf, hotSpotEffects } from './effects.js';
import { hotSpotFlow } from './raise-flow.js';
import { onTick, planReply, TICK_PREFIX } from './playbook-view.js';
import { detailReply, listReply, outcomeReply } from './views.js';

const REPORTERS: Role[] = ['collaborator', 'official'];
const OFFICIALS: Role[] = ['official', 'admin'];

/** An action's outcome, worded for the person who acted. */
async function outcome(h: HandlerContext, r: ActionResult): Promise<Reply> {
  return outcomeReply(h.flow.t, await describeOutcome(h.tx, r, h.person?.id));
}

/** Verb on a button → one-tap action. */
const ONE_TAP: Record<string, (tx: HandlerContext['tx'], env: HotSpotEnv, actor: Actor, id: string) => Promise<ActionResult>> = {
  ack: acknowledge,
  work: markHandling,
  false: markFalseAlarm,
  up: escalateNow,
};

/** Verb on a button → the command that starts its multi-step flow (the flow checks scope and audits). */
const FLOW_COMMAND: Record<string, string> = { done: 'ketthuc', note: 'ghichu', merge: 'gop', upd: 'capnhat', fwd: 'chuyenxuly' };

/** «Ghi chú», «Đã ổn định / Kết thúc», «Gộp», «Bổ sung», «Chuyển xử lý» (the case flow) start their flow on the tap: the next text typed is the answer. */
function flowCommand(rest: string): string | null {
  const m = /^([0-9a-f-]{36}):([a-z]{2,6})$/i.exec(rest);
  const command = m && isUuid(m[1]!) ? FLOW_COMMAND[m[2]!] : undefined;
  return command ? `/${command} ${m![1]}` : null;
}

/**
 * Hot spots in chat. Reporters raise one (/diemnong) and add to their own open alert
 * (/capnhat). Officials act on the buttons of alert notifications (`h:<id>:<verb>`, ≤ 64
 * bytes), list open alerts in their subtree (/canhbao, paged), acknowledge by receipt
 * (/tiepnhan), and resolve, note or merge through short flows (/ketthuc, /ghichu, /gop). Every
 * action runs in the update's transaction, is scope-checked and audited (core/hot-spots/scope.ts).
 */
export function createHotSpotsFeature(deps: FeatureDeps): Feature {
  const env: HotSpotEnv = { i18n: deps.i18n, config: deps.config, clock: deps.clock };
  return {
    name: 'hot-spots',
    helpSection: 'hot-spots',
    flows: [hotSpotFlow, ...hotspotFlows],
    commands: [
      { names: ['diemnong', 'hotspot'], flow: hotSpotFlow.name, roles: REPORTERS, helpKey: 'hot-spots-help-diemnong' },
      { names: ['canhbao', 'alerts'], roles: OFFICIALS, helpKey: 'hot-spots-help-canhbao', run: (args, h) => list(env, h, Number.parseInt(args, 10) - 1 || 0) },
      { names: ['tiepnhan', 'ack'], roles: OFFICIALS, helpKey: 'hot-spots-help-tiepnhan', run: (args, h) => ackByRef(env, args, h) },
      { names: ['ketthuc', 'resolve'], roles: OFFICIALS, helpKey: 'hot-spots-help-ketthuc', flow: 'hotspot-resolve' },
      { names: ['ghichu', 'note'], roles: OFFICIALS, helpKey: 'hot-spots-help-ghichu', flow: 'hotspot-note' },
      { names: ['gop', 'merge'], roles: OFFICIALS, helpKey: 'hot-spots-help-gop', flow: 'hotspot-merge' },
      { names: ['capnhat', 'update'], helpKey: 'hot-spots-help-capnhat', flow: 'hotspot-update' },
      { names: ['kichban', 'playbook'], roles: OFFICIALS, helpKey: 'hot-spots-help-kichban', run: (args, h) => planReply(env, h, args) },
    ],
    actions: [
      { prefix: 'h', run: (rest, h) => onAction(env, rest, h), command: flowCommand },
      { prefix: TICK_PREFIX, run: (rest, h) => onTick(env, rest, h) },
    ],
    effects: hotSpotEffects(env),
  };
}

const locale = (h: HandlerContext): Locale => h.flow.locale;

async function onAction(env: HotSpotEnv, rest: string, h: HandlerContext): Promise<Reply[]> {
  const actor = actorOf(h);
  if (!actor) return [{ text: h.flow.t('hot-spots-x-not_official') }];
  const page = /^list:(\d{1,4})$/.exec(rest);
  if (page) return list(env, h, Number(page[1]));
  const m = /^([0-9a-f-]{36}):([a-z]{2,6})$/i.exec(rest);
  if (!m || !isUuid(m[1]!)) return badInput(actor, h);
  const [, id, verb] = m as unknown as [string, string, string];
  const oneTap = ONE_TAP[verb];
  if (oneTap) return [await outcome(h, await oneTap(h.tx, env, actor, id))];
  if (verb === 'view') return view(env, actor, id, h);
  if (verb === 'plan') return planReply(env, h, id);
  return badInput(actor, h);
}

/** A broken button: the hint names only commands this person can use (/canhbao is for officials). */
function badInput(actor: Actor, h: HandlerContext): Reply[] {
  return [{ text: h.flow.t(isOfficial(actor) ? 'hot-spots-x-bad_input' : 'hot-spots-x-bad_input-member') }];
}

async function list(env: HotSpotEnv, h: HandlerContext, page: number): Promise<Reply[]> {
  const actor = actorOf(h);
  if (!actor || !isOfficial(actor)) {
    await audit(h.tx, actor, 'list', null, { ok: false, code: 'not_official' });
    return [{ text: h.flow.t('hot-spots-x-not_official') }];
  }
  return [await listReply(h.tx, env, locale(h), actor.unitId, Math.max(0, page))];
}

/** An alert's own view (card, status, timeline, buttons) by id, for /xem DN-… (the report browser). */
export function alertView(deps: FeatureDeps): (id: string, h: HandlerContext) => Promise<Reply[]> {
  const env: HotSpotEnv = { i18n: deps.i18n, config: deps.config, clock: deps.clock };
  return (id, h) => {
    const actor = actorOf(h);
    return actor ? view(env, actor, id, h) : Promise.resolve([{ text: h.flow.t('hot-spots-x-not_official') }]);
  };
}

async function view(env: HotSpotEnv, actor: Actor, id: string, h: HandlerContext): Promise<Reply[]> {
  const r = await guarded(h.tx, actor, id, 'view', async (hs) => ({ ok: true, code: 'viewed', hs }));
  return [r.ok ? await detailReply(h.tx, env, locale(h), r.hs) : await outcome(h, r)];
}

/** /tiepnhan <mã>: acknowledge by receipt number (channels without buttons); no code → the list. */
async function ackByRef(env: HotSpotEnv, args: string, h: HandlerContext): Promise<Reply[]> {
  const actor = actorOf(h);
  const ref = args.trim();
  if (!actor || !ref) return list(env, h, 0);
  const hs = isUuid(ref) ? { id: ref } : await findHotSpotByReceipt(h.tx, ref);
  const r = await acknowledge(h.tx, env, actor, hs?.id ?? ref);
  // Receipts are sequential: one elsewhere is answered exactly as one that does not exist (the audit keeps the reason).
  if (!r.ok && (r.code === 'out_of_scope' || r.code === 'not_found')) return [{ text: h.flow.t('hot-spots-x-not_found') }];
  return [await outcome(h, r)];
}
