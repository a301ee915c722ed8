import { MEETING_LIMITS } from '../../../core/meetings/meeting.js';
import { NO, readChoice, readText, YES, ownAreaChoice } from '../../engine/common/input.js';
import { effect, type EffectDone } from '../../engine/effects.js';
import { defineFlow, waiting, type MachineState, type Outcome } from '../../engine/machine.js';
import type { FlowContext } from '../../engine/types.js';
import { parseClosing, type LocalClosing } from '../polls/create-parse.js';
import { isUnitTyped } from '../../../core/people/units.js';

/**
 * /giaoban_moi — an official schedules a giao ban meeting (issue 17 item 4): title, time, place
 * or online link, agenda (optionally the last synthesis's highlights), who is invited (own unit
 * or a unit code of the subtree; collaborators or everyone), then a preview with the count.
 * The effects (./effects.ts) check scope and write.
 */
interface MeetingCreateState extends MachineState {
  v: 1;
  title?: string;
  at?: LocalClosing;
  place?: string | null;
  link?: string | null;
  agenda?: string;
  /** null: the author's own unit. */
  unitCode?: string | null;
  everyone?: boolean;
  preview?: { count: number; unitName: string; when: string };
}

type S = MeetingCreateState;

/** What the effects receive: the answers as JSON, resolved against the database there. */
export interface MeetingDraftJson {
  title?: string;
  at?: LocalClosing;
  place: string | null;
  link: string | null;
  agenda: string;
  unitCode: string | null;
  roles: ('collaborator' | 'official')[];
}

const NONE = '_none';
const HIGHLIGHTS = '_highlights';
const DONE = '_done';
const OWN = '_own';
const SEND = 'send';
const CANCEL = 'cancel';
const URL = /https?:\/\/[^\s,;]+/i;

const draftOf = (s: S): MeetingDraftJson => ({
  title: s.title,
  at: s.at,
  place: s.place ?? null,
  link: s.link ?? null,
  agenda: s.agenda ?? '',
  unitCode: s.unitCode ?? null,
  roles: s.everyone ? ['collaborator', 'official'] : ['collaborator'],
});

/** Pure: "Hội trường UBND xã, https://meet…" → the place and the link (either may be missing). */
export function splitPlace(text: string): { place: string | null; link: string | null } {
  const link = URL.exec(text)?.[0] ?? null;
  const place = (link ? text.replace(link, ' ') : text)
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:–-]+|[\s,;:–-]+$/g, '')
    .trim();
  return { place: place || null, link };
}

/** Back from a refusal at the preview (time, unit): the corrected answer goes straight to a new preview, nothing else asked again. */
const onward = (s: S): Outcome<S> =>
  s.everyone === undefined ? { state: s } : { state: s, next: 'previewing', effect: effect('meetings.preview', { draft: draftOf(s) }) };

const appendAgenda = (agenda: string | undefined, more: string) => (agenda ? `${agenda}\n${more}` : more).slice(0, MEETING_LIMITS.agenda);

/** Effect results: a refusal sends the author back to the step that can fix it. */
function onResult(s: S, done: EffectDone, ctx: FlowContext): Outcome<S> {
  if (done.effect === 'meetings.highlights') {
    const r = done.result;
    if (!r.ok) return { next: 'agenda', say: [{ text: ctx.t('meetings-no-highlights') }] };
    const block = ctx.t('meetings-highlights-block', { period: r.period, text: r.text });
    return {
      state: { ...s, agenda: appendAgenda(s.agenda, block) },
      next: 'agenda_more',
      say: [{ text: ctx.t('meetings-highlights-added', { text: block }) }],
    };
  }
  if (done.effect !== 'meetings.preview' && done.effect !== 'meetings.create') return { stay: true };
  const r = done.result;
  if (!r.ok) {
    const back = r.code === 'bad_time' ? 'when' : ['unknown_unit', 'out_of_scope', 'empty_audience'].includes(r.code) ? 'audience' : 'title';
    return { next: back, say: [{ text: ctx.t(`meetings-err-${r.code}`) }] };
  }
  if ('count' in r) return { state: { ...s, preview: { count: r.count, unitName: r.unitName, when: r.when } }, next: 'confirm' };
  return { end: [{ text: ctx.t('meetings-created', { count: r.invited }), choices: [{ label: ctx.t('meetings-see-list'), value: '/giaoban' }] }] };
}

export const meetingCreateFlow = defineFlow<S>({
  name: 'meeting-create',
  resumable: true,
  roles: ['official', 'admin'],
  sequence: ['title', 'when', 'place', 'agenda', 'audience', 'roles'],
  start: (ctx) => ({ state: { v: 1, step: 'title' }, say: [{ text: ctx.t('meetings-intro') }] }),
  hasAnswers: (s) => !!s.title,
  questions: {
    title: {
      ask: (_s, ctx) => [{ text: ctx.t('meetings-ask-title') }],
      answer(s, input, ctx) {
        const r = readText(input, ctx, MEETING_LIMITS.title);
        return r.ok ? { state: { ...s, title: r.value } } : { retry: r.reply };
      },
    },
    when: {
      ask: (_s, ctx) => [{ text: ctx.t('meetings-ask-when') }],
      answer(s, input, ctx) {
        const at = input.type === 'text' ? parseClosing(input.text) : null;
        return at ? onward({ ...s, at }) : { retry: { text: ctx.t('meetings-err-when-format') } };
      },
    },
    place: {
      ask: (_s, ctx) => [{ text: ctx.t('meetings-ask-place') }],
      answer(s, input, ctx) {
        const r = readText(input, ctx, MEETING_LIMITS.place);
        if (!r.ok) return { retry: r.reply };
        return { state: { ...s, ...splitPlace(r.value) } };
      },
    },
    agenda: {
      ask: (_s, ctx) => [
        {
          text: ctx.t('meetings-ask-agenda'),
          choices: [
            { label: ctx.t('meetings-agenda-highlights'), value: HIGHLIGHTS },
            { label: ctx.t('meetings-agenda-none'), value: NONE },
          ],
        },
      ],
      answer(s, input, ctx) {
        if (input.type === 'choice' && input.value === NONE) return { state: { ...s, agenda: '' }, next: 'audience' };
        if (input.type === 'choice' && input.value === HIGHLIGHTS) return { next: 'fetching', effect: effect('meetings.highlights', {}) };
        const r = readText(input, ctx, MEETING_LIMITS.agenda);
        return r.ok ? { state: { ...s, agenda: r.value }, next: 'audience' } : { retry: r.reply };
      },
    },
    fetching: waiting(() => 'agenda', onResult),
    agenda_more: {
      ask: (_s, ctx) => [{ text: ctx.t('meetings-ask-agenda-more'), choices: [{ label: ctx.t('meetings-agenda-done'), value: DONE }] }],
      answer(s, input, ctx) {
        if (input.type === 'choice' && input.value === DONE) return { next: 'audience' };
        const r = readText(input, ctx, MEETING_LIMITS.agenda);
        return r.ok ? { state: { ...s, agenda: appendAgenda(r.value, s.agenda ?? '') }, next: 'audience' } : { retry: r.reply };
      },
    },
    audience: {
      ask: (_s, ctx) => [{ text: ctx.t('meetings-ask-audience'), choices: [ownAreaChoice(ctx, OWN)] }],
      answer(s, input, ctx) {
        if (input.type === 'choice' && input.value === OWN) return onward({ ...s, unitCode: null });
        const code = input.type === 'text' ? input.text.trim() : '';
        return isUnitTyped(code) ? onward({ ...s, unitCode: code }) : { retry: { text: ctx.t('poll-err-unit-code') } };
      },
    },
    roles: {
      ask: (_s, ctx) => [
        {
          text: ctx.t('meetings-ask-roles'),
          choices: [
            { label: ctx.t('poll-roles-collaborators'), value: NO },
            { label: ctx.t('poll-roles-everyone'), value: YES },
          ],
        },
      ],
      answer(s, input, ctx) {
        const r = readChoice(input, ctx, [NO, YES]);
        if (!r.ok) return { retry: r.reply };
        const ready = { ...s, everyone: r.value === YES };
        return { state: ready, next: 'previewing', effect: effect('meetings.preview', { draft: draftOf(ready) }) };
      },
    },
    previewing: waiting(() => 'roles', onResult),
    confirm: {
      ask: (s, ctx) => [
        {
          text: ctx.t('meetings-preview', {
            title: s.title ?? '',
            when: s.preview?.when ?? '',
            where: [s.place, s.link].filter(Boolean).join(' — '),
            count: s.preview?.count ?? 0,
            unit: s.preview?.unitName ?? '',
          }),
          choices: [
            { label: ctx.t('meetings-send'), value: SEND },
            { label: ctx.t('meetings-cancel'), value: CANCEL },
          ],
        },
      ],
      answer(s, input, ctx) {
        const r = readChoice(input, ctx, [SEND, CANCEL]);
        if (!r.ok) return { retry: r.reply };
        if (r.value === CANCEL) return { end: [{ text: ctx.t('meetings-cancelled') }] };
        return { next: 'saving', effect: effect('meetings.create', { draft: draftOf(s) }) };
      },
    },
    saving: waiting(() => 'confirm', onResult),
  },
});
