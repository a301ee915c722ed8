import { readChoice, readText } from '../../engine/common/input.js';
import { effect, type EffectDone } from '../../engine/effects.js';
import { defineFlow, waiting, type MachineState, type Outcome } from '../../engine/machine.js';
import type { FlowContext } from '../../engine/types.js';
import { pickFromList, refusalText } from './views.js';
import { isUuid } from '../../../core/kernel/uuid.js';

/**
 * /giaoban_ketluan <id> — the conclusions of a meeting (issue 17 item 4) typed by the official and
 * sent as guidance with acknowledgement to everyone invited (effect `meetings.conclude`, which
 * goes through the broadcast path: dry-run rules, approval above a size, quiet hours, «Đã nhận»).
 */
interface ConcludeState extends MachineState {
  v: 1;
  meetingId: string;
  title?: string;
  body?: string;
}

type S = ConcludeState;
const SEND = 'send';
const CANCEL = 'cancel';

function checked(s: S, done: EffectDone, ctx: FlowContext): Outcome<S> {
  if (done.effect !== 'meetings.roster') return { stay: true };
  const r = done.result;
  if (!r.ok) return { end: [{ text: refusalText(ctx, r.code) }] };
  if (r.conclusionsSent) return { end: [{ text: refusalText(ctx, 'already_sent') }] };
  return { state: { ...s, title: r.title }, next: 'body' };
}

function sent(_s: S, done: EffectDone, ctx: FlowContext): Outcome<S> {
  if (done.effect !== 'meetings.conclude') return { stay: true };
  const r = done.result;
  if (!r.ok) return { end: [{ text: refusalText(ctx, r.code) }] };
  const key = r.status === 'awaiting_approval' ? 'meetings-concluded-approval' : 'meetings-concluded';
  return { end: [{ text: ctx.t(key, { count: r.audience }), choices: [{ label: ctx.t('meetings-see-guidance'), value: '/dinhhuong_ds' }] }] };
}

export const meetingConcludeFlow = defineFlow<S>({
  name: 'meeting-conclude',
  resumable: true,
  roles: ['official', 'admin'],
  start(ctx, arg) {
    const meetingId = arg.trim();
    if (!isUuid(meetingId)) return { state: { v: 1, step: 'body', meetingId: '' }, end: pickFromList(ctx) };
    return { state: { v: 1, step: 'checking', meetingId }, next: 'checking', effect: effect('meetings.roster', { meetingId }) };
  },
  hasAnswers: (s) => !!s.body,
  questions: {
    checking: waiting(() => 'body', checked),
    body: {
      ask: (s, ctx) => [{ text: ctx.t('meetings-ask-conclusions', { title: s.title ?? '' }) }],
      answer(s, input, ctx) {
        const r = readText(input, ctx);
        return r.ok ? { state: { ...s, body: r.value }, next: 'confirm' } : { retry: r.reply };
      },
    },
    confirm: {
      ask: (s, ctx) => [
        {
          text: ctx.t('meetings-conclusions-preview', { title: s.title ?? '', body: s.body ?? '' }),
          choices: [
            { label: ctx.t('meetings-btn-send-conclusions'), value: SEND },
            { label: ctx.t('meetings-cancel'), value: CANCEL },
          ],
        },
      ],
      answer(s, input, ctx) {
        const r = readChoice(input, ctx, [SEND, CANCEL]);
        if (!r.ok) return { retry: r.reply };
        if (r.value === CANCEL) return { end: [{ text: ctx.t('meetings-conclusions-cancelled') }] };
        return { next: 'sending', effect: effect('meetings.conclude', { meetingId: s.meetingId, body: s.body ?? '' }) };
      },
    },
    sending: waiting(() => 'confirm', sent),
  },
});
