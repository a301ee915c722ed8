import type { ConfidentialRoute } from '../../../../core/reports/visible-unit.js';
import { readChoice } from '../../../engine/common/input.js';
import type { FlowContext, Reply, ReplyChoice, UserInput } from '../../../engine/types.js';

/**
 * The confidential route (issue 13 §7), one optional step shared by the quick, thematic and
 * hot-spot flows: on the last screen «🔒 Chỉ gửi cấp trên» asks who may see it — as usual, only
 * the unit directly above, or straight to the province — and that answer sends it.
 */
export const ROUTE_BUTTON = 'route';
const NORMAL = 'normal';
const ROUTES = [NORMAL, 'parent', 'province'] as const;

export const routeButton = (ctx: FlowContext): ReplyChoice => ({ label: ctx.t('confidential-btn'), value: ROUTE_BUTTON });

/** When the unit above is the province, «cấp trên trực tiếp» and «thẳng lên tỉnh» are one choice. */
function routesFor(ctx: FlowContext): readonly (typeof ROUTES)[number][] {
  return ctx.person?.aboveIsProvince ? [NORMAL, 'parent'] : ROUTES;
}

export function routeAsk(ctx: FlowContext): Reply[] {
  const one = ctx.person?.aboveIsProvince === true;
  const label = (r: string) => ctx.t(one && r === 'parent' ? 'confidential-route-parent-province' : `confidential-route-${r}`);
  return [{ text: ctx.t('confidential-ask'), choices: routesFor(ctx).map((r) => ({ label: label(r), value: r })) }];
}

/** The route chosen (null: as usual), or the reply asking again. */
export function readRoute(input: UserInput, ctx: FlowContext): { ok: true; route: ConfidentialRoute | null } | { ok: false; reply: Reply } {
  const read = readChoice(input, ctx, routesFor(ctx));
  if (!read.ok) return { ok: false, reply: read.reply };
  return { ok: true, route: read.value === NORMAL ? null : (read.value as ConfidentialRoute) };
}

/** The receipt's line on who will see it (the unit resolved when it was filed). */
export function routeReceipt(ctx: FlowContext, asked: ConfidentialRoute | null | undefined, visibleFrom: string | null): Reply[] {
  if (visibleFrom) return [{ text: ctx.t('confidential-receipt', { unit: visibleFrom }) }];
  return asked ? [{ text: ctx.t('confidential-receipt-none') }] : [];
}
