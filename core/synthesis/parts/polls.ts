import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import { surveyCampaigns } from '../../../db/schema/index.js';
import { pollResults } from '../../polls/results.js';
import { para, type Block } from '../document.js';
import { definePart } from '../parts.js';
import { maskPii } from '../privacy.js';
import { percent } from '../prose.js';

/** IX.3 Quick polls (thăm dò nhanh) the Ban ran in the period and their results. */
interface PollSummary {
  question: string;
  status: string;
  recipients: number;
  answered: number;
  options: { label: string; count: number }[];
}

export const pollsPart = definePart<PollSummary[]>({
  id: 'polls',
  slot: 'work',
  order: 30,
  async collect(ctx) {
    if (ctx.unitIds.length === 0) return [];
    const list = await ctx.db
      .select({ id: surveyCampaigns.id })
      .from(surveyCampaigns)
      .where(
        and(
          eq(surveyCampaigns.kind, 'poll'),
          inArray(surveyCampaigns.unitId, ctx.unitIds),
          gte(surveyCampaigns.createdAt, ctx.fromAt),
          lt(surveyCampaigns.createdAt, ctx.toAt),
        ),
      )
      .orderBy(asc(surveyCampaigns.createdAt));
    const out: PollSummary[] = [];
    for (const { id } of list) {
      const r = await pollResults(ctx.db, id);
      if (!r) continue;
      const options = r.poll.options.map((label, i) => ({ label: maskPii(label), count: r.totals[i] ?? 0 }));
      out.push({ question: maskPii(r.poll.question), status: r.poll.status, recipients: r.recipients, answered: r.answered, options });
    }
    return out;
  },
  render(list, ctx) {
    const title = ctx.t('syn-work-polls');
    if (list.length === 0) return { title, blocks: [para(ctx.t('syn-polls-none'))] };
    const blocks: Block[] = [para(ctx.t('syn-polls-summary', { n: list.length }))];
    list.forEach((p, i) => {
      const ranked = [...p.options].sort((a, b) => b.count - a.count);
      const results = ranked.map((o) => ctx.t('syn-poll-option', { label: o.label, count: o.count, pct: percent(o.count, p.answered) }));
      const state = ctx.t(p.status === 'open' ? 'syn-poll-open' : 'syn-poll-closed');
      blocks.push(
        para(
          ctx.t('syn-poll', {
            n: i + 1,
            question: p.question,
            answered: p.answered,
            recipients: p.recipients,
            rate: percent(p.answered, p.recipients),
            state,
          }) + (p.answered ? ` ${ctx.t('syn-poll-results', { results: results.join(', ') })}` : ''),
        ),
      );
    });
    return { title, blocks };
  },
});
