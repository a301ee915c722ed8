import { readText } from '../../engine/common/input.js';
import { effect } from '../../engine/effects.js';
import { defineFlow, waiting, type MachineState } from '../../engine/machine.js';

/** What an official asks the reporter to add: as long as the core accepts (core/reports/review.ts). */
const NOTE_MAX = 2000;

interface S extends MachineState {
  v: 1;
  /** Receipt number or report id. */
  ref: string;
}

/**
 * «Yêu cầu bổ sung» (the notice's button) and /bosung <số biên nhận> [nội dung]: without the
 * text in the command, the next text typed is the request (issue 11 item 3: typed text after a
 * button is the answer, never the menu).
 */
export const reportMoreFlow = defineFlow<S>({
  name: 'report-more',
  resumable: false,
  roles: ['official', 'admin'],
  sequence: ['note'],
  start(ctx, arg) {
    const m = /^(\S+)(?:\s+([\s\S]+))?$/.exec(arg.trim());
    const state: S = { v: 1, step: 'note', ref: m?.[1] ?? '' };
    if (!m) return { state, end: [{ text: ctx.t('reports-review-usage-more') }] };
    if (m[2]?.trim()) return { state, next: 'sending', effect: effect('reports.more', { ref: state.ref, note: m[2] }) };
    return { state };
  },
  questions: {
    note: {
      ask: (_s, ctx) => [{ text: ctx.t('reports-more-ask') }],
      answer(s, input, ctx) {
        const read = readText(input, ctx, Math.min(NOTE_MAX, ctx.maxTextLength));
        if (!read.ok) return { retry: read.reply };
        return { next: 'sending', effect: effect('reports.more', { ref: s.ref, note: read.value }) };
      },
    },
    sending: waiting(
      () => 'note',
      (_s, done, ctx) => {
        if (done.effect !== 'reports.more') return { next: 'note' };
        const r = done.result;
        // Receipts are sequential: one outside the official's scope is answered as one that does not exist.
        if (!r.ok) return { end: [{ text: ctx.t(`reports-review-x-${r.code === 'out_of_scope' ? 'not_found' : r.code}`) }] };
        return { end: [{ text: ctx.t(r.changed ? 'reports-review-done-more' : 'reports-review-already-received', { receipt: r.receiptNo }) }] };
      },
    ),
  },
});
