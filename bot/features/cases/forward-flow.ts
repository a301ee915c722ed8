import { formatDate } from '../../../core/kernel/datetime.js';
import { NO, readChoice, readText, SKIP, skipChoice, YES, yesNo } from '../../engine/common/input.js';
import { effect } from '../../engine/effects.js';
import { defineFlow, waiting, type MachineState } from '../../engine/machine.js';
import type { ReplyChoice } from '../../engine/types.js';

/**
 * /chuyenxuly <số biên nhận> (or the notice's «Chuyển xử lý» button): an official passes an
 * issue of a report, or a hot spot, to a responsible body — which issue, which body, how many
 * days, a note, whether the reporter is told of each step — then confirms. The effects check
 * scope and write (./effects.ts).
 */
interface ForwardState extends MachineState {
  v: 1;
  ref: string;
  receipt?: string;
  title?: string;
  issues?: { id: string; title: string }[];
  bodies?: { id: string; name: string }[];
  issueId?: string | null;
  bodyId?: string;
  days?: number;
  note?: string | null;
  tell?: boolean;
  /** The province's time zone (from cases.prepare): the preview's deadline is a date there. */
  zone?: string;
}
type S = ForwardState;

/**
 * The spans an official sets for a body to handle a case: a day for an urgent matter, then a week,
 * 15 and 30 days (the usual terms of administrative handling); any other number is typed. The
 * buttons are amounts: a typed "3" is three days, not the third button.
 */
const DUE_DAYS = [1, 3, 7, 15, 30] as const;
const SEND = 'send';
const EDIT = 'edit';

export const forwardFlow = defineFlow<S>({
  name: 'case-forward',
  resumable: true,
  roles: ['official', 'admin'],
  sequence: ['issue', 'body', 'due', 'note', 'tell', 'confirm'],
  // A body, a deadline or a note chosen: /huy asks before dropping them, as for every other draft.
  hasAnswers: (s) => !!(s.bodyId || s.days || s.note),
  start: (ctx, arg) => {
    const ref = arg.trim();
    if (!ref) return { state: { v: 1, step: 'loading', ref }, end: [{ text: ctx.t('cases-forward-usage') }] };
    return { state: { v: 1, step: 'loading', ref }, next: 'loading', effect: effect('cases.prepare', { ref }) };
  },
  questions: {
    loading: waiting(
      () => 'issue',
      (s, done, ctx) => {
        if (done.effect !== 'cases.prepare') return { stay: true };
        const r = done.result;
        if (!r.ok) return { end: [{ text: ctx.t(`cases-x-${r.code}`) }] };
        return {
          state: { ...s, ref: r.sourceId, receipt: r.receiptNo, title: r.title, issues: r.issues, bodies: r.bodies, zone: r.timeZone },
          say: [{ text: ctx.t('cases-forward-intro', { receipt: r.receiptNo, title: r.title }) }],
          next: 'issue',
        };
      },
    ),
    issue: {
      skip: (s) => ((s.issues?.length ?? 0) <= 1 ? { state: { ...s, issueId: s.issues?.[0]?.id ?? null } } : null),
      ask: (s, ctx) => [
        { text: ctx.t('cases-ask-issue'), choices: (s.issues ?? []).map((i, n) => ({ label: `${n + 1}. ${i.title}`.slice(0, 60), value: i.id })) },
      ],
      answer(s, input, ctx) {
        const r = readChoice(
          input,
          ctx,
          (s.issues ?? []).map((i) => i.id),
        );
        return r.ok ? { state: { ...s, issueId: r.value } } : { retry: r.reply };
      },
    },
    body: {
      ask: (s, ctx) => [{ text: ctx.t('cases-ask-body'), choices: (s.bodies ?? []).map((b) => ({ label: b.name, value: b.id })) }],
      answer(s, input, ctx) {
        const r = readChoice(
          input,
          ctx,
          (s.bodies ?? []).map((b) => b.id),
        );
        return r.ok ? { state: { ...s, bodyId: r.value } } : { retry: r.reply };
      },
    },
    due: {
      ask: (_s, ctx) => [
        {
          text: ctx.t('cases-ask-due'),
          choices: DUE_DAYS.map((d): ReplyChoice => ({ label: ctx.t('cases-days', { n: d }), value: String(d) })),
          amounts: true,
        },
      ],
      answer(s, input, ctx) {
        const typed = input.type === 'text' ? /^\s*(\d{1,3})\s*(ngay|ngày|days?)?\s*$/i.exec(input.text) : null;
        if (typed && Number(typed[1]) >= 1 && Number(typed[1]) <= 365) return { state: { ...s, days: Number(typed[1]) } };
        const r = readChoice(input, ctx, DUE_DAYS.map(String));
        return r.ok ? { state: { ...s, days: Number(r.value) } } : { retry: { text: ctx.t('cases-err-due') } };
      },
    },
    note: {
      ask: (_s, ctx) => [{ text: ctx.t('cases-ask-note'), choices: [skipChoice(ctx)] }],
      answer(s, input, ctx) {
        if (input.type === 'choice' && input.value === SKIP) return { state: { ...s, note: null } };
        const r = readText(input, ctx, 1000);
        return r.ok ? { state: { ...s, note: r.value } } : { retry: r.reply };
      },
    },
    tell: {
      ask: (_s, ctx) => [{ text: ctx.t('cases-ask-tell'), choices: yesNo(ctx) }],
      answer(s, input, ctx) {
        const r = readChoice(input, ctx, [YES, NO]);
        return r.ok ? { state: { ...s, tell: r.value === YES } } : { retry: r.reply };
      },
    },
    confirm: {
      ask: (s, ctx) => {
        const body = s.bodies?.find((b) => b.id === s.bodyId)?.name ?? '—';
        const issue = s.issues?.find((i) => i.id === s.issueId)?.title ?? s.title ?? '';
        const text = ctx.t('cases-confirm', {
          receipt: s.receipt ?? '',
          issue,
          body,
          days: s.days ?? 0,
          // The day the case falls due, as cases.forward sets it (now + days), in the province's zone.
          date: formatDate(new Date(ctx.now.getTime() + (s.days ?? 0) * 86_400_000), s.zone ?? 'Asia/Ho_Chi_Minh'),
          note: s.note ?? '—',
          tell: ctx.t(s.tell ? 'engine-yes' : 'engine-no'),
        });
        // As every preview: send, change it (from the body on, the answers kept as defaults), or drop it.
        const choices = [
          { label: ctx.t('cases-btn-send'), value: SEND },
          { label: ctx.t('cases-btn-edit'), value: EDIT },
          { label: ctx.t('cases-btn-cancel'), value: '/huy' },
        ];
        return [{ text, choices }];
      },
      answer(s, input, ctx) {
        const r = readChoice(input, ctx, [SEND, EDIT]);
        if (!r.ok) return { retry: r.reply };
        if (r.value === EDIT) return { next: 'issue' };
        const draft = {
          sourceRef: s.ref,
          issueId: s.issueId ?? null,
          bodyUnitId: s.bodyId ?? '',
          days: s.days ?? 3,
          note: s.note ?? null,
          tellReporter: !!s.tell,
        };
        return { next: 'saving', effect: effect('cases.forward', { draft }) };
      },
    },
    saving: waiting(
      () => 'confirm',
      (_s, done, ctx) => {
        if (done.effect !== 'cases.forward') return { stay: true };
        const r = done.result;
        if (!r.ok) return { end: [{ text: ctx.t(`cases-x-${r.code}`) }] };
        return {
          end: [{ text: ctx.t(r.liaisons > 0 ? 'cases-forwarded' : 'cases-forwarded-nobody', { receipt: r.receiptNo, body: r.bodyName, n: r.liaisons }) }],
        };
      },
    ),
  },
});
