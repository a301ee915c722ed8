import { PEOPLE_RANGES, type HotSpotDraft, type PeopleRange } from '../../../core/hot-spots/create.js';
import type { MediaRef } from '../../../core/kernel/messages.js';
import { clipText } from '../../../core/kernel/text.js';
import { BACK, readChoice, readText } from '../../engine/common/input.js';
import { optionChoices, optionKey, optionQuestion, type OptionList } from '../../engine/common/options.js';
import { HOT_SPOT_OPTIONS } from './options.js';
import { defineFlow, waiting, type MachineState, type Outcome, type Question } from '../../engine/machine.js';
import type { FlowContext, Reply } from '../../engine/types.js';
import { mainMenu } from '../home/menu.js';
import { renderHotSpot } from './raise-render.js';
import { readRoute, ROUTE_BUTTON, routeAsk, routeButton, routeReceipt } from '../reports/steps/route.js';
import { personalDataQuestion, submitOrAskPersonalData } from '../../engine/common/personal-data.js';
import { hotSpotPersonalData } from './personal-data.js';

/** The five questions, then the confirmation: a hot spot is sent in six answers at most. */
export const HOT_SPOT_STEPS = ['category', 'severity', 'place', 'description', 'people'] as const;

export interface HotSpotState extends MachineState {
  v: 2;
  draft: Partial<HotSpotDraft> & { media: MediaRef[] };
}

type S = HotSpotState;

const MAX_MEDIA = 10;
const PLACE_MAX = 500;
const SUBMIT = 'submit';
/** «Giữ nguyên mô tả»: the caption given with a photo is the description. */
const KEEP = '_keep';
/** How much of a caption the description question quotes back. */
const CAPTION_SHOWN = 300;
const EDIT = 'edit';

const isRange = (v: string): v is PeopleRange => v in PEOPLE_RANGES;
const urgent = (s: S) => (s.draft.severity ?? 0) >= 3;
const withDraft = (s: S, patch: Partial<HotSpotDraft>): S => ({ ...s, draft: { ...s.draft, ...patch } });

/** "khoảng 30 người", "~30", "30" → 30; anything else is not a number of people. */
export function parsePeople(text: string): number | null {
  const m = /^\D*?(\d{1,7})\D*$/.exec(text.replace(/[.,\s](?=\d{3}\b)/g, ''));
  return m?.[1] ? Number(m[1]) : null;
}

function choiceField(list: OptionList, promptKey: string, set: (s: S, value: string, ctx: FlowContext) => Outcome<S>): Question<S> {
  return {
    ask: (_s, ctx) => [{ text: ctx.t(promptKey), ...optionQuestion(ctx, list) }],
    answer(s, input, ctx) {
      const read = readChoice(
        input,
        ctx,
        optionChoices(ctx, list).map((c) => c.value),
      );
      return read.ok ? set(s, read.value, ctx) : { retry: read.reply };
    },
  };
}

/** A photo, voice note or file at any question is kept; its caption describes the event. */
function attach(s: S, media: MediaRef, caption: string | undefined, ctx: FlowContext): Outcome<S> {
  if (s.draft.media.length >= MAX_MEDIA) return { stay: true, say: [{ text: ctx.t('hot-spots-raise-media-full', { max: MAX_MEDIA }) }] };
  const description = joinDescription(s.draft.description, caption);
  const length = [...(description ?? '')].length;
  if (length > ctx.maxTextLength) return { stay: true, say: [{ text: ctx.t('engine-err-too-long', { length, max: ctx.maxTextLength }) }] };
  const next = withDraft(s, { media: [...s.draft.media, media], description });
  const note: Reply = { text: ctx.t('hot-spots-raise-media-received', { n: next.draft.media.length }) };
  // Media at the description question answers it; anywhere else it is kept and the question stays.
  return s.step === 'description' ? { state: next, say: [note] } : { state: next, stay: true, say: [note] };
}

/**
 * A caption is what the reporter says of the event: it adds to the description already given
 * (a caption, then the typed account, or several photos each captioned), never replaces it.
 */
function joinDescription(had: string | null | undefined, more: string | undefined): string | null {
  const add = more?.trim();
  if (!add) return had ?? null;
  if (!had) return add;
  return had.includes(add) ? had : `${had}\n${add}`;
}

/** The description question: with a caption already given it says so, and a typed text adds to it. */
const description: Question<S> = {
  ask: (s, ctx) =>
    s.draft.description && !s.edit
      ? [
          {
            text: ctx.t('hot-spots-raise-ask-description-more', { text: clipText(s.draft.description, CAPTION_SHOWN) }),
            choices: [{ label: ctx.t('hot-spots-raise-keep-description'), value: KEEP }],
          },
        ]
      : [{ text: ctx.t('hot-spots-raise-ask-description') }],
  answer(s, input, ctx) {
    if (input.type === 'choice' && input.value === KEEP && s.draft.description) return {};
    const read = readText(input, ctx);
    if (!read.ok) return { retry: input.type === 'text' ? read.reply : { text: ctx.t('hot-spots-raise-description-expected') } };
    // «Sửa» → «Mô tả» rewrites it; on the way through, the typed account joins the caption.
    const text = s.edit ? read.value : (joinDescription(s.draft.description, read.value) ?? read.value);
    const length = [...text].length;
    if (length > ctx.maxTextLength) return { retry: { text: ctx.t('engine-err-too-long', { length, max: ctx.maxTextLength }) } };
    return { state: withDraft(s, { description: text }) };
  },
};

const confirmScreen = (s: S, ctx: FlowContext): Reply[] => [
  { text: renderHotSpot(s.draft, ctx) },
  {
    text: ctx.t('hot-spots-raise-confirm-ask'),
    choices: [
      { label: ctx.t('hot-spots-raise-submit'), value: SUBMIT },
      routeButton(ctx),
      { label: ctx.t('hot-spots-raise-edit'), value: EDIT },
      { label: ctx.t('hot-spots-raise-cancel'), value: '/huy' },
    ],
  },
];

/** Drafts stored before the flow machine (v1: `at`, and `editing` for one field) keep working. */
function upgrade(stored: Record<string, unknown>): S {
  const s = stored as unknown as S & { editing?: boolean };
  const { editing, ...rest } = s;
  const fields: readonly string[] = HOT_SPOT_STEPS;
  const edit = s.edit ?? (editing && fields.includes(s.step) ? { steps: [s.step], back: 'confirm' } : null);
  return { ...rest, v: 2, draft: { ...rest.draft, media: rest.draft?.media ?? [] }, edit };
}

/** Điểm nóng: category, severity, place, description (or media), people involved, send (DN-…). */
export const hotSpotFlow = defineFlow<S>({
  name: 'hot-spot',
  resumable: true,
  roles: ['collaborator', 'official'],
  sequence: [...HOT_SPOT_STEPS, 'confirm'],
  upgrade,
  hasAnswers: (s) => s.draft.media.length > 0 || Object.entries(s.draft).some(([k, v]) => k !== 'media' && v !== null && v !== undefined && v !== ''),
  start: (ctx) => ({ state: { v: 2, step: 'category', draft: { media: [] }, edit: null }, say: [{ text: ctx.t('hot-spots-raise-intro') }] }),
  intercept: (s, input, ctx) => (input.type === 'media' && s.step !== 'submitting' ? attach(s, input.media, input.caption, ctx) : null),
  questions: {
    category: choiceField(HOT_SPOT_OPTIONS.category, 'hot-spots-raise-ask-category', (s, v) => ({ state: withDraft(s, { category: v }) })),
    severity: choiceField(HOT_SPOT_OPTIONS.severity, 'hot-spots-raise-ask-severity', (s, v, ctx) => {
      const next = withDraft(s, { severity: Number(v) });
      // Said once, here, where the person can still pick up the phone before finishing the form (not again on the receipt).
      return { state: next, say: urgent(next) ? [{ text: ctx.t('hot-spots-raise-call-reminder') }] : [] };
    }),
    place: {
      ask: (_s, ctx) => [{ text: ctx.t('hot-spots-raise-ask-place'), requestLocation: true }],
      answer(s, input, ctx) {
        if (input.type === 'location') {
          const placeText = input.place?.slice(0, PLACE_MAX) || null;
          return { state: withDraft(s, { latitude: input.latitude, longitude: input.longitude, placeText }) };
        }
        const read = readText(input, ctx, Math.min(PLACE_MAX, ctx.maxTextLength));
        if (!read.ok) return { retry: input.type === 'text' ? read.reply : { text: ctx.t('hot-spots-raise-place-expected') } };
        return { state: withDraft(s, { placeText: read.value, latitude: null, longitude: null }) };
      },
    },
    description,
    people: {
      ask: (_s, ctx) => [{ text: ctx.t('hot-spots-raise-ask-people'), choices: optionChoices(ctx, HOT_SPOT_OPTIONS.people) }],
      answer(s, input, ctx) {
        if (input.type === 'choice' && isRange(input.value))
          return { state: withDraft(s, { peopleRange: input.value, peopleEstimate: null, peopleText: null }) };
        const n = input.type === 'text' ? parsePeople(input.text) : null;
        if (n === null) return { retry: { text: ctx.t('hot-spots-raise-people-invalid') } };
        return { state: withDraft(s, { peopleEstimate: n, peopleRange: null, peopleText: input.type === 'text' ? input.text.trim().slice(0, 200) : null }) };
      },
    },
    confirm: {
      ask: confirmScreen,
      answer(s, input, ctx) {
        const read = readChoice(input, ctx, [SUBMIT, ROUTE_BUTTON, EDIT]);
        if (!read.ok) return { retry: read.reply };
        if (read.value === EDIT) return { next: 'edit' };
        if (read.value === ROUTE_BUTTON) return { next: 'route' };
        // «Gửi ngay» sends as usual, whatever was chosen on an earlier visit to the route question.
        const { route: _route, ...draft } = s.draft;
        return submitOrAskPersonalData(hotSpotPersonalData, { ...s, draft }, 'privacy');
      },
    },
    // «🔒 Chỉ gửi cấp trên» (issue 13 §7): who may see it; the answer sends it.
    route: {
      ask: (_s, ctx) => routeAsk(ctx),
      answer(s, input, ctx) {
        const read = readRoute(input, ctx);
        if (!read.ok) return { retry: read.reply };
        return submitOrAskPersonalData(hotSpotPersonalData, { ...s, draft: { ...s.draft, route: read.route } }, 'privacy');
      },
    },
    privacy: personalDataQuestion(hotSpotPersonalData),
    edit: {
      ask: (_s, ctx) => [
        {
          text: ctx.t('hot-spots-raise-edit-ask'),
          choices: [
            ...HOT_SPOT_STEPS.map((f) => ({ label: ctx.t(`hot-spots-raise-field-${f}`), value: f })),
            { label: ctx.t('hot-spots-raise-back'), value: BACK },
          ],
        },
      ],
      answer(s, input, ctx) {
        if (input.type === 'choice' && input.value === BACK) return { next: 'confirm' };
        const read = readChoice(input, ctx, HOT_SPOT_STEPS);
        return read.ok ? { state: { ...s, edit: { steps: [read.value], back: 'confirm' } }, next: read.value } : { retry: read.reply };
      },
    },
    submitting: waiting(
      () => 'confirm',
      (s, done, ctx) => {
        if (done.effect !== 'hot-spots.create' || !done.result.ok) return { next: 'confirm', say: [{ text: ctx.t('hot-spots-raise-submit-failed') }] };
        const severity = ctx.t(optionKey(HOT_SPOT_OPTIONS.severity, String(s.draft.severity)));
        const replies: Reply[] = [
          { text: ctx.t('hot-spots-raise-received', { receipt: done.result.receiptNo, severity }) },
          ...routeReceipt(ctx, s.draft.route, done.result.visibleFrom ?? null),
        ];
        return { end: [...replies, mainMenu(ctx.t, ctx.person?.role, 'home-menu-after')] };
      },
    ),
  },
});
