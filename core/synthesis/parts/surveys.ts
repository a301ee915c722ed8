import { and, asc, eq, gte, inArray, lt, or, sql } from 'drizzle-orm';
import { surveyCampaigns, surveyResponses } from '../../../db/schema/index.js';
import { formatDate } from '../../kernel/datetime.js';
import { campaignResults, type SurveyResults } from '../../surveys/results.js';
import { para, type Block } from '../document.js';
import { definePart } from '../parts.js';
import { maskPii } from '../privacy.js';
import { percent } from '../prose.js';

/**
 * IX.5 Survey campaigns (khảo sát dư luận xã hội, issue 18) that ran in the period — made in it,
 * or closed in it: completion, responses (interviews among them), whether the results went back
 * to the respondents, and for each choice question the answer most given, with its share in the
 * baseline campaign when there is one (before/after). Quick polls have their own part (polls.ts).
 */
interface TopAnswer {
  question: string;
  option: string;
  pct: number;
  /** The same option's share in the baseline campaign; null when not comparable or no baseline. */
  before: number | null;
}

interface SurveySummary {
  number: number;
  title: string;
  from: string;
  to: string;
  open: boolean;
  recipients: number;
  responded: number;
  respondents: number;
  interviews: number;
  shared: boolean;
  baseline: number | null;
  top: TopAnswer[];
}

const QUESTION_CHARS = 160;

export const surveysPart = definePart<SurveySummary[]>({
  id: 'surveys',
  slot: 'work',
  order: 60,
  async collect(ctx) {
    if (ctx.unitIds.length === 0) return null;
    const c = surveyCampaigns;
    const inSpan = (col: typeof c.createdAt | typeof c.closedAt) => and(gte(col, ctx.fromAt), lt(col, ctx.toAt));
    const list = await ctx.db
      .select()
      .from(c)
      .where(and(eq(c.kind, 'survey'), inArray(c.unitId, ctx.unitIds), or(inSpan(c.createdAt), inSpan(c.closedAt))))
      .orderBy(asc(c.createdAt));
    if (list.length === 0) return null;
    const out: SurveySummary[] = [];
    for (const campaign of list) {
      const r = await campaignResults(ctx.db, campaign.id);
      if (!r) continue;
      const before = campaign.baselineId ? await campaignResults(ctx.db, campaign.baselineId) : null;
      const [modes] = await ctx.db
        .select({ interviews: sql<number>`count(*) filter (where ${surveyResponses.mode} = 'interview')::int` })
        .from(surveyResponses)
        .where(eq(surveyResponses.campaignId, campaign.id));
      out.push({
        number: r.number,
        title: maskPii(r.title),
        from: formatDate(campaign.opensAt, ctx.timeZone),
        to: formatDate(campaign.closesAt, ctx.timeZone),
        open: campaign.status !== 'closed',
        recipients: r.recipients,
        responded: r.responded,
        respondents: r.respondents,
        interviews: Number(modes?.interviews ?? 0),
        shared: !!campaign.sharedAt,
        baseline: before?.number ?? null,
        top: topAnswers(r, before),
      });
    }
    return out;
  },
  render(list, ctx) {
    const blocks: Block[] = [para(ctx.t('syn-surveys-summary', { n: list.length }))];
    list.forEach((s, i) => {
      const parts = [
        ctx.t('syn-survey', {
          n: i + 1,
          number: s.number,
          title: s.title,
          from: s.from,
          to: s.to,
          state: ctx.t(s.open ? 'syn-poll-open' : 'syn-poll-closed'),
          responded: s.responded,
          recipients: s.recipients,
          rate: percent(s.responded, s.recipients),
          respondents: s.respondents,
        }),
      ];
      if (s.interviews > 0) parts.push(ctx.t('syn-survey-interviews', { n: s.interviews }));
      if (s.shared) parts.push(ctx.t('syn-survey-shared'));
      blocks.push(para(parts.join(' ')));
      if (s.top.length === 0 || s.respondents === 0) return;
      const header = [ctx.t('syn-col-question'), ctx.t('syn-col-top-answer'), ctx.t('syn-col-share')];
      if (s.baseline !== null) header.push(ctx.t('syn-col-baseline', { number: s.baseline }));
      const rows = s.top.map((a) => {
        const row = [a.question, a.option, `${a.pct}%`];
        if (s.baseline !== null) row.push(a.before === null ? '—' : `${a.before}%`);
        return row;
      });
      blocks.push({ kind: 'table', header, rows, caption: ctx.t('syn-survey-table', { number: s.number }) });
    });
    return { title: ctx.t('syn-work-surveys'), blocks };
  },
});

/** Each choice question's answer most given (share of those who answered it), and the same option before. */
function topAnswers(r: SurveyResults, before: SurveyResults | null): TopAnswer[] {
  const out: TopAnswer[] = [];
  for (const q of r.questions) {
    if (!q.counts || !q.options || q.answered === 0) continue;
    const best = q.counts.reduce((b, n, i) => (n > q.counts![b]! ? i : b), 0);
    const old = before?.questions.find((x) => x.id === q.id && JSON.stringify(x.options) === JSON.stringify(q.options));
    const text = [...maskPii(q.text)];
    out.push({
      question: text.length > QUESTION_CHARS ? text.slice(0, QUESTION_CHARS - 1).join('') + '…' : text.join(''),
      option: maskPii(q.options[best]!),
      pct: percent(q.counts[best]!, q.answered),
      before: old?.counts && old.answered > 0 ? percent(old.counts[best]!, old.answered) : null,
    });
  }
  return out;
}
