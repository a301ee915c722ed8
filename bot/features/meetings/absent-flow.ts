import { REASON_MAX } from '../../../core/meetings/answers.js';
import { readText } from '../../engine/common/input.js';
import { effect } from '../../engine/effects.js';
import { defineFlow, waiting, type MachineState } from '../../engine/machine.js';
import { answerReply } from './views.js';
import { isUuid } from '../../../core/kernel/uuid.js';

/**
 * «Vắng» on a meeting invitation (`gb:<id>:n` → /giaoban_vang <id>): the invitee types why, then
 * the answer is recorded (effect `meetings.answer`). Not resumable: it is one question.
 */
interface AbsentState extends MachineState {
  v: 1;
  meetingId: string;
}

export const meetingAbsentFlow = defineFlow<AbsentState>({
  name: 'meeting-absent',
  resumable: false,
  start(ctx, arg) {
    const meetingId = arg.trim();
    if (!isUuid(meetingId)) return { state: { v: 1, step: 'reason', meetingId: '' }, end: [{ text: ctx.t('meetings-x-not_found') }] };
    return { state: { v: 1, step: 'reason', meetingId } };
  },
  questions: {
    reason: {
      ask: (_s, ctx) => [{ text: ctx.t('meetings-ask-reason') }],
      answer(s, input, ctx) {
        const r = readText(input, ctx, REASON_MAX);
        if (!r.ok) return { retry: r.reply };
        return { next: 'saving', effect: effect('meetings.answer', { meetingId: s.meetingId, answer: 'absent', reason: r.value }) };
      },
    },
    saving: waiting(
      () => 'reason',
      (_s, done, ctx) => (done.effect === 'meetings.answer' ? { end: answerReply(ctx, done.result, 'absent') } : { stay: true }),
    ),
  },
});
