import { readChoice } from '../../engine/common/input.js';
import { effect } from '../../engine/effects.js';
import { defineFlow, waiting, type MachineState } from '../../engine/machine.js';
import { pickFromList, refusalText } from './views.js';

/** /giaoban_huy <id> — cancel a meeting not begun yet, after a yes (effect `meetings.cancel`: scope-checked, audited, invitees told). */
interface CancelState extends MachineState {
  v: 1;
  meetingId: string;
}

const YES = 'yes';
const NO = 'no';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const meetingCancelFlow = defineFlow<CancelState>({
  name: 'meeting-cancel',
  resumable: false,
  roles: ['official', 'admin'],
  start(ctx, arg) {
    const meetingId = arg.trim();
    if (!UUID.test(meetingId)) return { state: { v: 1, step: 'confirm', meetingId: '' }, end: pickFromList(ctx) };
    return { state: { v: 1, step: 'confirm', meetingId } };
  },
  questions: {
    confirm: {
      ask: (_s, ctx) => [
        {
          text: ctx.t('meetings-ask-cancel'),
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
