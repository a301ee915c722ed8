import { changeStatus, listMembers, memberInScope, type StatusChange } from '../../../core/people/roster.js';
import type { Role } from '../../../core/people/people.js';
import type { Reply } from '../../engine/types.js';
import type { Feature, HandlerContext } from '../../engine/registry.js';
import type { FeatureDeps } from '../deps.js';
import { actorOf, networkEffects, rosterEnv, type NetworkDeps } from './effects.js';
import { networkInviteFlow } from './invite-flow.js';
import { networkEditFlow, networkReplaceFlow } from './member-flows.js';
import { memberCard, refusalText, roleLabel, statusLabel } from './views.js';
import { scorecardReply } from './scorecard-view.js';
import { rateReport } from '../../../core/network/ratings.js';
import { scorecardOf } from '../../../core/network/scorecard.js';
import { defaultsFromConfig } from '../../../core/people/unit-tree.js';
import { broadcastSettings } from '../../../core/broadcasts/broadcast.js';
import { networkMaterialFlow } from './material-flow.js';
import { materialEffects } from './material-effects.js';
import { libraryTopics, onMaterialAction } from './materials.js';
import { filesDirOf } from '../../../core/media/store.js';
import { fileLinkSettingsOf } from '../../../core/media/file-link.js';
import { UUID_PATTERN } from '../../../core/kernel/uuid.js';

const OFFICIALS: Role[] = ['official', 'admin'];
const PAGE = 8;
const UUID = UUID_PATTERN;

/**
 * Running the network in chat (issue 17): /moi invites one person; /mangluoi [unit code] lists
 * the people of the official's subtree, a name opens their card (`nw:p:<id>`) whose buttons
 * edit (/suactv), suspend (`nw:s:`; `nw:z:` asks first, from the monthly list), reactivate (`nw:a:`), replace (/thaythe) or mark as left
 * (`nw:q:` asks, `nw:l:` does). Every button is idempotent; every action is scope-checked and
 * audited in core/people/roster.ts. /tailieu is the training library (./materials.ts), /tailieu_moi
 * publishes to it (./material-flow.ts).
 */
export function createNetworkFeature(deps: Pick<FeatureDeps, 'config' | 'i18n'>): Feature {
  const d: NetworkDeps = deps;
  return {
    name: 'network',
    helpSection: 'network',
    flows: [networkInviteFlow, networkEditFlow, networkReplaceFlow, networkMaterialFlow],
    commands: [
      { names: ['moi', 'invite'], flow: networkInviteFlow.name, roles: OFFICIALS, helpKey: 'network-help-invite' },
      { names: ['mangluoi', 'network'], roles: OFFICIALS, run: (args, h) => list(h, args), helpKey: 'network-help-list' },
      { names: ['suactv', 'editmember'], flow: networkEditFlow.name, roles: OFFICIALS },
      { names: ['thaythe', 'replace'], flow: networkReplaceFlow.name, roles: OFFICIALS },
      { names: ['tailieu', 'materials'], run: (_args, h) => libraryTopics(h), helpKey: 'network-help-materials' },
      { names: ['tailieu_moi', 'newmaterial'], flow: networkMaterialFlow.name, roles: OFFICIALS, helpKey: 'network-help-material-new' },
    ],
    actions: [
      { prefix: 'nw', run: (rest, h) => onAction(d, h, rest) },
      {
        prefix: 'tl',
        run: (rest, h) =>
          onMaterialAction(h, rest, { timeZone: deps.config.TIMEZONE, filesDir: filesDirOf(deps.config), links: fileLinkSettingsOf(deps.config) }),
      },
    ],
    effects: { ...networkEffects(d), ...materialEffects({ settings: broadcastSettings(deps.config), t: deps.i18n.t }) },
  };
}

/**
 * "/mangluoi", "/mangluoi X01", "/mangluoi xã An Bình", "/mangluoi X01 2" (page), "/mangluoi 2":
 * a number at the end is the page, the words before it the unit's code or name.
 */
async function list(h: HandlerContext, args: string): Promise<Reply[]> {
  const t = h.flow.t;
  const tokens = args.split(/\s+/).filter(Boolean);
  const pageToken = /^\d{1,4}$/.test(tokens.at(-1) ?? '') ? tokens.pop() : undefined;
  const unitCode = tokens.join(' ') || null;
  const page = Math.max(1, Number(pageToken ?? 1));
  const r = await listMembers(h.tx, actorOf(h), unitCode, { limit: PAGE, offset: (page - 1) * PAGE });
  if (!r.ok) return [{ text: refusalText(h.flow, r.code) }];
  if (r.total === 0) return [{ text: t('network-list-empty', { unit: r.root.name }) }];
  const lines = r.members.map((m, i) =>
    t('network-list-item', {
      n: (page - 1) * PAGE + i + 1,
      name: m.displayName,
      role: roleLabel(h.flow, m.role),
      unit: m.unitName,
      status: statusLabel(h.flow, m.status),
    }),
  );
  const pages = Math.ceil(r.total / PAGE);
  const choices = r.members.map((m, i) => ({ label: `${(page - 1) * PAGE + i + 1}. ${m.displayName}`.slice(0, 60), value: `nw:p:${m.id}` }));
  if (page < pages) choices.push({ label: t('network-list-more'), value: `/mangluoi ${unitCode ?? ''} ${page + 1}`.replace(/\s+/g, ' ') });
  const head = t('network-list-title', { unit: r.root.name, total: r.total, page, pages });
  return [{ text: [head, ...lines, t('network-list-pick')].join('\n'), choices }];
}

const CHECK_ACTIONS = { p: 'network.view', q: 'network.leave', z: 'network.suspend' } as const;
const STATUS_VERBS: Record<string, StatusChange> = { s: 'suspend', a: 'reactivate', l: 'leave' };
const DONE_KEYS: Record<StatusChange, string> = { suspend: 'network-suspended', reactivate: 'network-reactivated', leave: 'network-left' };

async function onAction(d: NetworkDeps, h: HandlerContext, rest: string): Promise<Reply[]> {
  const t = h.flow.t;
  const m = new RegExp(`^([paslqzcu]):(${UUID})$`, 'i').exec(rest);
  if (!m || !h.person || !OFFICIALS.includes(h.person.role)) return [{ text: t('network-x-not_found') }];
  const [, verb, personId] = m as unknown as [string, string, string];
  if (verb === 'u') return rate(h, personId);
  if (verb === 'c') return scorecard(d, h, personId);
  if (verb === 'p' || verb === 'q' || verb === 'z') {
    const r = await memberInScope(h.tx, actorOf(h), personId, CHECK_ACTIONS[verb]);
    if (!r.ok) return [{ text: refusalText(h.flow, r.code) }];
    if (verb === 'p') return [memberCard(h.flow, r.member)];
    // Both change what the person may do and tell them: asked first (the monthly list puts «Tạm dừng» one tap away).
    const [key, btn, does] = verb === 'q' ? ['network-left-confirm', 'network-btn-left-confirm', 'l'] : ['network-suspend-confirm', 'network-btn-suspend', 's'];
    if (verb === 'z' && r.member.status !== 'active') return [{ text: refusalText(h.flow, 'same_status') }, memberCard(h.flow, r.member)];
    return [
      {
        text: t(key, { name: r.member.displayName }),
        choices: [
          { label: t(btn), value: `nw:${does}:${personId}` },
          { label: t('network-btn-back'), value: `nw:p:${personId}` },
        ],
      },
    ];
  }
  const change = STATUS_VERBS[verb]!;
  const r = await changeStatus(h.tx, rosterEnv(d), actorOf(h), personId, change, h.flow.now);
  if (!r.ok) return [{ text: refusalText(h.flow, r.code) }];
  return [{ text: t(DONE_KEYS[change], { name: r.member.displayName }) }, memberCard(h.flow, r.member)];
}

/** `nw:u:<report id>`: "hữu ích" in one tap, on a report notice or a listed report. */
async function rate(h: HandlerContext, reportId: string): Promise<Reply[]> {
  const r = await rateReport(h.tx, actorOf(h), reportId);
  if (!r.ok) return [{ text: h.flow.t(`network-rate-x-${r.code}`) }];
  return [{ text: h.flow.t(r.already ? 'network-rated-already' : 'network-rated', { receipt: r.receiptNo ?? '' }) }];
}

/** `nw:c:<person id>`: the collaborator's scorecard over the last INACTIVE_PERIODS periods. */
async function scorecard(d: NetworkDeps, h: HandlerContext, personId: string): Promise<Reply[]> {
  const found = await memberInScope(h.tx, actorOf(h), personId, 'network.view');
  if (!found.ok) return [{ text: refusalText(h.flow, found.code) }];
  const c = d.config;
  const s = await scorecardOf(h.tx, defaultsFromConfig(c), personId, h.flow.now, c.TIMEZONE, c.INACTIVE_PERIODS);
  if (!s) return [{ text: h.flow.t('network-score-not-collaborator') }];
  return [scorecardReply(h.flow, found.member.displayName, s, `nw:p:${personId}`)];
}
