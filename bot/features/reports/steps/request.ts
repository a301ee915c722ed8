import { waiting } from '../../../engine/machine.js';
import type { FlowContext, Reply } from '../../../engine/types.js';
import { copy, type Question } from './state.js';

/**
 * The thematic report opened from a report request: the topic and the report's title are set
 * to the request, its guiding questions are shown, and the first question is the first issue.
 * A request that is gone or not addressed to this person starts a plain thematic report.
 */
export function requestQuestions(intro: (ctx: FlowContext) => Reply): Record<string, Question> {
  return {
    'request-check': waiting(
      () => 'topic-group',
      (s, done, ctx) => {
        if (done.effect !== 'reports.request' || !done.result.ok) {
          return { next: 'topic-group', say: [{ text: ctx.t('requests-card-unavailable') }, intro(ctx)] };
        }
        const r = done.result;
        const topic = ctx.topics.find((x) => x.code === r.topicCode)?.name ?? r.topicCode;
        const lines = [ctx.t('requests-card-answering', { subject: r.subject, topic, due: r.due })];
        if (r.questions.length) lines.push(ctx.t('requests-card-questions'), ...r.questions.map((q, i) => `${i + 1}. ${q}`));
        const next = copy(s);
        next.draft = { ...next.draft, topicCode: r.topicCode, title: r.subject, requestId: r.requestId };
        return { state: next, next: 'title', say: [intro(ctx), { text: lines.join('\n') }] };
      },
    ),
  };
}
