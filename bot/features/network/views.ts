import { formatInviteCode } from '../../../core/people/invites.js';
import { ROLE_LABEL_KEYS, type Member, type RosterRefusal } from '../../../core/people/roster.js';
import { optionLabel } from '../../engine/common/options.js';
import type { FlowContext, Reply } from '../../engine/types.js';
import { REPORT_OPTIONS } from '../reports/options.js';

/** An invite as the effects return it: the clear code is shown once, here. */
export interface InviteIssued {
  code: string;
  name: string;
  unitName: string;
  expires: string;
  /** Telegram deep link, when the bot's username is configured. */
  link: string | null;
}

type T = Pick<FlowContext, 't'>;

const REFUSALS: Record<RosterRefusal, string> = {
  unknown_unit: 'network-x-unknown_unit',
  out_of_scope: 'network-x-out_of_scope',
  not_found: 'network-x-not_found',
  bad_role: 'network-x-bad_role',
  bad_name: 'network-x-bad_name',
  bad_stratum: 'network-x-bad_stratum',
  bad_sector: 'network-x-bad_sector',
  self: 'network-x-self',
  same_status: 'network-x-same_status',
  not_current: 'network-x-not_current',
};

export const refusalText = (ctx: T, code: RosterRefusal): string => ctx.t(REFUSALS[code]);

/** The code to hand over: read aloud (two groups of four), the deep link, and the /start line for Zalo. */
export function inviteCodeReplies(ctx: T, r: InviteIssued, leadKey: 'network-invite-done' | 'network-replace-done'): Reply[] {
  const lines = [
    ctx.t(leadKey, { name: r.name, unit: r.unitName }),
    ctx.t('network-invite-code', { code: formatInviteCode(r.code), expires: r.expires }),
    ...(r.link ? [ctx.t('network-invite-link', { link: r.link })] : []),
    ctx.t('network-invite-start', { code: r.code }),
  ];
  return [{ text: lines.join('\n') }];
}

const STATUS_KEYS: Record<Member['status'], string> = {
  active: 'network-status-active',
  suspended: 'network-status-suspended',
  replaced: 'network-status-replaced',
  left: 'network-status-left',
};

export const roleLabel = (ctx: T, role: Member['role']) => ctx.t(ROLE_LABEL_KEYS[role]);
export const statusLabel = (ctx: T, status: Member['status']) => ctx.t(STATUS_KEYS[status]);

/** One person's card with the actions their status allows. */
export function memberCard(ctx: T, m: Member): Reply {
  const text = ctx.t('network-card', {
    name: m.displayName,
    role: roleLabel(ctx, m.role),
    unit: `${m.unitName} (${m.unitCode})`,
    stratum: optionLabel(ctx, REPORT_OPTIONS.stratum, m.stratum),
    sector: m.sector ?? '—',
    status: statusLabel(ctx, m.status),
  });
  const choices: Reply['choices'] = [];
  if (m.role === 'collaborator') choices.push({ label: ctx.t('network-btn-scorecard'), value: `nw:c:${m.id}` });
  if (m.status === 'active' || m.status === 'suspended') choices.push({ label: ctx.t('network-btn-edit'), value: `/suactv ${m.id}` });
  if (m.status === 'active') choices.push({ label: ctx.t('network-btn-suspend'), value: `nw:s:${m.id}` });
  if (m.status === 'suspended') choices.push({ label: ctx.t('network-btn-reactivate'), value: `nw:a:${m.id}` });
  if (m.status === 'active' || m.status === 'suspended') {
    choices.push({ label: ctx.t('network-btn-replace'), value: `/thaythe ${m.id}` });
    choices.push({ label: ctx.t('network-btn-left'), value: `nw:q:${m.id}` });
  }
  return { text, choices };
}
