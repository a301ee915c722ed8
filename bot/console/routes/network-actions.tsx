import type { Hono } from 'hono';
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
      const bot = deps.config.TELEGRAM_BOT_USERNAME;
      return page(null, [
        t('network-replace-done', { name: name.replace(/\s+/g, ' ').trim(), unit: r.unitName }),
        t('network-invite-code', { code: formatInviteCode(r.code), expires: fmtTime(r.expiresAt, deps.config.TIMEZONE) }),
        ...(bot ? [t('network-invite-link', { link: `https://t.me/${bot}?start=${r.code}` })] : []),
        t('network-invite-start', { code: r.code }),
      ]);
    }
    const s = STATUS[verb]!;
    const r = await deps.db.transaction((tx) => changeStatus(tx, env, actor, id, s.change, now));
    return r.ok ? page(null, [t(s.done, { name: r.member.displayName })]) : page(r.code, [t(`network-x-${r.code}`)]);
  });
}

/** Out of scope 403, unknown 404 (as every console route), any other refusal 409; success 200. */
function status(code: string | null): 200 | 403 | 404 | 409 {
  if (code === null) return 200;
  return code === 'out_of_scope' ? 403 : code === 'not_found' ? 404 : 409;
}
