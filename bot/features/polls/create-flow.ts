import { STRATA } from '../../../core/reports/draft.js';
import { NO, readChoice, readText, YES, yesNo, ownAreaChoice } from '../../engine/common/input.js';
import { optionKey } from '../../engine/common/options.js';
import { effect, type EffectDone } from '../../engine/effects.js';
import { REPORT_OPTIONS } from '../reports/options.js';
import { defineFlow, waiting, type MachineState, type Outcome, type Question } from '../../engine/machine.js';
import type { FlowContext, Reply, UserInput } from '../../engine/types.js';
import { parseDeadline, parseDurationHours, parseOptions, type Closing } from './create-parse.js';
import { isUnitTyped } from '../../../core/people/units.js';

/**
 * /taothamdo — an official composes a quick poll: question, options, single/multiple choice,
 * anonymous or not, closing time, audience (own unit or a unit code of the subtree, optional
 * stratum, collaborators or everyone), then a preview with the recipient count before sending.
 * The effects `polls.preview` and `polls.create` (./effects.ts) check scope and write.
 * A small flow on the flow machine: copy it to start a new one.
 */

interface PollCreateState extends MachineState {
  v: 1;
  question?: string;
  options?: string[];
  multi?: boolean;
  anonymous?: boolean;
  closes?: Closing;
  /** null: the author's own unit. */
  unitCode?: string | null;
  strata?: string[];
  everyone?: boolean;
  /** The recipients counted by the preview, shown again at the confirmation. */
  preview?: { count: number; unitName: string; closes: string };
}

type S = PollCreateState;

const HOURS = ['2', '24', '72', '168'] as const;
const OTHER = 'other';
const OWN = '_own';
const ALL = '_all';
const SEND = 'send';
const CANCEL = 'cancel';
const STRATUM_CHOICES = STRATA.filter((s) => s !== 'khac');

/** The draft the effects resolve (unit code → unit, closing → instant, filters). */
function draftOf(s: S): PollDraftJson {
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

/** What the effects receive: the answers as JSON, resolved against the database there. */
export interface PollDraftJson {
  question?: string;
  options?: string[];
  multi?: boolean;
  anonymous?: boolean;
  closes?: Closing;
  unitCode: string | null;
  strata: string[];
  roles: ('collaborator' | 'official')[];
}

const choices = (list: [label: string, value: string][]) => list.map(([label, value]) => ({ label, value }));

/**
 * The buttons' values are «2h», «24h»…, not bare numbers: the question is an amount question
 * (Reply.amounts), so a typed «2» reaches the flow and is two days, not the second button.
 */
const closeChoices = (ctx: FlowContext) => [
  ...HOURS.map((h) => ({ label: ctx.t(`poll-closes-${h}`), value: `${h}h` })),
  { label: ctx.t('poll-closes-other'), value: OTHER },
];

/** A question answered with one of its buttons (or the same typed). */
function pickOne(
  text: (ctx: FlowContext) => string,
  options: (ctx: FlowContext) => Reply['choices'],
  set: (s: S, value: string) => Outcome<S>,
  words: [typed: string, value: string][] = [],
): Question<S> {
  return {
    // `words`: how people type an option besides its label (matched without accents or case).
    ask: (_s, ctx) => [{ text: text(ctx), choices: options(ctx), ...(words.length ? { typed: [...(options(ctx) ?? []), ...choices(words)] } : {}) }],
    answer(s, input, ctx) {
      const read = readChoice(
        input,
        ctx,
        (options(ctx) ?? []).map((c) => c.value),
      );
      return read.ok ? set(s, read.value) : { retry: read.reply };
    },
  };
}

function typed(key: string, read: (s: S, input: UserInput, ctx: FlowContext) => Outcome<S>): Question<S> {
  return { ask: (_s, ctx) => [{ text: ctx.t(key) }], answer: read };
}

/** Effect results: a refusal sends the author back to the step that can fix it. */
function onResult(s: S, done: EffectDone, ctx: FlowContext): Outcome<S> {
  if (done.effect !== 'polls.preview' && done.effect !== 'polls.create') return { stay: true };
  const r = done.result;
  if (!r.ok) {
    const back = r.code === 'bad_closing' ? 'closes' : ['unknown_unit', 'out_of_scope', 'empty_audience'].includes(r.code) ? 'audience' : 'question';
    return { next: back, say: [{ text: ctx.t(`poll-err-${r.code}`) }] };
  }
  if ('count' in r) return { state: { ...s, preview: { count: r.count, unitName: r.unitName, closes: r.closes } }, next: 'confirm' };
  return { end: [{ text: ctx.t('poll-created', { count: r.recipients }), choices: [{ label: ctx.t('poll-see-results'), value: `pr:${r.pollId}` }] }] };
}

export const pollCreateFlow = defineFlow<S>({
  name: 'poll-create',
  resumable: true,
  roles: ['official', 'admin'],
  sequence: ['question', 'options', 'kind', 'anonymous', 'closes', 'audience', 'stratum', 'roles'],
  start: (ctx) => ({ state: { v: 1, step: 'question' }, say: [{ text: ctx.t('poll-intro') }] }),
  hasAnswers: (s) => !!(s.question || s.options?.length),
  questions: {
    question: typed('poll-ask-question', (s, input, ctx) => {
      const r = readText(input, ctx, 500);
      return r.ok ? { state: { ...s, question: r.value } } : { retry: r.reply };
    }),
    options: typed('poll-ask-options', (s, input, ctx) => {
      const r = readText(input, ctx, 1500);
      if (!r.ok) return { retry: r.reply };
      const o = parseOptions(r.value);
      return o.ok ? { state: { ...s, options: o.options } } : { retry: { text: ctx.t(`poll-err-options-${o.code}`) } };
    }),
    kind: pickOne(
      (ctx) => ctx.t('poll-ask-kind'),
      (ctx) =>
        choices([
          [ctx.t('poll-kind-single'), 'single'],
          [ctx.t('poll-kind-multi'), 'multi'],
        ]),
      (s, v) => ({ state: { ...s, multi: v === 'multi' } }),
    ),
    anonymous: pickOne(
      (ctx) => ctx.t('poll-ask-anonymous'),
      (ctx) => yesNo(ctx, 'poll-anonymous-yes', 'poll-anonymous-no'),
      (s, v) => ({ state: { ...s, anonymous: v === YES } }),
    ),
    closes: {
      ask: (_s, ctx) => [{ text: ctx.t('poll-ask-closes'), choices: closeChoices(ctx), amounts: true }],
      answer(s, input, ctx) {
        // Typed instead of a button: a duration («2 ngày», «48 giờ»; a bare «2» is days, as the hint's
        // example) or a date and time («17:00 25/12»).
        if (input.type === 'text') {
          const bare = /^\s*(\d{1,2})\s*$/.exec(input.text);
          const hours = parseDurationHours(bare ? `${bare[1]} ngay` : input.text);
          if (hours) return { state: { ...s, closes: { hours } } };
          const local = parseDeadline(input.text);
          if (local) return { state: { ...s, closes: { local } } };
        }
        // A button of a question asked before the values had their «h» (a draft open across a release) still counts.
        const read = readChoice(input, ctx, [...closeChoices(ctx).map((c) => c.value), ...HOURS]);
        if (!read.ok) return { retry: { text: ctx.t('poll-err-closes') } };
        return read.value === OTHER ? { next: 'closes_at' } : { state: { ...s, closes: { hours: Number.parseInt(read.value, 10) } } };
      },
    },
    closes_at: typed('poll-ask-closes-at', (s, input, ctx) => {
      const local = input.type === 'text' ? parseDeadline(input.text) : null;
      return local ? { state: { ...s, closes: { local } }, next: 'audience' } : { retry: { text: ctx.t('poll-err-closing-format') } };
    }),
    audience: {
      ask: (_s, ctx) => [{ text: ctx.t('poll-ask-audience'), choices: [ownAreaChoice(ctx, OWN)] }],
      answer(s, input, ctx) {
        if (input.type === 'choice' && input.value === OWN) return { state: { ...s, unitCode: null } };
        const code = input.type === 'text' ? input.text.trim() : '';
        return isUnitTyped(code) ? { state: { ...s, unitCode: code } } : { retry: { text: ctx.t('poll-err-unit-code') } };
      },
    },
    stratum: pickOne(
      (ctx) => ctx.t('poll-ask-stratum'),
      (ctx) => [
        { label: ctx.t('poll-stratum-all'), value: ALL },
        ...STRATUM_CHOICES.map((c) => ({ label: ctx.t(optionKey(REPORT_OPTIONS.stratum, c)), value: c })),
      ],
      (s, v) => ({ state: { ...s, strata: v === ALL ? [] : [v] } }),
    ),
    roles: pickOne(
      (ctx) => ctx.t('poll-ask-roles'),
      (ctx) =>
        choices([
          [ctx.t('poll-roles-collaborators'), NO],
          [ctx.t('poll-roles-everyone'), YES],
        ]),
      (s, v) => {
        const ready = { ...s, everyone: v === YES };
        return { state: ready, next: 'previewing', effect: effect('polls.preview', { draft: draftOf(ready) }) };
      },
      // «ctv», «cộng tác viên» are the first option (the words of both: guessed as the second).
      [
        ['CTV', NO],
        ['chỉ CTV', NO],
        ['cộng tác viên', NO],
        ['tất cả', YES],
        ['cả hai', YES],
        ['CTV và cán bộ', YES],
      ],
    ),
    previewing: waiting(() => 'roles', onResult),
    confirm: {
      ask: (s, ctx) => [
        {
          text: ctx.t('poll-preview', {
            question: s.question ?? '',
            count: s.preview?.count ?? 0,
            unit: s.preview?.unitName ?? '',
            closes: s.preview?.closes ?? '',
          }),
          choices: choices([
            [ctx.t('poll-send'), SEND],
            [ctx.t('poll-cancel'), CANCEL],
          ]),
        },
      ],
      answer(s, input, ctx) {
        const r = readChoice(input, ctx, [SEND, CANCEL]);
        if (!r.ok) return { retry: r.reply };
        if (r.value === CANCEL) return { end: [{ text: ctx.t('poll-cancelled') }] };
        return { next: 'saving', effect: effect('polls.create', { draft: draftOf(s) }) };
      },
    },
    saving: waiting(() => 'confirm', onResult),
  },
});
