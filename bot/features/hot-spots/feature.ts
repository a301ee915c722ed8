import type { Config } from '../../../core/platform/config.js';
import { acknowledge, escalateNow, markFalseAlarm, markHandling, type ActionResult, type Actor } from '../../../core/hot-spots/actions.js';
import type { HotSpotEnv } from '../../../core/hot-spots/messages.js';
import { findHotSpot, findHotSpotByReceipt, isActive, isUuid } from '../../../core/hot-spots/queries.js';
import { audit, guarded, isOfficial } from '../../../core/hot-spots/scope.js';
import { createI18n, type Locale } from '../../../core/kernel/i18n.js';
import { hotspotFlows } from './action-flows.js';
import type { Reply, Role } from '../../engine/types.js';
import type { Feature, HandlerContext } from '../../engine/registry.js';
import { actorOf, hotSpotEffects } from './effects.js';
import { detailReply, listReply, resultReply } from './views.js';

const OFFICIALS: Role[] = ['official', 'admin'];

/** Verb on a button → one-tap action. */
const ONE_TAP: Record<string, (tx: HandlerContext['tx'], env: HotSpotEnv, actor: Actor, id: string) => Promise<ActionResult>> = {
  ack: acknowledge,
  work: markHandling,
  false: markFalseAlarm,
  up: escalateNow,
};

/** Verb on a button → the command that starts its multi-step flow. */
const FLOW_COMMAND: Record<string, string> = { done: 'ketthuc', note: 'ghichu', merge: 'gop' };

/**
 * Officials' side of hot spots in chat: the buttons on alert notifications (`h:<id>:<verb>`,
 * ≤ 64 bytes), /canhbao (open alerts in their subtree, paged), /tiepnhan, and the multi-step
 * actions as flows (/ketthuc, /ghichu, /gop); reporters add updates with /capnhat. Every action
 * runs in the update's transaction, is scope-checked and audited (core/hot-spots/scope.ts).
 */
export function createHotSpotOfficialFeature(deps: { config: Config; i18n?: HotSpotEnv['i18n']; clock?: () => Date }): Feature {
  const i18n = deps.i18n ?? createI18n();
  const env: HotSpotEnv = { i18n, config: deps.config, clock: deps.clock };
  return {
    name: 'hot-spot-official',
    flows: hotspotFlows,
    commands: [
      { names: ['canhbao', 'alerts'], roles: OFFICIALS, helpKey: 'hso-help-canhbao', run: (args, h) => list(env, h, Number.parseInt(args, 10) - 1 || 0) },
      { names: ['tiepnhan', 'ack'], roles: OFFICIALS, helpKey: 'hso-help-tiepnhan', run: (args, h) => ackByRef(env, args, h) },
      { names: ['ketthuc', 'resolve'], roles: OFFICIALS, helpKey: 'hso-help-ketthuc', flow: 'hotspot-resolve' },
      { names: ['ghichu', 'note'], roles: OFFICIALS, helpKey: 'hso-help-ghichu', flow: 'hotspot-note' },
      { names: ['gop', 'merge'], roles: OFFICIALS, helpKey: 'hso-help-gop', flow: 'hotspot-merge' },
      { names: ['capnhat', 'update'], helpKey: 'hso-help-capnhat', flow: 'hotspot-update' },
    ],
    actions: [{ prefix: 'h', run: (rest, h) => onAction(env, rest, h) }],
    effects: hotSpotEffects(env),
  };
}

const locale = (h: HandlerContext) => h.flow.locale as Locale;

async function onAction(env: HotSpotEnv, rest: string, h: HandlerContext): Promise<Reply[]> {
  const actor = actorOf(h);
  if (!actor) return [{ text: h.flow.t('hso-x-not_official') }];
  const page = /^list:(\d{1,4})$/.exec(rest);
  if (page) return list(env, h, Number(page[1]));
  const m = /^([0-9a-f-]{36}):([a-z]{2,6})$/i.exec(rest);
  if (!m || !isUuid(m[1]!)) return [{ text: h.flow.t('hso-x-bad_input') }];
  const [, id, verb] = m as unknown as [string, string, string];
  const oneTap = ONE_TAP[verb];
  if (oneTap) return [await resultReply(h.tx, env, locale(h), await oneTap(h.tx, env, actor, id))];
  if (verb === 'view') return view(env, actor, id, h);
  if (FLOW_COMMAND[verb]) return prompt(env, actor, id, verb, h);
  if (verb === 'upd') return reporterPrompt(env, actor, id, h);
  return [{ text: h.flow.t('hso-x-bad_input') }];
}

async function list(env: HotSpotEnv, h: HandlerContext, page: number): Promise<Reply[]> {
  const actor = actorOf(h);
  if (!actor || !isOfficial(actor)) {
    await audit(h.tx, actor, 'list', null, { ok: false, code: 'not_official' });
    return [{ text: h.flow.t('hso-x-not_official') }];
  }
  return [await listReply(h.tx, env, locale(h), actor.unitId, Math.max(0, page))];
}

async function view(env: HotSpotEnv, actor: Actor, id: string, h: HandlerContext): Promise<Reply[]> {
  const r = await guarded(h.tx, actor, id, 'view', async (hs) => ({ ok: true, code: 'viewed', hs }));
  return [r.ok ? await detailReply(h.tx, env, locale(h), r.hs) : await resultReply(h.tx, env, locale(h), r)];
}

/** Buttons cannot start a flow directly; the reply offers the command that does (one more tap). */
async function prompt(env: HotSpotEnv, actor: Actor, id: string, verb: string, h: HandlerContext): Promise<Reply[]> {
  const r = await guarded(h.tx, actor, id, `prompt_${verb}`, async (hs) =>
    isActive(hs.status) ? { ok: true, code: 'prompted', hs } : { ok: false, code: 'closed', hs },
  );
  if (!r.ok) return [await resultReply(h.tx, env, locale(h), r)];
  const receipt = r.hs.receiptNo;
  return [
    {
      text: h.flow.t(`hso-prompt-${verb}`, { receipt }),
      choices: [
        { label: h.flow.t(`hso-btn-start-${verb}`), value: `/${FLOW_COMMAND[verb]} ${receipt}` },
        { label: h.flow.t('hso-btn-cancel'), value: '/huy' },
      ],
    },
  ];
}

async function reporterPrompt(env: HotSpotEnv, actor: Actor, id: string, h: HandlerContext): Promise<Reply[]> {
  const own = await findHotSpot(h.tx, id);
  if (!own || own.reporterId !== actor.id) {
    await audit(h.tx, actor, 'update', own?.id ?? null, { ok: false, code: 'not_reporter' });
    return [{ text: h.flow.t('hso-x-not_reporter') }];
  }
  if (!isActive(own.status) && own.status !== 'merged') return [await resultReply(h.tx, env, locale(h), { ok: false, code: 'closed', hs: own })];
  return [
    {
      text: h.flow.t('hso-prompt-upd', { receipt: own.receiptNo }),
      choices: [
        { label: h.flow.t('hso-btn-start-upd'), value: `/capnhat ${own.receiptNo}` },
        { label: h.flow.t('hso-btn-cancel'), value: '/huy' },
      ],
    },
  ];
}

/** /tiepnhan <mã>: acknowledge by receipt number (channels without buttons); no code → the list. */
async function ackByRef(env: HotSpotEnv, args: string, h: HandlerContext): Promise<Reply[]> {
  const actor = actorOf(h);
  const ref = args.trim();
  if (!actor || !ref) return list(env, h, 0);
  const hs = isUuid(ref) ? { id: ref } : await findHotSpotByReceipt(h.tx, ref);
  const r = await acknowledge(h.tx, env, actor, hs?.id ?? ref);
  return [await resultReply(h.tx, env, locale(h), r)];
}
