import type { ReportDraft, ReportKind } from '../../../../core/reports/draft.js';
import type { Effect, Flow, FlowContext, FlowInput, Reply, Role, StepResult } from '../../../engine/types.js';
import { issueQuestions, reportQuestions } from './issue-steps.js';
import { reviewQuestions, type EditEntry } from './review.js';
import { copy, type Nav, type Question, type ReportState } from './state.js';
import { streamQuestions } from './stream-steps.js';
import { topicQuestions } from './topic-steps.js';

export interface ReportFlowDef {
  name: string;
  kind: ReportKind;
  /** The questions in order, ending with 'review'. */
  sequence: string[];
  /** Where an issue's questions start ("add another issue" jumps here). */
  issueStart: string;
  /** The review screen's edit menu. */
  edit: EditEntry[];
  minIssues: number;
  /** Shown once when the report starts. */
  introKey: string;
  init(ctx: FlowContext): { draft: ReportDraft; ix: number };
}

const REPORTER_ROLES: Role[] = ['collaborator', 'official'];
/** Auto-answered questions in a row; a guard against a misconfigured sequence looping. */
const MAX_AUTO = 10;

type Result = StepResult<ReportState>;

/**
 * Builds a report flow from its sequence of questions. The shared machinery — text limits,
 * re-prompts, resume, edit-a-section, submission — lives here once for the three report kinds.
 */
export function createReportFlow(def: ReportFlowDef): Flow<ReportState> {
  const questions: Record<string, Question> = {
    ...issueQuestions,
    ...reportQuestions,
    ...streamQuestions,
    ...topicQuestions,
    ...reviewQuestions({ sequence: def.sequence, issueStart: def.issueStart, edit: def.edit, minIssues: def.minIssues }),
  };
  const nav: Nav = {
    after: (step) => def.sequence[def.sequence.indexOf(step) + 1] ?? 'review',
    issueStart: def.issueStart,
  };
  const question = (at: string): Question => questions[at] ?? questions.review!;

  function ask(s: ReportState, ctx: FlowContext, before: Reply[] = []): Result {
    return { state: s, replies: [...before, ...question(s.at).ask(s, ctx)] };
  }

  /** Moves to `next`; while re-answering a section, leaving its steps returns to the review. */
  function goTo(s: ReportState, next: string, ctx: FlowContext, before: Reply[]): Result {
    let st = copy(s);
    let to = next;
    for (let i = 0; i < MAX_AUTO; i++) {
      if (st.edit && !st.edit.includes(to)) {
        to = 'review';
        st.edit = null;
      }
      st.at = to;
      st.page = 0;
      const auto = question(to).auto?.(st, ctx);
      if (!auto) break;
      st = auto;
      to = to === 'topic-group' ? nav.after('topic') : nav.after(to);
    }
    return ask(st, ctx, before);
  }

  return {
    name: def.name,
    resumable: true,
    roles: REPORTER_ROLES,
    start(ctx) {
      const { draft, ix } = def.init(ctx);
      const s: ReportState = { v: 1, kind: def.kind, at: def.sequence[0]!, draft, ix, sd: null, page: 0, group: null, edit: null };
      return goTo(s, s.at, ctx, [{ text: ctx.t(def.introKey, { period: draft.period.split('-').reverse().join('/') }) }]);
    },
    step(s, input: FlowInput, ctx): Result {
      // A submission whose result never came back (the update rolled back) is reviewed again.
      if (s.at === 'submitting' && input.type !== 'result') return goTo(s, 'review', ctx, []);
      if (input.type === 'resume' || (input.type === 'result' && s.at !== 'submitting')) return ask(s, ctx);
      const q = question(s.at);
      const out = q.answer(s, input, ctx, nav);
      if ('retry' in out) return { state: s, replies: [out.retry, ...q.ask(s, ctx)] };
      if (out.end) return { state: null, replies: out.end };
      if (out.effects) return { state: out.state, replies: out.replies ?? [], effects: out.effects as Effect[] };
      if (out.stay) return ask(out.state, ctx, out.replies);
      return goTo(out.state, out.next ?? nav.after(s.at), ctx, out.replies ?? []);
    },
  };
}
