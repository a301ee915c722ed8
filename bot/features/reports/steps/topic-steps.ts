import { matchKey } from '../../../../core/kernel/text.js';
import { FALLBACK_TOPIC } from '../../../../core/reports/topic-taxonomy.js';
import { BACK, NEXT_PAGE, PREV_PAGE, pagedList, readChoice } from '../../../engine/common/input.js';
import type { TopicView } from '../../../../core/reports/topics.js';
import type { Nav } from '../../../engine/machine.js';
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

/** Words only, accents and case aside: «gia dien» is «Giá điện», «Bau cu» the topic «Bầu cử». */
const wordsOf = (text: string) =>
  matchKey(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
/** «Chọn theo nhóm chủ đề» under the nearest topics: the group list again. */
const GROUPS = '_groups';
/** How many nearest topics are offered for typed words that name none exactly. */
const GUESSES = 5;

/**
 * Words typed at a topic question instead of a button: a topic's or group's name (or code) typed
 * is that topic; otherwise the topics sharing the most words with it are offered as buttons.
 */
function typedTopic(s: ReportState, input: UserInput, ctx: FlowContext, nav: Nav): Outcome | null {
  if (input.type !== 'text') return null;
  const typed = wordsOf(input.text);
  if (!typed) return null;
  const exact = ctx.topics.find((t) => wordsOf(t.name) === typed || t.code.toLowerCase() === typed);
  if (exact) return pickTopic(s, exact.code, ctx, nav);
  const words = new Set(typed.split(' '));
  const scored = ctx.topics
    .map((t) => ({
      t,
      n: wordsOf(t.name)
        .split(' ')
        .filter((w) => words.has(w)).length,
    }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n)
    .slice(0, GUESSES);
  if (scored.length === 0) return { retry: { text: ctx.t('reports-topic-none', { text: input.text.trim() }) } };
  const next = copy(s);
  next.guess = { text: input.text.trim(), codes: scored.map((x) => x.t.code) };
  next.page = 0;
  return { state: next, next: 'topic-group' };
}

/** A group with sub-topics asks for one of them; a sub-topic (or a group without) is the topic. */
function pickTopic(s: ReportState, code: string, ctx: FlowContext, nav: Nav): Outcome {
  const base = { ...copy(s), guess: null };
  if (childrenOf(ctx.topics, code).length === 0) return { state: setTopic(base, code), next: nav.after('topic') };
  base.group = code;
  return { state: base, next: 'topic' };
}

function guessChoices(s: ReportState, ctx: FlowContext): ReplyChoice[] {
  return (s.guess?.codes ?? []).flatMap((code) => {
    const t = ctx.topics.find((x) => x.code === code);
    if (!t) return [];
    const group = t.parentCode ? ctx.topics.find((x) => x.code === t.parentCode) : null;
    return [{ label: group ? `${group.name} › ${t.name}` : t.name, value: code }];
  });
}

/** Topic group first, then sub-topic; long lists are paged. */
export const topicQuestions: Record<string, Question> = {
  'topic-group': {
    // No taxonomy loaded: file under "other" rather than block the report.
    skip: (s, ctx, nav) => (groupsOf(ctx.topics).length === 0 ? { state: setTopic(s, FALLBACK_TOPIC), next: nav.after('topic') } : null),
    ask: (s, ctx) => {
      const text = ctx.t(s.kind === 'thematic' ? 'reports-ask-topic-group-thematic' : 'reports-ask-topic-group');
      const guesses = guessChoices(s, ctx);
      if (guesses.length === 0) return [{ text, ...pagedList(ctx, groupChoices(ctx), s.page) }];
      // «gia dien»: the nearest topics (numbered, so a typed «1» is the first shown), or back to the groups.
      const note = ctx.t('reports-topic-nearest', { text: s.guess?.text ?? '' });
      const numbered = guesses.map((c, i) => ({ ...c, label: `${i + 1}. ${c.label}` }));
      return [{ text: note, choices: [...numbered, { label: ctx.t('reports-topic-groups'), value: GROUPS }] }];
    },
    answer(s, input, ctx, nav) {
      const turned = turnPage(s, input);
      if (turned) return turned;
      if (input.type === 'choice' && s.guess?.codes.includes(input.value)) return pickTopic(s, input.value, ctx, nav);
      if (input.type === 'choice' && input.value === GROUPS) return { state: { ...copy(s), guess: null, page: 0 }, stay: true };
      const read = readChoice(
        input,
        ctx,
        groupChoices(ctx).map((c) => c.value),
      );
      if (!read.ok) return typedTopic(s, input, ctx, nav) ?? { retry: read.reply };
      return pickTopic(s, read.value, ctx, nav);
    },
  },
  topic: {
    ask: (s, ctx) => [
      {
        text: ctx.t('reports-ask-topic'),
        ...pagedList(ctx, topicChoices(ctx, s.group ?? ''), s.page, [{ label: ctx.t('reports-topic-back'), value: BACK }]),
      },
    ],
    answer(s, input, ctx, nav) {
      const turned = turnPage(s, input);
      if (turned) return turned;
      if (input.type === 'choice' && input.value === BACK) return { state: copy(s), next: 'topic-group' };
      const read = readChoice(
        input,
        ctx,
        topicChoices(ctx, s.group ?? '').map((c) => c.value),
      );
      if (read.ok) return { state: setTopic(s, read.value) };
      return typedTopic(s, input, ctx, nav) ?? { retry: read.reply };
    },
  },
};
