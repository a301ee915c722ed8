import type { Context, Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { units } from '../../../db/schema/index.js';
import { PolicyError, setEscalationPolicy } from '../../../core/hot-spots/escalation-policy.js';
import { policyTable } from '../../../core/hot-spots/policy-table.js';
import { scopeRoot } from '../../../core/reports/browse.js';
import type { ConsoleDeps } from '../deps.js';
import { pageCtx } from '../page-context.js';
import { PoliciesPage } from '../pages/policies.js';
import type { ConsoleEnv } from '../security.js';
import { q } from './common.js';
import { isUuid } from '../../../core/kernel/uuid.js';

/**
 * Chu kỳ đôn đốc (issue 13 §5): the handling policy of each unit of the official's subtree, and
 * its change (any unit of that subtree; admins from their own unit down like everyone). Changes
 * go through `setEscalationPolicy`, which the admin CLI uses too, and are audited there; a unit
 * out of scope is refused and audited as `unit.handling_policy`.
 */
export function policyRoutes(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  const { db } = deps;

  async function page(c: Context<ConsoleEnv>, message?: { ok: boolean; text: string }) {
    const user = c.get('user');
    const unitParam = q.uuid(c, 'unit');
    const out = await db.transaction(async (tx) => {
      const scope = await scopeRoot(tx, user, unitParam, 'unit.policy_view');
      return scope.ok ? { root: scope.root, rows: await policyTable(tx, scope.root, 'handling') } : null;
    });
    if (!out) return c.text(deps.t(c.get('lang'), 'con-x-out_of_scope'), 403);
    const ctx = pageCtx(c, deps.t, deps.assets, deps.config.TIMEZONE);
    return c.html(<PoliciesPage ctx={ctx} rootName={out.root.name} unitId={unitParam ?? ''} rows={out.rows} message={message} />);
  }

  app.get('/policies', (c) => page(c));
  app.post('/policies', async (c) => {
    const user = c.get('user');
    const body = await c.req.parseBody();
    const str = (k: string) => (typeof body[k] === 'string' ? body[k].trim() : '');
    const target = isUuid(str('target')) ? str('target') : null;
    const mode = str('mode');
    const minutes = mode === 'none' ? null : mode === 'inherit' ? 'inherit' : Number(str('minutes'));
    const t = (k: string, a?: Record<string, string | number>) => deps.t(c.get('lang'), k, a);
    const r = await db.transaction(async (tx) => {
      if (!target) return 'unknown_unit' as const;
      const scope = await scopeRoot(tx, user, target, 'unit.handling_policy');
      if (!scope.ok) return scope.code;
      const [unit] = await tx.select({ code: units.code }).from(units).where(eq(units.id, scope.root.unitId));
      try {
        await setEscalationPolicy(tx, unit!.code, Number(str('severity')), minutes, user.id, 'handling');
        return 'ok' as const;
      } catch (err) {
        if (err instanceof PolicyError) return 'bad_policy' as const;
        throw err;
      }
    });
    if (r === 'out_of_scope') return c.text(t('con-x-out_of_scope'), 403);
    if (r === 'unknown_unit') return c.text(t('con-x-not_found'), 404);
    return page(c, r === 'ok' ? { ok: true, text: t('con-pol-saved') } : { ok: false, text: t('con-pol-bad') });
  });
}
