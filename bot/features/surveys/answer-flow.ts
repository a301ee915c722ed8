import { RESPONDENT_GROUPS } from '../../../core/surveys/groups.js';
import { isChoice, type Question, type Questionnaire } from '../../../core/surveys/definition.js';
import { answerText, questionById, readNumber, readOpenText, readOptionNumbers, walk, type Answers, type AnswerValue } from '../../../core/surveys/walk.js';
import { matchKey } from '../../../core/kernel/text.js';
import { BACK, readChoice, SKIP } from '../../engine/common/input.js';
import { personalDataQuestion, submitOrAskPersonalData } from '../../engine/common/personal-data.js';
import { surveyPersonalData } from './answer-privacy.js';
import { optionChoices } from '../../engine/common/options.js';
import { effect, type EffectDone } from '../../engine/effects.js';
import { defineFlow, waiting, type MachineState, type Outcome } from '../../engine/machine.js';
import type { FlowContext, Reply, ReplyChoice, UserInput } from '../../engine/types.js';
import { REPORT_OPTIONS } from '../reports/options.js';

/**
 * Answering a questionnaire, one question at a time, on any channel: buttons where there are
 * buttons, numbered lists on Zalo Bot (a typed "2" is the second option; "1, 3" picks several).
 * The draft is the conversation state (resumable: /tieptuc days later picks up at the question
 * it stopped at); a review lists every answer, any of which can be changed, before the send;
 * names and numbers in open answers are asked about before it (the questionnaire is anonymous).
 * Two flows share it: `survey` (a recipient answers for themselves) and `survey-interview`
 * (a collaborator records a citizen's answers; only the citizen's group is kept).
 */
export interface SurveyState extends MachineState {
  v: 1;
  mode: 'self' | 'interview';
  number: number | null;
  campaignId?: string;
  title?: string;
  q?: Questionnaire;
  group?: string | null;
  answers: Answers;
  /** The question being answered. */
  at?: string;
  /** Multiple choice: the options ticked so far. */
  picks?: number[];
}

type S = SurveyState;

const DONE = '_done';
const SEND = 'send';
const EDIT = 'edit';
const opt = (i: number) => `o:${i}`;
const BACK_WORDS = new Set(['<', 'quay lai', 'back']);
const SKIP_WORDS = new Set(['-', 'bo qua', 'skip']);

function current(s: S): Question | undefined {
  return s.q && s.at ? questionById(s.q, s.at) : undefined;
}

/** Where the answers lead: the first question still to answer, or the review. */
function advance(s: S, answers: Answers): Outcome<S> {
  const next = walk(s.q!, answers).next;
  return next ? { state: { ...s, answers, at: next, picks: [] }, next: 'q' } : { state: { ...s, answers, at: undefined, picks: [] }, next: 'review' };
}

function back(s: S): Outcome<S> {
  const path = walk(s.q!, s.answers).path;
  const i = s.at ? path.indexOf(s.at) : -1;
  const prev = i > 0 ? path[i - 1] : i === -1 ? path.at(-1) : undefined;
  return prev ? { state: { ...s, at: prev, picks: [] }, next: 'q' } : { stay: true };
}

function questionReply(s: S, ctx: FlowContext): Reply[] {
  const q = current(s)!;
  const all = s.q!.questions;
  const n = all.findIndex((x) => x.id === q.id) + 1;
  const section = s.q!.sections[q.section];
  const header = ctx.t('surveys-q-header', { number: s.number ?? 0, n, total: all.length });
  const first = n === 1 || all[n - 2]?.section !== q.section;
  const lines = [header, ...(first && section ? [section] : []), '', q.text];
  const hint = ctx.t(`surveys-hint-${q.type}`, { min: q.min ?? '—', max: q.max ?? '—' });
  lines.push('', hint);
  if (!q.required) lines.push(ctx.t('surveys-hint-optional'));
  const extra: ReplyChoice[] = [];
  if (walk(s.q!, s.answers).path.length > 0 || (s.at && s.at !== all[0]?.id)) extra.push({ label: ctx.t('surveys-back'), value: BACK });
  if (!q.required) extra.push({ label: ctx.t('surveys-skip'), value: SKIP });
  if (isChoice(q)) {
    const picks = new Set(s.picks ?? (Array.isArray(s.answers[q.id]) ? (s.answers[q.id] as number[]) : []));
    // Numbered as a typed answer reads them ("2", or "1, 3" for several; issue 11 item 19).
    const options = (q.options ?? []).map((label, i) => ({ label: numbered(label, i, q.type === 'multiple' && picks.has(i)), value: opt(i) }));
    const done = q.type === 'multiple' ? [{ label: ctx.t('surveys-multi-done', { n: picks.size }), value: DONE }] : [];
    return [{ text: lines.join('\n'), choices: [...options, ...done, ...extra] }];
  }
  if (q.type === 'number') return [{ text: lines.join('\n') }];
  return [{ text: lines.join('\n'), choices: extra.length ? extra : undefined }];
}

/** «2. Nữ», «3. ✅ Mạng xã hội»; a scale's own number stays the only one («4 — Hài lòng»). */
function numbered(label: string, i: number, ticked: boolean): string {
  const tick = ticked ? '✅ ' : '';
  return new RegExp(`^${i + 1}\\s*[—–-]\\s`).test(label) ? `${tick}${label}` : `${i + 1}. ${tick}${label}`;
}

function answerQuestion(s: S, input: UserInput, ctx: FlowContext): Outcome<S> {
  const q = current(s);
  if (!q || !s.q) return { next: 'review' };
  const typed = input.type === 'text' ? matchKey(input.text) : null;
  if ((input.type === 'choice' && input.value === BACK) || (typed !== null && BACK_WORDS.has(typed))) return back(s);
  if ((input.type === 'choice' && input.value === SKIP) || (typed !== null && SKIP_WORDS.has(typed))) {
    return q.required ? { retry: { text: ctx.t('surveys-err-required') } } : advance(s, { ...s.answers, [q.id]: null });
  }
  const set = (value: AnswerValue) => advance(s, { ...s.answers, [q.id]: value });
  if (isChoice(q)) {
    const picks = s.picks ?? (Array.isArray(s.answers[q.id]) ? (s.answers[q.id] as number[]) : []);
    if (input.type === 'choice' && input.value === DONE) {
      return picks.length ? set([...picks].sort((a, b) => a - b)) : { retry: { text: ctx.t('surveys-err-pick-one') } };
    }
    if (input.type === 'choice' && input.value.startsWith('o:')) {
      const i = Number(input.value.slice(2));
      if (q.type !== 'multiple') return set([i]);
      if (picks.includes(i)) return { state: { ...s, picks: picks.filter((p) => p !== i) }, stay: true };
      if (q.maxChoices && picks.length >= q.maxChoices) return { retry: { text: ctx.t('surveys-err-too-many', { max: q.maxChoices }) } };
      return { state: { ...s, picks: [...picks, i] }, stay: true };
    }
    if (input.type === 'text') {
      const r = readOptionNumbers(q, input.text);
      if (r.ok && (q.type === 'multiple' || (r.value as number[]).length === 1)) return set(r.value);
      return { retry: { text: ctx.t(r.ok ? 'surveys-err-one-option' : `surveys-err-${r.code}`, { max: q.maxChoices ?? 0 }) } };
    }
    return { retry: { text: ctx.t('engine-err-choose') } };
  }
  if (input.type !== 'text') return { retry: { text: ctx.t('engine-err-text-expected') } };
  const r = q.type === 'number' ? readNumber(q, input.text) : readOpenText(q, input.text);
  if (!r.ok) return { retry: { text: ctx.t(`surveys-err-${r.code}`, { min: q.min ?? '', max: q.max ?? '' }) } };
  return set(r.value);
}

function reviewText(s: S, ctx: FlowContext): string {
  const path = walk(s.q!, s.answers).path;
  const lines = [ctx.t('surveys-review', { title: s.title ?? '' })];
  if (s.mode === 'interview') lines.push(ctx.t('surveys-review-group', { group: s.group ? ctx.t(`${REPORT_OPTIONS.stratum.key}-${s.group}`) : '—' }));
  path.forEach((id, i) => {
    const q = questionById(s.q!, id)!;
    lines.push(`${i + 1}. ${q.text.length > 80 ? q.text.slice(0, 79) + '…' : q.text}\n    → ${answerText(q, s.answers[id])}`);
  });
  return lines.join('\n');
}

function onLoaded(s: S, done: EffectDone, ctx: FlowContext): Outcome<S> {
  if (done.effect !== 'surveys.load') return { stay: true };
  const r = done.result;
  if (!r.ok) {
    if (r.code === 'choose') {
      const cmd = s.mode === 'self' ? 'khaosat' : 'phongvan';
      return { end: [{ text: ctx.t('surveys-choose'), choices: r.list.map((c) => ({ label: `${c.number}. ${c.title}`, value: `/${cmd} ${c.number}` })) }] };
    }
    return { end: [{ text: ctx.t(`surveys-x-${r.code}`) }] };
  }
  const loaded: S = { ...s, campaignId: r.campaignId, number: r.number, title: r.title, q: r.questionnaire, answers: {} };
  const intro = ctx.t(s.mode === 'self' ? 'surveys-intro' : 'surveys-intro-interview', { title: r.title, count: r.questionnaire.questions.length });
  const say = [{ text: r.questionnaire.intro ? `${intro}\n\n${r.questionnaire.intro}` : intro }];
  if (s.mode === 'interview') return { state: loaded, next: 'group', say };
  return { ...advance(loaded, {}), say } as Outcome<S>;
}

function onSaved(s: S, done: EffectDone, ctx: FlowContext): Outcome<S> {
  if (done.effect !== 'surveys.submit') return { stay: true };
  const r = done.result;
  if (r.ok) {
    if (s.mode === 'interview') {
      return { end: [{ text: ctx.t('surveys-saved-interview'), choices: [{ label: ctx.t('surveys-next-interview'), value: `/phongvan ${s.number}` }] }] };
    }
    return { end: [{ text: ctx.t('surveys-saved') }] };
  }
  if (r.code === 'incomplete') return advance(s, s.answers);
  return { end: [{ text: ctx.t(`surveys-x-${r.code}`) }] };
}

function makeFlow(name: string, mode: 'self' | 'interview') {
  return defineFlow<S>({
    name,
    resumable: true,
    roles: mode === 'self' ? undefined : ['collaborator', 'official', 'admin'],
    start: (_ctx, arg) => {
      const n = Number.parseInt(arg.trim(), 10);
      const state: S = { v: 1, step: 'loading', mode, number: Number.isInteger(n) && n > 0 ? n : null, answers: {} };
      return { state, next: 'loading', effect: effect('surveys.load', { number: state.number, mode }) };
    },
    recover: 'review',
    questions: {
      loading: waiting(() => 'review', onLoaded),
      group: {
        ask: (_s, ctx) => [{ text: ctx.t('surveys-ask-group'), choices: optionChoices(ctx, { key: REPORT_OPTIONS.stratum.key, values: RESPONDENT_GROUPS }) }],
        answer(s, input, ctx) {
          const r = readChoice(input, ctx, RESPONDENT_GROUPS);
          return r.ok ? advance({ ...s, group: r.value }, s.answers) : { retry: r.reply };
        },
      },
      q: {
        ask: (s, ctx) => (current(s) ? questionReply(s, ctx) : []),
        skip: (s) => (current(s) ? null : { next: 'review' }),
        answer: (s, input, ctx) => answerQuestion(s, input, ctx),
      },
      review: {
        skip: (s) => {
          if (!s.q) return { next: 'loading' };
          const next = walk(s.q, s.answers).next;
          return next ? { state: { ...s, at: next }, next: 'q' } : null;
        },
        ask: (s, ctx) => [
          {
            text: reviewText(s, ctx),
            choices: [
              { label: ctx.t('surveys-send'), value: SEND },
              { label: ctx.t('surveys-edit'), value: EDIT },
            ],
          },
        ],
        answer(s, input, ctx) {
          const r = readChoice(input, ctx, [SEND, EDIT]);
          if (!r.ok) return { retry: r.reply };
          if (r.value === EDIT) return { next: 'edit' };
          return submitOrAskPersonalData(surveyPersonalData, s, 'privacy');
        },
      },
      privacy: personalDataQuestion(surveyPersonalData),
      edit: {
        ask: (_s, ctx) => [{ text: ctx.t('surveys-ask-edit') }],
        answer(s, input, ctx) {
          const path = walk(s.q!, s.answers).path;
          const n = input.type === 'text' ? Number.parseInt(input.text.trim(), 10) : NaN;
          const id = Number.isInteger(n) ? path[n - 1] : undefined;
          return id ? { state: { ...s, at: id, picks: [] }, next: 'q' } : { retry: { text: ctx.t('surveys-err-edit-number', { max: path.length }) } };
        },
      },
      saving: waiting(() => 'review', onSaved),
    },
  });
}

export const surveyFlow = makeFlow('survey', 'self');
export const interviewFlow = makeFlow('survey-interview', 'interview');
