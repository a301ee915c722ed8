import { readChoice } from '../../engine/common/input.js';
import { effect, type EffectDone } from '../../engine/effects.js';
import { defineFlow, waiting, type MachineState, type Outcome } from '../../engine/machine.js';
import type { FlowContext } from '../../engine/types.js';
import { pickFromList, refusalText } from './views.js';
import { isUuid } from '../../../core/kernel/uuid.js';

/**
 * /giaoban_huy <id> — cancel a meeting not begun yet, after a yes to a question that names it
 * (titles repeat month after month: its time too); effect `meetings.cancel`: scope-checked,
 * audited, invitees told.
 */
interface CancelState extends MachineState {
  v: 1;
  meetingId: string;
  title?: string;
  when?: string;
}

const YES = 'yes';
const NO = 'no';

function named(s: CancelState, done: EffectDone, ctx: FlowContext): Outcome<CancelState> {
  if (done.effect !== 'meetings.brief') return { stay: true };
  const r = done.result;
  return r.ok ? { state: { ...s, title: r.title, when: r.when }, next: 'confirm' } : { end: [{ text: refusalText(ctx, r.code) }] };
}

export const meetingCancelFlow = defineFlow<CancelState>({
  name: 'meeting-cancel',
  resumable: false,
  roles: ['official', 'admin'],
  start(ctx, arg) {
    const meetingId = arg.trim();
    if (!isUuid(meetingId)) return { state: { v: 1, step: 'confirm', meetingId: '' }, end: pickFromList(ctx) };
    return { state: { v: 1, step: 'loading', meetingId }, next: 'loading', effect: effect('meetings.brief', { meetingId, action: 'meeting.cancel' }) };
  },
  questions: {
    loading: waiting(() => 'confirm', named),
    confirm: {
      ask: (s, ctx) => [
        {
          text: ctx.t('meetings-ask-cancel', { title: s.title ?? '', when: s.when ?? '' }),
          choices: [
            { label: ctx.t('meetings-btn-cancel-yes'), value: YES },
            { label: ctx.t('meetings-btn-cancel-no'), value: NO },
          ],
        },
      ],
      answer(s, input, ctx) {
        const r = readChoice(input, ctx, [YES, NO]);
        if (!r.ok) return { retry: r.reply };
        if (r.value === NO) return { end: [{ text: ctx.t('meetings-cancel-kept') }] };
        return { next: 'saving', effect: effect('meetings.cancel', { meetingId: s.meetingId }) };
      },
    },
    saving: waiting(
      () => 'confirm',
      (_s, done, ctx) => {
        if (done.effect !== 'meetings.cancel') return { stay: true };
        const r = done.result;
        return { end: [{ text: r.ok ? ctx.t('meetings-cancel-done', { told: r.told }) : refusalText(ctx, r.code) }] };
      },
    ),
  },
});
