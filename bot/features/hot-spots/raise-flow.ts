import { PEOPLE_RANGES, type HotSpotDraft, type PeopleRange } from '../../../core/hot-spots/create.js';
import type { MediaRef } from '../../../core/kernel/messages.js';
import { BACK, readChoice, readText } from '../../engine/common/input.js';
import { mainMenu } from '../../engine/common/menu.js';
import { optionChoices, optionKey } from '../../engine/common/options.js';
import { renderHotSpot } from './raise-render.js';
import type { Flow, FlowContext, FlowInput, Reply, StepResult } from '../../engine/types.js';

/** The five questions, then the confirmation: a hot spot is sent in six answers at most. */
export const HOT_SPOT_STEPS = ['category', 'severity', 'place', 'description', 'people'] as const;
type Field = (typeof HOT_SPOT_STEPS)[number];
type At = Field | 'confirm' | 'edit' | 'submitting';

export interface HotSpotState {
  v: 1;
  at: At;
  draft: Partial<HotSpotDraft> & { media: MediaRef[] };
  /** Re-answering one field from the confirmation screen. */
  editing: boolean;
}

const MAX_MEDIA = 10;
const PLACE_MAX = 500;
const SUBMIT = 'submit';
const EDIT = 'edit';
type Result = StepResult<HotSpotState>;
type Answer = { state: HotSpotState; before?: Reply[] } | { retry: Reply };

const urgent = (s: HotSpotState) => (s.draft.severity ?? 0) >= 3;

function ask(s: HotSpotState, ctx: FlowContext): Reply[] {
  const t = ctx.t;
  switch (s.at) {
    case 'category':
      return [{ text: t('ctv-hs-ask-category'), choices: optionChoices(ctx, 'hscat') }];
    case 'severity':
      return [{ text: t('ctv-hs-ask-severity'), choices: optionChoices(ctx, 'severity') }];
    case 'place':
      return [{ text: t('ctv-hs-ask-place'), requestLocation: true }];
    case 'description':
      return [{ text: t('ctv-hs-ask-description') }];
    case 'people':
      return [{ text: t('ctv-hs-ask-people'), choices: optionChoices(ctx, 'people') }];
    case 'edit':
      return [
        {
          text: t('ctv-hs-edit-ask'),
          choices: [...HOT_SPOT_STEPS.map((f) => ({ label: t(`ctv-hs-field-${f}`), value: f })), { label: t('ctv-hs-back'), value: BACK }],
        },
      ];
    case 'submitting':
    case 'confirm':
      return [
        { text: renderHotSpot(s.draft, ctx) },
        {
          text: t('ctv-hs-confirm-ask'),
          choices: [
            { label: t('ctv-hs-submit'), value: SUBMIT },
            { label: t('ctv-hs-edit'), value: EDIT },
            { label: t('ctv-hs-cancel'), value: '/huy' },
          ],
        },
      ];
  }
}

function withDraft(s: HotSpotState, patch: Partial<HotSpotDraft>): HotSpotState {
  return { ...s, draft: { ...s.draft, ...patch } };
}

/** "khoảng 30 người", "~30", "30" → 30; anything else is not a number of people. */
export function parsePeople(text: string): number | null {
  const m = /^\D*?(\d{1,7})\D*$/.exec(text.replace(/[.,\s](?=\d{3}\b)/g, ''));
  return m?.[1] ? Number(m[1]) : null;
}

function answer(s: HotSpotState, input: FlowInput, ctx: FlowContext): Answer {
  const t = ctx.t;
  switch (s.at) {
    case 'category':
    case 'severity': {
      const list = s.at === 'category' ? 'hscat' : 'severity';
      const read = readChoice(
        input,
        ctx,
        optionChoices(ctx, list).map((c) => c.value),
      );
      if (!read.ok) return { retry: read.error };
      if (s.at === 'category') return { state: withDraft(s, { category: read.value }) };
      const next = withDraft(s, { severity: Number(read.value) });
      return { state: next, before: urgent(next) ? [{ text: t('ctv-hs-call-reminder') }] : [] };
    }
    case 'place': {
      if (input.type === 'location') return { state: withDraft(s, { latitude: input.latitude, longitude: input.longitude, placeText: null }) };
      const read = readText(input, ctx, Math.min(PLACE_MAX, ctx.maxTextLength));
      if (!read.ok) return { retry: input.type === 'text' ? read.error : { text: t('ctv-hs-place-expected') } };
      return { state: withDraft(s, { placeText: read.value, latitude: null, longitude: null }) };
    }
    case 'description': {
      const read = readText(input, ctx);
      return read.ok
        ? { state: withDraft(s, { description: read.value }) }
        : { retry: input.type === 'text' ? read.error : { text: t('ctv-hs-description-expected') } };
    }
    case 'people': {
      if (input.type === 'choice' && input.value in PEOPLE_RANGES)
        return { state: withDraft(s, { peopleRange: input.value as PeopleRange, peopleEstimate: null }) };
      const n = input.type === 'text' ? parsePeople(input.text) : null;
      if (n === null) return { retry: { text: t('ctv-hs-people-invalid') } };
      return { state: withDraft(s, { peopleEstimate: n, peopleRange: null }) };
    }
    default:
      return { retry: { text: t('ctv-err-choose') } };
  }
}

/** A photo, voice note or file at any question is kept; its caption describes the event. */
function attach(s: HotSpotState, media: MediaRef, caption: string | undefined, ctx: FlowContext): { state: HotSpotState; note: Reply } {
  if (s.draft.media.length >= MAX_MEDIA) return { state: s, note: { text: ctx.t('ctv-hs-media-full', { max: MAX_MEDIA }) } };
  const text = caption?.trim();
  if (text && [...text].length > ctx.maxTextLength) {
    return { state: s, note: { text: ctx.t('ctv-err-too-long', { length: [...text].length, max: ctx.maxTextLength }) } };
  }
  const description = s.draft.description ?? (text || null);
  const next = withDraft(s, { media: [...s.draft.media, media], description });
  return { state: next, note: { text: ctx.t('ctv-hs-media-received', { n: next.draft.media.length }) } };
}

function nextAt(s: HotSpotState): At {
  if (s.editing || s.at === 'people') return 'confirm';
  return HOT_SPOT_STEPS[HOT_SPOT_STEPS.indexOf(s.at as Field) + 1] ?? 'confirm';
}

function onConfirm(s: HotSpotState, input: FlowInput, ctx: FlowContext): Result {
  const read = readChoice(input, ctx, [SUBMIT, EDIT]);
  if (!read.ok) return { state: s, replies: [read.error, ...ask(s, ctx)] };
  if (read.value === EDIT) return to({ ...s, at: 'edit' }, ctx);
  return { state: { ...s, at: 'submitting' }, replies: [], effects: [{ type: 'createHotSpot', draft: s.draft }] };
}

function onResult(s: HotSpotState, input: FlowInput, ctx: FlowContext): Result {
  if (input.type === 'result' && input.effect === 'createHotSpot' && input.ok) {
    const receipt = String(input.data?.receiptNo ?? '');
    const replies: Reply[] = [{ text: ctx.t('ctv-hs-received', { receipt, severity: ctx.t(optionKey('severity', String(s.draft.severity))) }) }];
    if (urgent(s)) replies.push({ text: ctx.t('ctv-hs-call-reminder') });
    return { state: null, replies: [...replies, mainMenu(ctx.t, 'ctv-menu-after')] };
  }
  return to({ ...s, at: 'confirm' }, ctx, [{ text: ctx.t('ctv-hs-submit-failed') }]);
}

const to = (s: HotSpotState, ctx: FlowContext, before: Reply[] = []): Result => ({ state: s, replies: [...before, ...ask(s, ctx)] });

/** Điểm nóng: category, severity, place, description (or media), people involved, send (DN-…). */
export const hotSpotFlow: Flow<HotSpotState> = {
  name: 'hot-spot',
  resumable: true,
  roles: ['collaborator', 'official'],
  start(ctx) {
    return to({ v: 1, at: 'category', draft: { media: [] }, editing: false }, ctx, [{ text: ctx.t('ctv-hs-intro') }]);
  },
  step(s, input, ctx) {
    if (s.at === 'submitting') return input.type === 'result' ? onResult(s, input, ctx) : to({ ...s, at: 'confirm' }, ctx);
    if (input.type === 'resume' || input.type === 'result') return to(s, ctx);
    if (input.type === 'media') {
      const { state, note } = attach(s, input.media, input.caption, ctx);
      if (s.at === 'description' && state !== s) return to({ ...state, at: nextAt(s), editing: false }, ctx, [note]);
      return to(state, ctx, [note]);
    }
    if (s.at === 'confirm') return onConfirm(s, input, ctx);
    if (s.at === 'edit') {
      if (input.type === 'choice' && input.value === BACK) return to({ ...s, at: 'confirm' }, ctx);
      const read = readChoice(input, ctx, HOT_SPOT_STEPS);
      return read.ok ? to({ ...s, at: read.value as Field, editing: true }, ctx) : { state: s, replies: [read.error, ...ask(s, ctx)] };
    }
    const out = answer(s, input, ctx);
    if ('retry' in out) return { state: s, replies: [out.retry, ...ask(s, ctx)] };
    return to({ ...out.state, at: nextAt(s), editing: false }, ctx, out.before);
  },
};
