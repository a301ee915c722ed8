import { STRATA } from '../../../core/reports/draft.js';
import { NO, readChoice, readText, YES, yesNo } from '../../engine/common/input.js';
import { parseClosing, parseOptions, type LocalClosing } from './create-parse.js';
import type { Flow, FlowContext, FlowInput, Reply, StepResult } from '../../engine/types.js';

/**
 * /taothamdo — an official composes a quick poll: question, options, single/multiple choice,
 * anonymous or not, closing time, audience (own unit or a unit code of the subtree, optional
 * stratum, collaborators or everyone), then a preview with the recipient count before sending.
 * The effects `poll.preview` and `poll.create` (bot/features/polls/feature.ts) check scope and write.
 */
export type Closing = { hours: number } | { local: LocalClosing };

export interface PollCreateState {
  step: 'question' | 'options' | 'kind' | 'anonymous' | 'closes' | 'closes_at' | 'audience' | 'stratum' | 'roles' | 'previewing' | 'confirm' | 'saving';
  question?: string;
  options?: string[];
  multi?: boolean;
  anonymous?: boolean;
  closes?: Closing;
  /** null: the author's own unit. */
  unitCode?: string | null;
  strata?: string[];
  everyone?: boolean;
}

const HOURS = ['2', '24', '72', '168'] as const;
const OTHER = 'other';
const OWN = '_own';
const ALL = '_all';
const SEND = 'send';
const CANCEL = 'cancel';
const STRATUM_CHOICES = STRATA.filter((s) => s !== 'khac');

function ask(s: PollCreateState, ctx: FlowContext, before: Reply[] = []): StepResult<PollCreateState> {
  const t = ctx.t;
  const q = (text: string, choices?: Reply['choices']): StepResult<PollCreateState> => ({ state: s, replies: [...before, { text, choices }] });
  switch (s.step) {
    case 'question':
      return q(t('poll-ask-question'));
    case 'options':
      return q(t('poll-ask-options'));
    case 'kind':
      return q(t('poll-ask-kind'), [
        { label: t('poll-kind-single'), value: 'single' },
        { label: t('poll-kind-multi'), value: 'multi' },
      ]);
    case 'anonymous':
      return q(t('poll-ask-anonymous'), yesNo(ctx, 'poll-anonymous-yes', 'poll-anonymous-no'));
    case 'closes':
      return q(t('poll-ask-closes'), [...HOURS.map((h) => ({ label: t(`poll-closes-${h}`), value: h })), { label: t('poll-closes-other'), value: OTHER }]);
    case 'closes_at':
      return q(t('poll-ask-closes-at'));
    case 'audience':
      return q(t('poll-ask-audience'), [{ label: t('poll-audience-own', { unit: ctx.person?.unitName ?? '' }), value: OWN }]);
    case 'stratum':
      return q(t('poll-ask-stratum'), [
        { label: t('poll-stratum-all'), value: ALL },
        ...STRATUM_CHOICES.map((c) => ({ label: t(`ctv-opt-stratum-${c}`), value: c })),
      ]);
    case 'roles':
      return q(t('poll-ask-roles'), [
        { label: t('poll-roles-collaborators'), value: NO },
        { label: t('poll-roles-everyone'), value: YES },
      ]);
    default:
      return { state: s, replies: before };
  }
}

/** The draft the effects resolve (unit code → unit, closing → instant, filters). */
export function draftOf(s: PollCreateState) {
  return {
    question: s.question,
    options: s.options,
    multi: s.multi,
    anonymous: s.anonymous,
    closes: s.closes,
    unitCode: s.unitCode ?? null,
    strata: s.strata ?? [],
    roles: s.everyone ? ['collaborator', 'official'] : ['collaborator'],
  };
}

function answer(s: PollCreateState, input: FlowInput, ctx: FlowContext): StepResult<PollCreateState> {
  const retry = (text: string) => ask(s, ctx, [{ text }]);
  const next = (patch: Partial<PollCreateState>) => ask({ ...s, ...patch }, ctx);
  switch (s.step) {
    case 'question': {
      const r = readText(input, ctx, 500);
      return r.ok ? next({ question: r.value, step: 'options' }) : ask(s, ctx, [r.error]);
    }
    case 'options': {
      const r = readText(input, ctx, 1500);
      if (!r.ok) return ask(s, ctx, [r.error]);
      const o = parseOptions(r.value);
      return o.ok ? next({ options: o.options, step: 'kind' }) : retry(ctx.t(`poll-err-options-${o.error}`));
    }
    case 'kind': {
      const r = readChoice(input, ctx, ['single', 'multi']);
      return r.ok ? next({ multi: r.value === 'multi', step: 'anonymous' }) : ask(s, ctx, [r.error]);
    }
    case 'anonymous': {
      const r = readChoice(input, ctx, [YES, NO]);
      return r.ok ? next({ anonymous: r.value === YES, step: 'closes' }) : ask(s, ctx, [r.error]);
    }
    case 'closes': {
      const r = readChoice(input, ctx, [...HOURS, OTHER]);
      if (!r.ok) return ask(s, ctx, [r.error]);
      return r.value === OTHER ? next({ step: 'closes_at' }) : next({ closes: { hours: Number(r.value) }, step: 'audience' });
    }
    case 'closes_at': {
      const local = input.type === 'text' ? parseClosing(input.text) : null;
      return local ? next({ closes: { local }, step: 'audience' }) : retry(ctx.t('poll-err-closing-format'));
    }
    case 'audience': {
      if (input.type === 'choice' && input.value === OWN) return next({ unitCode: null, step: 'stratum' });
      const code = input.type === 'text' ? input.text.trim() : '';
      return /^[A-Za-z0-9_.-]{1,40}$/.test(code) ? next({ unitCode: code, step: 'stratum' }) : retry(ctx.t('poll-err-unit-code'));
    }
    case 'stratum': {
      const r = readChoice(input, ctx, [ALL, ...STRATUM_CHOICES]);
      return r.ok ? next({ strata: r.value === ALL ? [] : [r.value], step: 'roles' }) : ask(s, ctx, [r.error]);
    }
    case 'roles': {
      const r = readChoice(input, ctx, [YES, NO]);
      if (!r.ok) return ask(s, ctx, [r.error]);
      const ready = { ...s, everyone: r.value === YES, step: 'previewing' as const };
      return { state: ready, replies: [], effects: [{ type: 'poll.preview', draft: draftOf(ready) }] };
    }
    case 'confirm': {
      const r = readChoice(input, ctx, [SEND, CANCEL]);
      if (!r.ok) return ask(s, ctx, [r.error]);
      if (r.value === CANCEL) return { state: null, replies: [{ text: ctx.t('poll-cancelled') }] };
      return { state: { ...s, step: 'saving' }, replies: [], effects: [{ type: 'poll.create', draft: draftOf(s) }] };
    }
    default:
      return ask(s, ctx);
  }
}

/** Effect results: a refusal sends the author back to the step that can fix it. */
function onResult(s: PollCreateState, input: Extract<FlowInput, { type: 'result' }>, ctx: FlowContext): StepResult<PollCreateState> {
  const t = ctx.t;
  if (!input.ok) {
    const error = input.error ?? 'invalid';
    const back: PollCreateState['step'] =
      error === 'bad_closing' ? 'closes' : ['unknown_unit', 'out_of_scope', 'empty_audience'].includes(error) ? 'audience' : 'question';
    return ask({ ...s, step: back }, ctx, [{ text: t(`poll-err-${error}`) }]);
  }
  const d = input.data ?? {};
  if (input.effect === 'poll.preview') {
    const text = t('poll-preview', { question: s.question ?? '', count: Number(d.count ?? 0), unit: String(d.unitName ?? ''), closes: String(d.closes ?? '') });
    return {
      state: { ...s, step: 'confirm' },
      replies: [
        {
          text,
          choices: [
            { label: t('poll-send'), value: SEND },
            { label: t('poll-cancel'), value: CANCEL },
          ],
        },
      ],
    };
  }
  return {
    state: null,
    replies: [{ text: t('poll-created', { count: Number(d.recipients ?? 0) }), choices: [{ label: t('poll-see-results'), value: `pr:${String(d.pollId)}` }] }],
  };
}

export const pollCreateFlow: Flow<PollCreateState> = {
  name: 'poll-create',
  resumable: true,
  roles: ['official', 'admin'],
  start: (ctx) => ask({ step: 'question' }, ctx, [{ text: ctx.t('poll-intro') }]),
  step(s, input, ctx) {
    if (input.type === 'resume') return ask(s, ctx);
    if (input.type === 'result') return onResult(s, input, ctx);
    return answer(s, input, ctx);
  },
};
