import { ANSWERS, type Answer } from '../../../core/cases/cases.js';
import { readText } from '../../engine/common/input.js';
import { effect } from '../../engine/effects.js';
import { defineFlow, waiting, type MachineState } from '../../engine/machine.js';

/**
 * /xuly <case> <accepted|in_progress|done|declined> — a liaison's answer (the buttons on the
 * case carry this command). "Đã xử lý" asks for the result and "Không thuộc thẩm quyền" for the
 * reason before recording (a closed case refuses before asking); the other two are recorded at once.
 */
export interface AnswerState extends MachineState {
  v: 1;
  caseId: string;
  answer: Answer;
}

const needsText = (a: Answer) => a === 'done' || a === 'declined';

export const answerFlow = defineFlow<AnswerState>({
  name: 'case-answer',
  resumable: false,
  roles: ['liaison'],
  start: (ctx, arg) => {
    const [caseId = '', word = ''] = arg.trim().split(/\s+/);
    const answer = ANSWERS.find((a) => a === word);
    const state: AnswerState = { v: 1, step: 'text', caseId, answer: answer ?? 'accepted' };
    if (!caseId || !answer) return { state, end: [{ text: ctx.t('cases-answer-usage') }] };
    // Asked first without a text: a closed case refuses at once; "done"/"declined" then ask for it.
    return { state: { ...state, step: 'saving' }, next: 'saving', effect: effect('cases.answer', { caseId, answer, text: null }) };
  },
  questions: {
    text: {
      ask: (s, ctx) => [{ text: ctx.t(s.answer === 'done' ? 'cases-ask-result' : 'cases-ask-reason') }],
      answer(s, input, ctx) {
        const r = readText(input, ctx, 2000);
        if (!r.ok) return { retry: r.reply };
        return { next: 'saving', effect: effect('cases.answer', { caseId: s.caseId, answer: s.answer, text: r.value }) };
      },
    },
    saving: waiting(
      () => 'text',
      (s, done, ctx) => {
        if (done.effect !== 'cases.answer') return { stay: true };
        const r = done.result;
        if (!r.ok && r.code === 'text_required' && needsText(s.answer)) return { next: 'text' };
        if (!r.ok) return { end: [{ text: ctx.t(`cases-x-${r.code}`) }] };
        const key = r.changed ? 'cases-answered' : 'cases-answered-already';
        return { end: [{ text: ctx.t(key, { receipt: r.receiptNo, status: ctx.t(`cases-status-${s.answer}`) }) }] };
      },
    ),
  },
});
