import { readText } from '../../engine/common/input.js';
import { effect } from '../../engine/effects.js';
import { defineFlow, waiting, type MachineState } from '../../engine/machine.js';

/** As long as the core accepts (core/reports/supplement.ts). */
const NOTE_MAX = 2000;

interface S extends MachineState {
  v: 1;
  /** Receipt number or report id; empty: the reporter's one report awaiting more. */
  ref: string;
  /** The text given with the command, sent once the report is known. */
  note?: string;
}

/**
 * «✍️ Gửi nội dung bổ sung» under an official's request for more on a quick or thematic report,
 * and /guibosung [số biên nhận] [nội dung]: the next text typed is the answer (issue 11 item 3).
 */
export const reportSupplementFlow = defineFlow<S>({
  name: 'report-supplement',
  resumable: false,
  roles: ['collaborator', 'official'],
  sequence: ['which', 'note'],
  start(_ctx, arg) {
    // «/guibosung BN-2026-12-000006 nội dung», «/guibosung BN-…», «/guibosung nội dung» or alone.
    const m = /^((?:B[NC]|CD)-\S+|[0-9a-f]{8}-[0-9a-f-]{27})?\s*([\s\S]*)$/i.exec(arg.trim());
    const ref = m?.[1] ?? '';
    const note = (m?.[2] ?? '').trim();
    return { state: { v: 1, step: 'which', ref, ...(note ? { note } : {}) }, next: 'which', effect: effect('reports.awaiting', {}) };
  },
  questions: {
    which: waiting(
      () => 'note',
      (s, done, ctx) => {
        if (done.effect !== 'reports.awaiting') return { next: 'note' };
        const found = done.result;
        const ref = s.ref.toUpperCase();
        const pick = s.ref ? found.find((r) => r.receiptNo === ref || r.id === s.ref) : found.length === 1 ? found[0] : undefined;
        if (!pick) {
          if (found.length === 0 || s.ref) return { end: [{ text: ctx.t(s.ref ? 'reports-supplement-x-not_asked' : 'reports-supplement-none') }] };
          // Several awaiting more: which one (the number typed with the text is kept for it).
          return {
            end: [
              {
                text: ctx.t('reports-supplement-which'),
                choices: found.map((r) => ({ label: r.receiptNo, value: `/guibosung ${r.receiptNo} ${s.note ?? ''}`.trim() })),
              },
            ],
          };
        }
        if (s.note)
          return { next: 'sending', state: { ...s, ref: pick.receiptNo }, effect: effect('reports.supplement', { ref: pick.receiptNo, note: s.note }) };
        return { next: 'note', state: { ...s, ref: pick.receiptNo } };
      },
    ),
    note: {
      ask: (s, ctx) => [{ text: ctx.t('reports-supplement-ask', { receipt: s.ref }) }],
      answer(s, input, ctx) {
        const read = readText(input, ctx, Math.min(NOTE_MAX, ctx.maxTextLength));
        if (!read.ok) return { retry: read.reply };
        return { next: 'sending', effect: effect('reports.supplement', { ref: s.ref, note: read.value }) };
      },
    },
    sending: waiting(
      () => 'note',
      (_s, done, ctx) => {
        if (done.effect !== 'reports.supplement') return { next: 'note' };
        const r = done.result;
        if (!r.ok) return { end: [{ text: ctx.t(`reports-supplement-x-${r.code}`) }] };
        return { end: [{ text: ctx.t('reports-supplement-done', { receipt: r.receiptNo }) }] };
      },
    ),
  },
});
