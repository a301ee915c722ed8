import { OTHER_HOLDER_PREFIX } from '../../../../core/reports/draft.js';
import { NO, YES, readChoice, readText, yesNo } from '../../../engine/common/input.js';
import { optionChoices } from '../../../engine/common/options.js';
import { REPORT_OPTIONS } from '../options.js';
import { choiceQuestion } from './questions.js';
import { copy, issueOf, type Question, type ReportState } from './state.js';

/** The steps of one opinion stream, in order; "more-streams" loops back to the first. */
export const STREAM_STEPS = ['stance', 'prevalence', 'holder', 'holder-other', 'content', 'more-streams'] as const;

const HOLDER_MAX = 200;

const withStream = (s: ReportState, patch: Record<string, string>) => {
  const next = copy(s);
  next.sd = { ...(next.sd ?? {}), ...patch };
  return next;
};

/** Luồng ý kiến: stance, prevalence on the fixed scale, holder group, content (by group, never by name). */
export const streamQuestions: Record<string, Question> = {
  stance: choiceQuestion({
    prompt: 'reports-ask-stance',
    list: REPORT_OPTIONS.stance,
    set: (s, v) => withStream({ ...s, sd: null }, { stance: v ?? '' }),
  }),
  prevalence: choiceQuestion({ prompt: 'reports-ask-prevalence', list: REPORT_OPTIONS.prevalence, set: (s, v) => withStream(s, { prevalence: v ?? '' }) }),

  holder: {
    ask: (_s, ctx) => [{ text: ctx.t('reports-ask-holder'), choices: optionChoices(ctx, REPORT_OPTIONS.stratum) }],
    answer(s, input, ctx, nav) {
      const read = readChoice(
        input,
        ctx,
        optionChoices(ctx, REPORT_OPTIONS.stratum).map((c) => c.value),
      );
      if (!read.ok) return { retry: { text: ctx.t('reports-holder-choose') } };
      if (read.value === 'khac') return { state: copy(s), next: 'holder-other' };
      return { state: withStream(s, { holderGroup: read.value }), next: nav.after('holder-other') };
    },
  },

  'holder-other': {
    ask: (_s, ctx) => [{ text: ctx.t('reports-ask-holder-other') }],
    answer(s, input, ctx) {
      const read = readText(input, ctx, Math.min(HOLDER_MAX, ctx.maxTextLength));
      return read.ok ? { state: withStream(s, { holderGroup: OTHER_HOLDER_PREFIX + read.value }) } : { retry: read.reply };
    },
  },

  content: {
    ask: (_s, ctx) => [{ text: ctx.t('reports-ask-content') }],
    answer(s, input, ctx) {
      const read = readText(input, ctx);
      if (!read.ok) return { retry: read.reply };
      const next = copy(s);
      const sd = next.sd ?? {};
      issueOf(next).streams.push({ stance: sd.stance ?? '', prevalence: sd.prevalence ?? '', holderGroup: sd.holderGroup ?? '', content: read.value });
      next.sd = null;
      return { state: next };
    },
  },

  'more-streams': {
    ask: (s, ctx) => [
      { text: ctx.t('reports-ask-more-streams', { n: issueOf(s).streams.length }), choices: yesNo(ctx, 'reports-add-stream', 'reports-streams-done') },
    ],
    answer(s, input, ctx) {
      const read = readChoice(input, ctx, [YES, NO]);
      if (!read.ok) return { retry: read.reply };
      return read.value === YES ? { state: copy(s), next: 'stance' } : { state: copy(s) };
    },
  },
};
