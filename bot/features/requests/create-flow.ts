import { STRATA } from '../../../core/reports/draft.js';
import { FALLBACK_TOPIC } from '../../../core/reports/topic-taxonomy.js';
import { REQUEST_LIMITS } from '../../../core/reports/requests/request.js';
import { NEXT_PAGE, NO, pagedList, PREV_PAGE, readChoice, readText, YES, ownAreaChoice } from '../../engine/common/input.js';
import { optionKey } from '../../engine/common/options.js';
import { effect, type EffectDone } from '../../engine/effects.js';
import { defineFlow, waiting, type MachineState, type Outcome, type Question } from '../../engine/machine.js';
import type { FlowContext, Reply, UserInput } from '../../engine/types.js';
import { sectorLabel } from '../../../core/people/labels.js';
import { matchKey } from '../../../core/kernel/text.js';
import { parseDeadline, parseOptions, type Closing } from '../polls/create-parse.js';
import { REPORT_OPTIONS } from '../reports/options.js';
import { isUnitTyped } from '../../../core/people/units.js';

/**
 * /yeucaubaocao — an official asks a subtree for a thematic report (issue 13 §6): what is asked,
 * the topic, optional guiding questions, the due time, who (own unit or a unit code of the
 * subtree, optional stratum, collaborators or everyone), then a preview with the recipient count.
 * The effects `requests.preview` and `requests.create` (./effects.ts) check scope and write.
 */
interface RequestCreateState extends MachineState {
  v: 1;
  subject?: string;
  topicCode?: string;
  questions?: string[];
  due?: Closing;
  /** null: the author's own unit. */
  unitCode?: string | null;
  /** The sectors known in the official's subtree (loaded before the sector question) and the one chosen. */
  sectorOptions?: string[];
  sectors?: string[];
  strata?: string[];
  everyone?: boolean;
  preview?: { count: number; unitName: string; due: string };
}

type S = RequestCreateState;

/** What the effects receive: the answers as JSON, resolved against the database there. */
export interface RequestDraftJson {
  subject?: string;
  topicCode?: string;
  questions: string[];
  due?: Closing;
  unitCode: string | null;
  /** Drafts saved before the sector question have none. */
  sectors?: string[];
  strata: string[];
  roles: ('collaborator' | 'official')[];
}

const HOURS = ['24', '72', '168'] as const;
const OTHER = 'other';
const OWN = '_own';
const ALL = '_all';
const NONE = '_none';
const SEND = 'send';
const CANCEL = 'cancel';
const STRATUM_CHOICES = STRATA.filter((s) => s !== 'khac');

const draftOf = (s: S): RequestDraftJson => ({
  subject: s.subject,
  topicCode: s.topicCode,
  questions: s.questions ?? [],
  due: s.due,
  unitCode: s.unitCode ?? null,
  sectors: s.sectors ?? [],
  strata: s.strata ?? [],
  roles: s.everyone ? ['collaborator', 'official'] : ['collaborator'],
});

function pick(key: string, options: (ctx: FlowContext) => NonNullable<Reply['choices']>, set: (s: S, value: string) => Outcome<S>): Question<S> {
  return {
    ask: (_s, ctx) => [{ text: ctx.t(key), choices: options(ctx) }],
    answer(s, input, ctx) {
      const read = readChoice(
        input,
        ctx,
        options(ctx).map((c) => c.value),
      );
      return read.ok ? set(s, read.value) : { retry: read.reply };
    },
  };
}

const sectorChoices = (ctx: FlowContext, known: string[]) => [
  { label: ctx.t('requests-sector-all'), value: ALL },
  ...known.map((v) => ({ label: sectorLabel((k) => ctx.t(k), v), value: v })),
];

function matchSector(ctx: FlowContext, known: string[], input: UserInput): string | undefined {
  const key = matchKey(input.type === 'choice' ? input.value : input.type === 'text' ? input.text.trim() : '');
  if (!key) return undefined;
  const named = (v: string) => matchKey(sectorLabel((k) => ctx.t(k), v));
  const starts = known.filter((v) => named(v).startsWith(key));
  return known.find((v) => matchKey(v) === key || named(v) === key) ?? (starts.length === 1 ? starts[0] : undefined);
}

const topicChoices = (ctx: FlowContext) => ctx.topics.filter((t) => t.parentCode === null).map((t) => ({ label: t.name, value: t.code }));

/** Effect results: a refusal sends the author back to the step that can fix it. */
function onResult(s: S, done: EffectDone, ctx: FlowContext): Outcome<S> {
  if (done.effect !== 'requests.preview' && done.effect !== 'requests.create') return { stay: true };
  const r = done.result;
  if (!r.ok) {
    const back =
      r.code === 'bad_due'
        ? 'due'
        : r.code === 'unknown_topic'
          ? 'topic'
          : ['unknown_unit', 'out_of_scope', 'empty_audience'].includes(r.code)
            ? 'audience'
            : 'subject';
    return { next: back, say: [{ text: ctx.t(`requests-err-${r.code}`) }] };
  }
  if ('count' in r) return { state: { ...s, preview: { count: r.count, unitName: r.unitName, due: r.due } }, next: 'confirm' };
  return { end: [{ text: ctx.t('requests-created', { count: r.recipients }), choices: [{ label: ctx.t('requests-see-status'), value: '/yeucaubaocao_ds' }] }] };
}

export const requestCreateFlow = defineFlow<S>({
  name: 'request-create',
  resumable: true,
  roles: ['official', 'admin'],
  sequence: ['subject', 'topic', 'questions', 'due', 'audience', 'sectors-loading', 'sector', 'stratum', 'roles'],
  start: (ctx) => ({ state: { v: 1, step: 'subject' }, say: [{ text: ctx.t('requests-intro') }] }),
  hasAnswers: (s) => !!s.subject,
  questions: {
    subject: {
      ask: (_s, ctx) => [{ text: ctx.t('requests-ask-subject') }],
      answer(s, input, ctx) {
        const r = readText(input, ctx, REQUEST_LIMITS.subject);
        return r.ok ? { state: { ...s, subject: r.value } } : { retry: r.reply };
      },
    },
    topic: {
      // No taxonomy loaded: file under "other" rather than block the request.
      skip: (s, ctx) => (topicChoices(ctx).length === 0 ? { state: { ...s, topicCode: FALLBACK_TOPIC } } : null),
      ask: (s, ctx) => [{ text: ctx.t('requests-ask-topic'), ...pagedList(ctx, topicChoices(ctx), s.page ?? 0) }],
      answer(s, input, ctx) {
        if (input.type === 'choice' && (input.value === NEXT_PAGE || input.value === PREV_PAGE))
          return { state: { ...s, page: Math.max(0, (s.page ?? 0) + (input.value === NEXT_PAGE ? 1 : -1)) }, stay: true };
        const read = readChoice(
          input,
          ctx,
          topicChoices(ctx).map((c) => c.value),
        );
        return read.ok ? { state: { ...s, topicCode: read.value } } : { retry: read.reply };
      },
    },
    questions: {
      ask: (_s, ctx) => [
        { text: ctx.t('requests-ask-questions', { max: REQUEST_LIMITS.maxQuestions }), choices: [{ label: ctx.t('requests-questions-none'), value: NONE }] },
      ],
      answer(s, input, ctx) {
        if (input.type === 'choice' && input.value === NONE) return { state: { ...s, questions: [] } };
        const r = readText(input, ctx, 2000);
        if (!r.ok) return { retry: r.reply };
        const q = parseOptions(r.value, 1, REQUEST_LIMITS.maxQuestions, REQUEST_LIMITS.question);
        return q.ok
          ? { state: { ...s, questions: q.options } }
          : { retry: { text: ctx.t(`requests-err-questions-${q.code}`, { max: REQUEST_LIMITS.maxQuestions }) } };
      },
    },
    due: pick(
      'requests-ask-due',
      (ctx) => [...HOURS.map((h) => ({ label: ctx.t(`requests-due-${h}`), value: h })), { label: ctx.t('requests-due-other'), value: OTHER }],
      (s, v) => (v === OTHER ? { next: 'due_at' } : { state: { ...s, due: { hours: Number(v) } } }),
    ),
    due_at: {
      ask: (_s, ctx) => [{ text: ctx.t('requests-ask-due-at') }],
      answer(s, input, ctx) {
        const local = input.type === 'text' ? parseDeadline(input.text) : null;
        return local ? { state: { ...s, due: { local } }, next: 'audience' } : { retry: { text: ctx.t('requests-err-due-format') } };
      },
    },
    audience: {
      ask: (_s, ctx) => [{ text: ctx.t('requests-ask-audience'), choices: [ownAreaChoice(ctx, OWN)] }],
      answer(s, input, ctx) {
        const load = effect('requests.sectors', {});
        if (input.type === 'choice' && input.value === OWN) return { state: { ...s, unitCode: null }, next: 'sectors-loading', effect: load };
        const code = input.type === 'text' ? input.text.trim() : '';
        if (!isUnitTyped(code)) return { retry: { text: ctx.t('poll-err-unit-code') } };
        return { state: { ...s, unitCode: code }, next: 'sectors-loading', effect: load };
      },
    },
    'sectors-loading': waiting(
      () => 'audience',
      (s, done) => ({ state: { ...s, sectorOptions: done.effect === 'requests.sectors' && done.result.ok ? done.result.sectors : [] }, next: 'sector' }),
    ),
    // Like the broadcast compose: "all sectors", a button, or a sector typed by name (accents optional).
    sector: {
      skip: (s) => (s.sectorOptions?.length ? null : { state: { ...s, sectors: [] }, next: 'stratum' }),
      ask: (s, ctx) => [{ text: ctx.t('requests-ask-sector'), choices: sectorChoices(ctx, s.sectorOptions ?? []) }],
      answer(s, input, ctx) {
        if (input.type === 'choice' && input.value === ALL) return { state: { ...s, sectors: [] } };
        const value = matchSector(ctx, s.sectorOptions ?? [], input);
        return value ? { state: { ...s, sectors: [value] } } : { retry: { text: ctx.t('requests-err-sector') } };
      },
    },
    stratum: pick(
      'requests-ask-stratum',
      (ctx) => [
        { label: ctx.t('poll-stratum-all'), value: ALL },
        ...STRATUM_CHOICES.map((c) => ({ label: ctx.t(optionKey(REPORT_OPTIONS.stratum, c)), value: c })),
      ],
      (s, v) => ({ state: { ...s, strata: v === ALL ? [] : [v] } }),
    ),
    roles: pick(
      'requests-ask-roles',
      (ctx) => [
        { label: ctx.t('poll-roles-collaborators'), value: NO },
        { label: ctx.t('poll-roles-everyone'), value: YES },
      ],
      (s, v) => {
        const ready = { ...s, everyone: v === YES };
        return { state: ready, next: 'previewing', effect: effect('requests.preview', { draft: draftOf(ready) }) };
      },
    ),
    previewing: waiting(() => 'roles', onResult),
    confirm: {
      ask: (s, ctx) => [
        {
          text: ctx.t('requests-preview', {
            subject: s.subject ?? '',
            questions: s.questions?.length ?? 0,
            count: s.preview?.count ?? 0,
            unit: s.preview?.unitName ?? '',
            due: s.preview?.due ?? '',
          }),
          choices: [
            { label: ctx.t('requests-send'), value: SEND },
            { label: ctx.t('requests-cancel'), value: CANCEL },
          ],
        },
      ],
      answer(s, input, ctx) {
        const r = readChoice(input, ctx, [SEND, CANCEL]);
        if (!r.ok) return { retry: r.reply };
        if (r.value === CANCEL) return { end: [{ text: ctx.t('requests-cancelled') }] };
        return { next: 'saving', effect: effect('requests.create', { draft: draftOf(s) }) };
      },
    },
    saving: waiting(() => 'confirm', onResult),
  },
});
