import { isUuid } from '../../../core/kernel/uuid.js';
import { loadUnitTree } from '../../../core/people/unit-tree.js';
import { localDate } from '../../../core/kernel/zoned-time.js';
import { scopeRoot } from '../../../core/reports/browse.js';
import { remindMissing } from '../../../core/reports/remind-missing.js';
import type { ReviewEnv } from '../../../core/reports/review.js';
import type { HandlerContext } from '../../engine/registry.js';
import type { Reply, ReplyChoice } from '../../engine/types.js';

/**
 * /thongke's «🔔 Nhắc N người chưa nộp»: the console Tiến độ's "nhắc" in chat, for the current
 * period of the unit shown. The same core function: the normal reminder path, at most once a
 * day per person however often it is pressed, audited with its count.
 */
export const REMIND_PREFIX = 'tk';

export function remindChoice(h: HandlerContext, unitId: string, missing: number): ReplyChoice[] {
  return missing > 0 ? [{ label: h.flow.t('reports-stats-remind', { n: missing }), value: `${REMIND_PREFIX}:${unitId}` }] : [];
}

export async function remindFromStats(env: ReviewEnv, unitId: string, h: HandlerContext): Promise<Reply[]> {
  const t = h.flow.t;
  if (!h.person || h.person.role === 'collaborator') return [{ text: t('engine-not-allowed') }];
  if (!isUuid(unitId)) return [{ text: t('engine-stale-button') }];
  const scope = await scopeRoot(h.tx, { id: h.person.id, unitId: h.person.unitId }, unitId, 'completeness.remind');
  if (!scope.ok) return [{ text: t(`reports-x-${scope.code}`) }];
  const tree = await loadUnitTree(h.tx, env.defaults, scope.root.path);
  const today = localDate(h.flow.now, env.timeZone);
  const r = await remindMissing(h.tx, { id: h.person.id, unitId: h.person.unitId }, scope.root, 'current', { t: env.t, tree, today, timeZone: env.timeZone });
  return [{ text: t('reports-stats-reminded', r) }];
}
