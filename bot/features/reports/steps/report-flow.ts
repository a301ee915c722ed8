import type { ReportDraft, ReportKind } from '../../../../core/reports/draft.js';
import type { Role } from '../../../../core/people/people.js';
import { defineFlow } from '../../../engine/machine.js';
import type { Flow, FlowContext } from '../../../engine/types.js';
import { issueQuestions, reportQuestions } from './issue-steps.js';
import { reviewQuestions, type EditEntry } from './review.js';
import { draftHasAnswers, upgradeReportState, type ReportState } from './state.js';
import { streamQuestions } from './stream-steps.js';
import { topicQuestions } from './topic-steps.js';
import { evidenceIntercept } from './evidence.js';
import { effect } from '../../../engine/effects.js';
import { filedQuestions, periodText } from './filed.js';
import type { Reply } from '../../../engine/types.js';
import { requestQuestions } from './request.js';
import { isUuid } from '../../../../core/kernel/uuid.js';

const intro = (def: ReportFlowDef, period: string, ctx: FlowContext): Reply => ({ text: ctx.t(def.introKey, { period: periodText(period) }) });

export interface ReportFlowDef {
  name: string;
  kind: ReportKind;
  /** The questions in order, ending with 'review'. */
  sequence: string[];
  /** The review screen's edit menu. */
  edit: EditEntry[];
  minIssues: number;
  /** Shown once when the report starts. */
  introKey: string;
  init(ctx: FlowContext): { draft: ReportDraft; ix: number };
}

const REPORTER_ROLES: Role[] = ['collaborator', 'official'];

/**
 * Builds a report flow from its sequence of questions on the flow machine. The questions —
 * text limits, re-prompts, edit-a-section, submission — are shared by the three report kinds.
 */
export function createReportFlow(def: ReportFlowDef): Flow<ReportState> {
  const questions = {
    ...issueQuestions,
    ...reportQuestions,
    ...streamQuestions,
    ...topicQuestions,
    ...reviewQuestions({ sequence: def.sequence, edit: def.edit, minIssues: def.minIssues }),
    ...filedQuestions(def.sequence[0]!, (period, ctx) => intro(def, period, ctx)),
    ...(def.kind === 'thematic' ? requestQuestions((ctx) => intro(def, def.init(ctx).draft.period, ctx)) : {}),
  };
  return defineFlow<ReportState>({
    name: def.name,
    resumable: true,
    roles: REPORTER_ROLES,
    sequence: def.sequence,
    // A draft whose step no longer exists is shown for review: nothing typed is lost.
    recover: 'review',
    questions,
    intercept: evidenceIntercept(questions),
    upgrade: upgradeReportState,
    hasAnswers: (s) => draftHasAnswers(s.draft),
    // A request's button while another thematic draft waits: ask which to go on with (issue 13 §6).
    startsAnew: (s, arg) => (def.kind === 'thematic' && isUuid(arg.trim()) && s.draft.requestId !== arg.trim() ? 'reports-request-clash' : null),
    start(ctx, arg) {
      const { draft, ix } = def.init(ctx);
      const state: ReportState = { v: 2, kind: def.kind, step: def.sequence[0]!, draft, ix, sd: null, page: 0, group: null, edit: null };
      // A periodic report first looks for the one already filed for its period: that one opens for editing.
      if (def.kind === 'periodic') return { state: { ...state, step: 'filed-check' }, effect: effect('reports.filed', {}) };
      // Opened from a report request's button: the request presets the topic and the title.
      if (def.kind === 'thematic' && isUuid(arg.trim()))
        return { state: { ...state, step: 'request-check' }, effect: effect('reports.request', { requestId: arg.trim() }) };
      return { state, say: [intro(def, draft.period, ctx)] };
    },
  });
}
