import { FALLBACK_TOPIC } from '../../../../core/reports/topic-taxonomy.js';
import { BACK, NEXT_PAGE, PREV_PAGE, pagedList, readChoice } from '../../../engine/common/input.js';
import type { TopicView } from '../../../../core/reports/topics.js';
import type { FlowContext, ReplyChoice, UserInput } from '../../../engine/types.js';
import { copy, patchDraft, patchIssue, type Outcome, type Question, type ReportState } from './state.js';

/** A thematic report has one topic for the whole report; the others pick one per issue. */
function setTopic(s: ReportState, code: string): ReportState {
  const next = s.kind === 'thematic' ? patchDraft(s, { topicCode: code }) : patchIssue(s, { topicCode: code });
  next.group = null;
  return next;
}

const groupsOf = (topics: TopicView[]) => topics.filter((t) => t.parentCode === null);
const childrenOf = (topics: TopicView[], group: string | null) => topics.filter((t) => t.parentCode === group && group !== null);

/** Page turns keep the question; anything else is for the caller to judge. */
function turnPage(s: ReportState, input: UserInput): Outcome | null {
  if (input.type !== 'choice' || (input.value !== NEXT_PAGE && input.value !== PREV_PAGE)) return null;
  const next = copy(s);
  next.page = Math.max(0, s.page + (input.value === NEXT_PAGE ? 1 : -1));
  return { state: next, stay: true };
}

function groupChoices(ctx: FlowContext): ReplyChoice[] {
  return groupsOf(ctx.topics).map((t) => ({ label: t.name, value: t.code }));
}

function topicChoices(ctx: FlowContext, group: string): ReplyChoice[] {
  const name = ctx.topics.find((t) => t.code === group)?.name ?? group;
  return [
    ...childrenOf(ctx.topics, group).map((t) => ({ label: t.name, value: t.code })),
    { label: ctx.t('reports-topic-whole-group', { group: name }), value: group },
  ];
}

/** Topic group first, then sub-topic; long lists are paged. */
export const topicQuestions: Record<string, Question> = {
  'topic-group': {
    // No taxonomy loaded: file under "other" rather than block the report.
    skip: (s, ctx, nav) => (groupsOf(ctx.topics).length === 0 ? { state: setTopic(s, FALLBACK_TOPIC), next: nav.after('topic') } : null),
    ask: (s, ctx) => [
      { text: ctx.t(s.kind === 'thematic' ? 'reports-ask-topic-group-thematic' : 'reports-ask-topic-group'), ...pagedList(ctx, groupChoices(ctx), s.page) },
    ],
    answer(s, input, ctx, nav) {
      const turned = turnPage(s, input);
      if (turned) return turned;
      const read = readChoice(
        input,
        ctx,
        groupChoices(ctx).map((c) => c.value),
      );
      if (!read.ok) return { retry: read.reply };
      if (childrenOf(ctx.topics, read.value).length === 0) return { state: setTopic(s, read.value), next: nav.after('topic') };
      const next = copy(s);
      next.group = read.value;
      return { state: next };
    },
  },
  topic: {
    ask: (s, ctx) => [
      {
        text: ctx.t('reports-ask-topic'),
        ...pagedList(ctx, topicChoices(ctx, s.group ?? ''), s.page, [{ label: ctx.t('reports-topic-back'), value: BACK }]),
      },
    ],
    answer(s, input, ctx) {
      const turned = turnPage(s, input);
      if (turned) return turned;
      if (input.type === 'choice' && input.value === BACK) return { state: copy(s), next: 'topic-group' };
      const read = readChoice(
        input,
        ctx,
        topicChoices(ctx, s.group ?? '').map((c) => c.value),
      );
      return read.ok ? { state: setTopic(s, read.value) } : { retry: read.reply };
    },
  },
};
