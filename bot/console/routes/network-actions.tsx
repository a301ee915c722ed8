import type { Context, Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { pendingReplacementInvite } from '../../../core/console/pending-invite.js';
import { isUuid } from '../../../core/kernel/uuid.js';
import { formatInviteCode } from '../../../core/people/invites.js';
import { changeStatus, memberInScope, replaceMember, type RosterEnv, type StatusChange } from '../../../core/people/roster.js';
import { scorecardOf } from '../../../core/network/scorecard.js';
import { defaultsFromConfig } from '../../../core/people/unit-tree.js';
import { scorecardReply } from '../../features/network/scorecard-view.js';
import type { ConsoleDeps } from '../deps.js';
import { fmtTime, pageCtx } from '../page-context.js';
import { MemberActionResultPage } from '../pages/network-actions.js';
import type { ConsoleEnv } from '../security.js';

const STATUS: Record<string, { change: StatusChange; done: string }> = {
  suspend: { change: 'suspend', done: 'network-suspended' },
  reactivate: { change: 'reactivate', done: 'network-reactivated' },
  leave: { change: 'leave', done: 'network-left' },
};

/**
 * POST /console/network/:id/(suspend|reactivate|leave|replace) — the chat card's actions on the
 * same core functions (core/people/roster.ts): scope-checked, audited, the person told.
 */
export function networkActionRoutes(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  const env: RosterEnv = { t: deps.t, inviteTtlHours: deps.config.INVITE_TTL_HOURS };
  app.get('/network/:id{[0-9a-f-]{36}}/scorecard', async (c) => {
    const user = c.get('user');
    const lang = c.get('lang');
    const id = c.req.param('id');
    const ctx = pageCtx(c, deps.t, deps.assets, deps.config.TIMEZONE);
    const out = await deps.db.transaction(async (tx) => {
      const found = await memberInScope(tx, { id: user.id, role: user.role, unitId: user.unitId }, id, 'network.view');
      if (!found.ok) return found;
      const cfg = deps.config;
      const card = await scorecardOf(tx, defaultsFromConfig(cfg), id, deps.now(), cfg.TIMEZONE, cfg.INACTIVE_PERIODS);
      return { ok: true as const, name: found.member.displayName, card };
    });
    if (!out.ok) return c.html(<MemberActionResultPage ctx={ctx} ok={false} lines={[deps.t(lang, `network-x-${out.code}`)]} />, status(out.code));
    if (!out.card) return c.html(<MemberActionResultPage ctx={ctx} ok={false} lines={[deps.t(lang, 'network-score-not-collaborator')]} />, 409);
    const lines = scorecardReply(ctx, out.name, out.card, '').text.split('\n');
    return c.html(<MemberActionResultPage ctx={ctx} ok={true} lines={lines} />);
  });
  /** The replacement just made and its invite code, while the code is unused and valid, to the official who made it. */
  app.get('/network/:id{[0-9a-f-]{36}}/replaced', async (c) => {
    const user = c.get('user');
    const lang = c.get('lang');
    const t = (key: string, args?: Record<string, string | number>) => deps.t(lang, key, args);
    const ctx = pageCtx(c, deps.t, deps.assets, deps.config.TIMEZONE);
    const id = c.req.param('id');
    const kept = keptInvite(c);
    const inv = kept
      ? await pendingReplacementInvite(deps.db, { inviteId: kept.i, code: kept.c, createdBy: user.id, replacesPersonId: id, now: deps.now() })
      : null;
    if (!kept || !inv) return c.html(<MemberActionResultPage ctx={ctx} ok={false} lines={[t('network-replace-code-gone')]} />);
    const bot = deps.config.TELEGRAM_BOT_USERNAME;
    return c.html(
      <MemberActionResultPage
        ctx={ctx}
        ok={true}
        lines={[
          t('network-replace-done', { name: inv.displayName, unit: inv.unitName }),
          t('network-invite-code', { code: formatInviteCode(kept.c), expires: fmtTime(inv.expiresAt, deps.config.TIMEZONE) }),
          ...(bot ? [t('network-invite-link', { link: `https://t.me/${bot}?start=${kept.c}` })] : []),
          t('network-invite-start', { code: kept.c }),
        ]}
      />,
    );
  });
  app.post('/network/:id{[0-9a-f-]{36}}/:verb{suspend|reactivate|leave|replace}', async (c) => {
    const user = c.get('user');
    const lang = c.get('lang');
    const t = (key: string, args?: Record<string, string | number>) => deps.t(lang, key, args);
    const actor = { id: user.id, role: user.role, unitId: user.unitId };
    const id = c.req.param('id');
    const verb = c.req.param('verb');
    const now = deps.now();
    const page = (code: string | null, lines: string[]) =>
      c.html(<MemberActionResultPage ctx={pageCtx(c, deps.t, deps.assets, deps.config.TIMEZONE)} ok={code === null} lines={lines} />, status(code));
    if (verb === 'replace') {
      const body = await c.req.parseBody();
      const name = typeof body.name === 'string' ? body.name : '';
      const r = await deps.db.transaction((tx) => replaceMember(tx, env, actor, id, name, now));
      if (!r.ok) return page(r.code, [t(`network-x-${r.code}`)]);
      // Post/Redirect/Get: a reload shows the code again (it is stored only hashed, so this browser keeps it).
      const seconds = Math.min(INVITE_COOKIE_MAX_S, Math.floor((r.expiresAt.getTime() - now.getTime()) / 1000));
      setCookie(c, INVITE_COOKIE, JSON.stringify({ i: r.inviteId, c: r.code }), {
        path: replacedPath(id),
        maxAge: Math.max(0, seconds),
        httpOnly: true,
        sameSite: 'Strict',
        secure: deps.secureCookies,
      });
      return c.redirect(replacedPath(id), 303);
    }
    const s = STATUS[verb]!;
    const r = await deps.db.transaction((tx) => changeStatus(tx, env, actor, id, s.change, now));
    return r.ok ? page(null, [t(s.done, { name: r.member.displayName })]) : page(r.code, [t(`network-x-${r.code}`)]);
  });
}

/** The replacement's clear code, kept by the official's browser (path-scoped, httpOnly) for at most 12 hours. */
const INVITE_COOKIE = 'nw_invite';
const INVITE_COOKIE_MAX_S = 12 * 3600;
const replacedPath = (id: string) => `/console/network/${id}/replaced`;

function keptInvite(c: Context<ConsoleEnv>): { i: string; c: string } | null {
  try {
    const v = JSON.parse(getCookie(c, INVITE_COOKIE) ?? 'null') as { i?: unknown; c?: unknown } | null;
    return v && typeof v.i === 'string' && isUuid(v.i) && typeof v.c === 'string' && v.c.length <= 20 ? { i: v.i, c: v.c } : null;
  } catch {
    return null;
  }
}

/** Out of scope 403, unknown 404 (as every console route), any other refusal 409; success 200. */
function status(code: string | null): 200 | 403 | 404 | 409 {
  if (code === null) return 200;
  return code === 'out_of_scope' ? 403 : code === 'not_found' ? 404 : 409;
}
