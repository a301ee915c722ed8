import type { Config } from '../../../core/platform/config.js';
import { AppError } from '../../../core/kernel/errors.js';
import { createI18n, type Translate } from '../../../core/kernel/i18n.js';
import { broadcastSettings, BroadcastInputError, type BroadcastSettings } from '../../../core/broadcasts/broadcast.js';
import { acknowledge, latestAwaitingAck } from '../../../core/broadcasts/ack.js';
import { composeOptions, dryRun, parseDraft, submitDraft, unitByCode } from '../../../core/broadcasts/compose.js';
import { controlBroadcast, isUuid, type ControlVerb } from '../../../core/broadcasts/control.js';
import { notifyAuthor } from '../../../core/broadcasts/notify.js';
import { releaseWaitingDeliveries } from '../../../core/broadcasts/window.js';
import { broadcastComposeFlow } from './compose-flow.js';
import type { Reply, Role } from '../../engine/types.js';
import type { EffectHandler, EffectResult, Feature, HandlerContext } from '../../engine/registry.js';
import { listReply, viewReply } from '../../../core/broadcasts/views.js';

const OFFICIALS: Role[] = ['official', 'admin'];
const CONTROL: Record<string, ControlVerb | 'view'> = { p: 'pause', r: 'resume', x: 'cancel', v: 'view' };

interface Env {
  settings: BroadcastSettings;
  quietHours: string;
  t: Translate;
  clock: () => Date;
}

/**
 * Guidance broadcasts in chat: /dinhhuong (compose, dry run, send), /dinhhuong_ds (recent
 * broadcasts and their figures), /danhan (acknowledge on channels without buttons), and the
 * buttons — "Đã nhận" `bk:<deliveryId>`, controls `bc:<id>:p|r|x|v`, approval `ba:<id>:y|n`.
 * Every button is idempotent (double taps, resent callbacks) and every official action is
 * scope-checked and audited in the update's transaction. onInbound releases the sender's
 * deliveries that waited for Zalo's interaction window.
 */
export function createBroadcastsFeature(deps: { config: Config; t?: Translate; clock?: () => Date }): Feature {
  const env: Env = {
    settings: broadcastSettings(deps.config),
    quietHours: deps.config.QUIET_HOURS,
    t: deps.t ?? createI18n().t,
    clock: deps.clock ?? (() => new Date()),
  };
  return {
    name: 'broadcasts',
    flows: [broadcastComposeFlow],
    commands: [
      { names: ['dinhhuong', 'broadcast'], flow: broadcastComposeFlow.name, roles: OFFICIALS, helpKey: 'broadcast-help-compose' },
      { names: ['dinhhuong_ds', 'broadcasts'], roles: OFFICIALS, helpKey: 'broadcast-help-list', run: (_a, h) => listReply(h, env) },
      { names: ['danhan', 'received'], helpKey: 'broadcast-help-ack', run: (_a, h) => ackLatest(h, env) },
    ],
    actions: [
      { prefix: 'bk', run: (rest, h) => ack(Number(rest), h, env) },
      { prefix: 'bc', run: (rest, h) => control(rest, h, env) },
      { prefix: 'ba', run: (rest, h) => decide(rest, h, env) },
    ],
    effects: effects(env),
    onInbound: async (h) => {
      if (h.person) await releaseWaitingDeliveries(h.tx, h.person.id, h.account.channel, h.account.accountId);
    },
  };
}

const official = (h: HandlerContext) => (h.person ? { id: h.person.id, unitId: h.person.unitId, role: h.person.role } : null);

/** Domain refusals become `{ok:false, error}` so the transaction still commits their audit entry. */
function guard(run: (h: HandlerContext, effect: Record<string, unknown>) => Promise<Record<string, unknown> | null>): EffectHandler {
  return async (effect, h): Promise<EffectResult> => {
    try {
      const data = await run(h, effect);
      return data ? { ok: true, data } : { ok: false, error: 'not_found' };
    } catch (err) {
      if (err instanceof BroadcastInputError) return { ok: false, error: err.problems[0] ?? 'unknown' };
      if (err instanceof AppError) return { ok: false, error: err.code };
      throw err;
    }
  };
}

function effects(env: Env): Record<string, EffectHandler> {
  const who = (h: HandlerContext) => {
    const o = official(h);
    if (!o) throw new AppError('not_official', 'not an official');
    return o;
  };
  const draft = (e: Record<string, unknown>) => {
    const d = parseDraft(e.draft);
    if (!d) throw new AppError('bad_draft', 'malformed draft');
    return d;
  };
  return {
    'broadcast.options': guard(async (h) => composeOptions(h.tx, who(h), env.settings, env.quietHours)),
    'broadcast.unitByCode': guard(async (h, e) => unitByCode(h.tx, who(h), String(e.code ?? ''))),
    'broadcast.dryRun': guard(async (h, e) => dryRun(h.tx, who(h), draft(e), env.settings, env.clock())),
    'broadcast.submit': guard(async (h, e) => submitDraft(h.tx, who(h), draft(e), env.settings, env.t, env.clock())),
  };
}

async function ack(deliveryId: number, h: HandlerContext, env: Env): Promise<Reply[]> {
  if (!h.person) return [{ text: h.flow.t('engine-not-registered') }];
  const r = await acknowledge(h.tx, h.person.id, deliveryId, env.clock());
  return [{ text: h.flow.t(`broadcast-ack-${r.outcome}`, { title: r.title ?? '' }) }];
}

async function ackLatest(h: HandlerContext, env: Env): Promise<Reply[]> {
  const id = h.person ? await latestAwaitingAck(h.tx, h.person.id) : null;
  return id ? ack(id, h, env) : [{ text: h.flow.t('broadcast-ack-none') }];
}

async function control(rest: string, h: HandlerContext, env: Env): Promise<Reply[]> {
  const [id = '', op = ''] = rest.split(':');
  const verb = CONTROL[op];
  const actor = official(h);
  if (!verb || !isUuid(id) || !actor) return [{ text: h.flow.t('broadcast-control-refused-not_found') }];
  if (verb === 'view') return viewReply(h, env, actor, id);
  const r = await controlBroadcast(h.tx, actor, id, verb, env.settings, env.clock());
  if (!r.ok) return [{ text: h.flow.t(`broadcast-control-refused-${r.code}`) }];
  return [{ text: h.flow.t(`broadcast-control-${verb}-ok`, { title: r.title, status: h.flow.t(`broadcast-status-${r.status}`) }) }];
}

/** Approve / reject by a second official; the author cannot approve their own broadcast. */
async function decide(rest: string, h: HandlerContext, env: Env): Promise<Reply[]> {
  const [id = '', yn = ''] = rest.split(':');
  const actor = official(h);
  if (!actor || !isUuid(id) || (yn !== 'y' && yn !== 'n')) return [{ text: h.flow.t('broadcast-control-refused-not_found') }];
  const verb: ControlVerb = yn === 'y' ? 'approve' : 'reject';
  const r = await controlBroadcast(h.tx, actor, id, verb, env.settings, env.clock());
  if (!r.ok) return [{ text: h.flow.t(`broadcast-control-refused-${r.code}`) }];
  await notifyAuthor(h.tx, id, verb === 'approve' ? 'broadcast-approved-author' : 'broadcast-rejected-author', h.person?.displayName ?? '', env.t);
  return [{ text: h.flow.t(`broadcast-control-${verb}-ok`, { title: r.title, status: h.flow.t(`broadcast-status-${r.status}`) }) }];
}
