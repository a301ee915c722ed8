import { NO, YES, readChoice, yesNo } from '../../../engine/common/input.js';
import { REPORT_OPTIONS } from '../options.js';
import { choiceQuestion, textQuestion } from './questions.js';
import { addIssue, copy, ISSUE_START, issueOf, patchDraft, patchIssue, type Question, type ReportState } from './state.js';

const TITLE_MAX = 200;

const byKind = (base: string, kinds: string[]) => (s: ReportState) => (kinds.includes(s.kind) ? `${base}-${s.kind}` : base);

/** The questions about one issue (II. in the report structure), shared by the three report kinds. */
export const issueQuestions: Record<string, Question> = {
  title: textQuestion({
    prompt: byKind('reports-ask-title', ['quick']),
    max: TITLE_MAX,
    promptArgs: (s) => ({ n: s.ix + 1 }),
    set: (s, v) => patchIssue(s, { title: v }),
  }),
  scope: choiceQuestion({ prompt: 'reports-ask-scope', list: REPORT_OPTIONS.scope, optional: true, set: (s, v) => patchIssue(s, { scope: v }) }),
  summary: textQuestion({ prompt: byKind('reports-ask-summary', ['quick']), set: (s, v) => patchIssue(s, { summary: v }) }),
  causes: textQuestion({ prompt: 'reports-ask-causes', optional: true, set: (s, v) => patchIssue(s, { causes: v }) }),
  forecast: textQuestion({ prompt: 'reports-ask-forecast', optional: true, set: (s, v) => patchIssue(s, { forecast: v }) }),
  proposals: textQuestion({ prompt: byKind('reports-ask-proposals', ['quick']), optional: true, set: (s, v) => patchIssue(s, { proposals: v }) }),
  source: choiceQuestion({ prompt: 'reports-ask-source', list: REPORT_OPTIONS.source, set: (s, v) => patchIssue(s, { source: v }) }),
  reliability: choiceQuestion({ prompt: 'reports-ask-reliability', list: REPORT_OPTIONS.reliability, set: (s, v) => patchIssue(s, { reliability: v }) }),
};

/** Report-level questions (header, III–V, quick-report spread, thematic title). */
export const reportQuestions: Record<string, Question> = {
  assessment: choiceQuestion({ prompt: 'reports-ask-assessment', list: REPORT_OPTIONS.assessment, set: (s, v) => patchDraft(s, { assessment: v }) }),
  mood: choiceQuestion({ prompt: 'reports-ask-mood', list: REPORT_OPTIONS.mood, set: (s, v) => patchDraft(s, { mood: v }) }),
  spread: choiceQuestion({ prompt: 'reports-ask-spread', list: REPORT_OPTIONS.spread, set: (s, v) => patchDraft(s, { spread: v }) }),
  'report-title': textQuestion({ prompt: 'reports-ask-report-title', max: TITLE_MAX, set: (s, v) => patchDraft(s, { title: v }) }),
  rumours: textQuestion({ prompt: 'reports-ask-rumours', optional: true, set: (s, v) => patchDraft(s, { rumours: v }) }),
  'good-practices': textQuestion({ prompt: 'reports-ask-good-practices', optional: true, set: (s, v) => patchDraft(s, { goodPractices: v }) }),
  'general-proposals': textQuestion({ prompt: 'reports-ask-general-proposals', optional: true, set: (s, v) => patchDraft(s, { proposals: v }) }),

  /** Periodic: a quiet month may have no notable issue ("không phát sinh vấn đề mới"). */
  'issues-any': {
    ask: (_s, ctx) => [{ text: ctx.t('reports-ask-issues-any'), choices: yesNo(ctx) }],
    answer(s, input, ctx, nav) {
      const read = readChoice(input, ctx, [YES, NO]);
      if (!read.ok) return { retry: read.reply };
      return read.value === YES ? { state: addIssue(s) } : { state: copy(s), next: nav.after('more-issues') };
    },
  },

  'more-issues': {
    ask: (s, ctx) => [
      {
        text: ctx.t('reports-ask-more-issues', { n: s.draft.issues.length, title: issueOf(s).title ?? '' }),
        choices: yesNo(ctx, 'reports-add-issue', 'reports-no-more'),
      },
    ],
    answer(s, input, ctx) {
      const read = readChoice(input, ctx, [YES, NO]);
      if (!read.ok) return { retry: read.reply };
      return read.value === YES ? { state: addIssue(s), next: ISSUE_START[s.kind] } : { state: copy(s) };
    },
  },
};
