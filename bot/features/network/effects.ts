import type { Config } from '../../../core/platform/config.js';
import type { I18n } from '../../../core/kernel/i18n.js';
import { localTime } from '../../../core/kernel/zoned-time.js';
import type { Ok, Refusal } from '../../../core/kernel/result.js';
import type { Role } from '../../../core/people/people.js';
import {
  editMember,
  inviteMember,
  memberInScope,
  replaceMember,
  type Actor,
  type Member,
  type MemberChange,
  type RosterEnv,
  type RosterRefusal,
} from '../../../core/people/roster.js';
import type { EffectHandlers, HandlerContext } from '../../engine/registry.js';
import type { InviteIssued } from './views.js';

declare module '../../engine/effects.js' {
  interface EffectMap {
    /** The person a card flow acts on, scope-checked (a refusal is audited under `action`). */
    'network.lookup': [{ personId: string; action: 'network.edit' | 'network.replace' }, Ok<{ member: Member }> | Refusal<RosterRefusal>];
    'network.invite': [
      { draft: { name: string; unitCode: string | null; role: Role; stratum: string | null; sector: string | null } },
      Ok<InviteIssued> | Refusal<RosterRefusal>,
    ];
    'network.edit': [{ personId: string; change: MemberChange }, Ok<{ member: Member }> | Refusal<RosterRefusal>];
    'network.replace': [{ personId: string; name: string }, Ok<InviteIssued> | Refusal<RosterRefusal>];
  }
}

export type NetworkDeps = {
  config: Pick<
    Config,
    'INVITE_TTL_HOURS' | 'TELEGRAM_BOT_USERNAME' | 'TIMEZONE' | 'INACTIVE_PERIODS' | 'REPORT_DEADLINE_DAY' | 'REPORT_CUTOFF_DAY' | 'REPORT_LOCK_DAYS'
  >;
  i18n: Pick<I18n, 't'>;
};

export const rosterEnv = (deps: NetworkDeps): RosterEnv => ({ t: deps.i18n.t, inviteTtlHours: deps.config.INVITE_TTL_HOURS });

export function actorOf(h: HandlerContext): Actor {
  return { id: h.person!.id, role: h.person!.role, unitId: h.person!.unitId };
}

function fmt(at: Date, timeZone: string): string {
  const l = localTime(at, timeZone);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(l.hour)}:${p(l.minute)} ${p(l.day)}/${p(l.month)}/${l.year}`;
}

function issued(deps: NetworkDeps, r: { code: string; expiresAt: Date; unitName: string }, name: string): InviteIssued {
  const bot = deps.config.TELEGRAM_BOT_USERNAME;
  return {
    code: r.code,
    name,
    unitName: r.unitName,
    expires: fmt(r.expiresAt, deps.config.TIMEZONE),
    link: bot ? `https://t.me/${bot}?start=${r.code}` : null,
  };
}

export function networkEffects(deps: NetworkDeps): EffectHandlers {
  const env = rosterEnv(deps);
  return {
    'network.lookup': ({ personId, action }, h) => memberInScope(h.tx, actorOf(h), personId, action),
    async 'network.invite'({ draft }, h) {
      const r = await inviteMember(
        h.tx,
        env,
        actorOf(h),
        { displayName: draft.name, unitCode: draft.unitCode, role: draft.role, stratum: draft.stratum, sector: draft.sector },
        h.flow.now,
      );
      return r.ok ? { ok: true, ...issued(deps, r, draft.name) } : r;
    },
    'network.edit': ({ personId, change }, h) => editMember(h.tx, env, actorOf(h), personId, change, h.flow.now),
    async 'network.replace'({ personId, name }, h) {
      const r = await replaceMember(h.tx, env, actorOf(h), personId, name, h.flow.now);
      return r.ok ? { ok: true, ...issued(deps, r, name) } : r;
    },
  };
}
