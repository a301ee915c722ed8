import { broadcastSettings } from '../../../core/broadcasts/broadcast.js';
import { acknowledge, latestAwaitingAck } from '../../../core/broadcasts/ack.js';
import { controlBroadcast, type Actor, type ControlVerb } from '../../../core/broadcasts/control.js';
import { isUuid } from '../../../core/kernel/uuid.js';
import { notifyAuthor } from '../../../core/broadcasts/notify.js';
import { recentWithFigures, viewBroadcast } from '../../../core/broadcasts/overview.js';
import type { Role } from '../../../core/people/people.js';
import type { Reply } from '../../engine/types.js';
import type { Feature, HandlerContext } from '../../engine/registry.js';
import type { FeatureDeps } from '../deps.js';
import { broadcastComposeFlow } from './compose-flow.js';
import { broadcastEffects, type BroadcastsEnv } from './effects.js';
import { listReply, viewReply } from './views.js';

const OFFICIALS: Role[] = ['official', 'admin'];
const CONTROL: Record<string, ControlVerb | 'view'> = { p: 'pause', r: 'resume', x: 'cancel', v: 'view' };

type Env = BroadcastsEnv;

/**
 * Guidance broadcasts in chat: /dinhhuong (compose, dry run, send), /dinhhuong_ds (recent
 * broadcasts and their figures), /danhan (acknowledge on channels without buttons), and the
 * buttons — "Đã nhận" `bk:<deliveryId>`, controls `bc:<id>:p|r|x|v`, approval `ba:<id>:y|n`.
 * Every button is idempotent (double taps, resent callbacks) and every official action is
 * scope-checked and audited in the update's transaction. onInbound releases the sender's
 * deliveries that waited for Zalo's interaction window.
 */
export function createBroadcastsFeature(deps: FeatureDeps): Feature {
  const env: Env = {
    settings: broadcastSettings(deps.config),
    quietHours: deps.config.QUIET_HOURS,
    t: deps.i18n.t,
    clock: deps.clock ?? (() => new Date()),
  };
  return {
    name: 'broadcasts',
    helpSection: 'broadcasts',
    flows: [broadcastComposeFlow],
    commands: [
      { names: ['dinhhuong', 'broadcast'], flow: broadcastComposeFlow.name, roles: OFFICIALS, helpKey: 'broadcast-help-compose' },
      { names: ['dinhhuong_ds', 'broadcasts'], roles: OFFICIALS, helpKey: 'broadcast-help-list', run: (_a, h) => list(h, env) },
      { names: ['danhan', 'received'], helpKey: 'broadcast-help-ack', typedLabels: ['broadcast-ack-button'], run: (_a, h) => ackLatest(h, env) },
    ],
    actions: [
      { prefix: 'bk', run: (rest, h) => ack(Number(rest), h, env) },
      { prefix: 'bc', run: (rest, h) => control(rest, h, env) },
      { prefix: 'ba', run: (rest, h) => decide(rest, h, env) },
    ],
    effects: broadcastEffects(env),
    // Deliveries waiting for the Zalo window are released by the delivery feature (bot/features/delivery).
  };
}

const official = (h: HandlerContext): Actor | null => (h.person ? { id: h.person.id, unitId: h.person.unitId, role: h.person.role } : null);

async function list(h: HandlerContext, env: Env): Promise<Reply[]> {
  if (!h.person) return [{ text: h.flow.t('engine-not-registered') }];
  return [listReply(h.flow, env.settings, await recentWithFigures(h.tx, h.person.unitId))];
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
  if (verb === 'view') return [viewReply(h.flow, env.settings, await viewBroadcast(h.tx, actor, id))];
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
