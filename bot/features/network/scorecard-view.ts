import { parsePeriod } from '../../../core/kernel/periods.js';
import type { Scorecard } from '../../../core/network/scorecard.js';
import type { FlowContext, Reply } from '../../engine/types.js';

type T = Pick<FlowContext, 't'>;

/** A collaborator's scorecard as one message, with the reasons to review it if any. */
export function scorecardReply(ctx: T, name: string, s: Scorecard, back: string): Reply {
  const periods = s.periods.map((p) => {
    const { month, year } = parsePeriod(p.period);
    return `${ctx.t('reports-period', { month: String(month), year: String(year) })}: ${ctx.t(`network-score-state-${p.state ?? 'none'}`)}`;
  });
  const reasons = s.reasons.map((r) => ctx.t(`network-score-reason-${r}`, { n: s.periods.length }));
  const lines = [
    ctx.t('network-score', {
      name,
      n: s.periods.length,
      onTime: s.onTime,
      late: s.late,
      missing: s.missing,
      quick: s.quick,
      thematic: s.thematic,
      alerts: s.alerts,
      useful: s.useful,
      needsMore: s.needsMore,
      meetingsAttended: s.meetingsAttended,
      meetingsInvited: s.meetingsInvited,
    }),
    ctx.t('network-score-periods', { list: periods.join('; ') }),
    reasons.length > 0 ? ctx.t('network-score-review', { reasons: reasons.join('; ') }) : ctx.t('network-score-ok'),
  ];
  return { text: lines.join('\n'), choices: [{ label: ctx.t('network-btn-back'), value: back }] };
}
