import { readChoice } from '../../engine/common/input.js';
import { effect, type EffectDone } from '../../engine/effects.js';
import { defineFlow, waiting, type MachineState, type Outcome } from '../../engine/machine.js';
import type { FlowContext, ReplyChoice } from '../../engine/types.js';
import { pickFromList, refusalText, type RosterLine } from './views.js';
import { isUuid } from '../../../core/kernel/uuid.js';

/**
 * /giaoban_diemdanh <id> — the official records who came (issue 17 item 4): the invitees listed
 * with their answer and check-in, the present ones ticked (the check-ins, or the last record);
 * numbers typed switch a person between present and absent; «Lưu điểm danh» records it
 * (effect `meetings.attendance`, scope-checked and audited), then offers to send the conclusions.
 */
interface AttendanceState extends MachineState {
  v: 1;
  meetingId: string;
  title?: string;
  lines?: RosterLine[];
  present?: string[];
}

type S = AttendanceState;
const SAVE = 'save';
const CANCEL = 'cancel';
/** Person buttons at most (Telegram takes 100 buttons a message); beyond, numbers are typed as a list. */
const MAX_BUTTONS = 98;

/** Pure: "2, 5 7-9" → [2, 5, 7, 8, 9] within 1..max; null when anything else is typed. */
export function parseNumbers(text: string, max: number): number[] | null {
  const out = new Set<number>();
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (parts.length === 0) return null;
  for (const p of parts) {
    const m = /^(\d{1,4})(?:-(\d{1,4}))?$/.exec(p);
    if (!m) return null;
    const [a, b] = [Number(m[1]), Number(m[2] ?? m[1])];
    if (a < 1 || b > max || a > b) return null;
    for (let n = a; n <= b; n++) out.add(n);
  }
  return [...out];
}

function loaded(s: S, done: EffectDone, ctx: FlowContext): Outcome<S> {
  if (done.effect !== 'meetings.roster') return { stay: true };
  const r = done.result;
  if (!r.ok) return { end: [{ text: refusalText(ctx, r.code) }] };
  if (r.lines.length === 0) return { end: [{ text: ctx.t('meetings-attendance-nobody') }] };
  const recorded = r.lines.some((l) => l.attended !== null);
  const present = r.lines.filter((l) => (recorded ? l.attended === true : l.checkedIn)).map((l) => l.personId);
  return { state: { ...s, title: r.title, lines: r.lines, present }, next: 'mark' };
}

function saved(s: S, done: EffectDone, ctx: FlowContext): Outcome<S> {
  if (done.effect !== 'meetings.attendance') return { stay: true };
  const r = done.result;
  if (!r.ok) return { end: [{ text: refusalText(ctx, r.code) }] };
  return {
    end: [
      {
        text: ctx.t('meetings-attendance-saved', { present: r.present, invited: r.invited, corrected: r.corrected }),
        choices: [{ label: ctx.t('meetings-btn-conclude'), value: `/giaoban_ketluan ${s.meetingId}` }],
      },
    ],
  };
}

function listText(s: S, ctx: FlowContext): string {
  const present = new Set(s.present ?? []);
  const lines = (s.lines ?? []).map((l, i) => {
    const mark = present.has(l.personId) ? '✅' : '❌';
    const note = l.checkedIn
      ? ctx.t('meetings-roster-checked-in')
      : l.answer === 'absent'
        ? ctx.t('meetings-roster-absent', { reason: l.reason ?? '' })
        : l.answer === 'attend'
          ? ctx.t('meetings-roster-said-attend')
          : ctx.t('meetings-roster-no-answer');
    return `${i + 1}. ${mark} ${l.name} (${l.unitName}) — ${note}`;
  });
  return [
    ctx.t('meetings-attendance-title', { title: s.title ?? '', present: present.size, invited: lines.length }),
    ...lines,
    ctx.t('meetings-attendance-hint'),
  ].join('\n');
}

/** Pure: the present set with the people at these positions (1-based) switched. */
function toggle(s: S, picked: number[]): string[] {
  const lines = s.lines ?? [];
  const present = new Set(s.present ?? []);
  for (const n of picked) {
    const id = lines[n - 1]!.personId;
    if (present.has(id)) present.delete(id);
    else present.add(id);
  }
  return [...present];
}

/**
 * One button per person, in the list's order, then Lưu / Hủy: a number typed alone is that
 * person (the engine reads "2" as the second button), a list typed ("2, 5") switches several.
 */
function markChoices(s: S, ctx: FlowContext): ReplyChoice[] {
  const present = new Set(s.present ?? []);
  const people = (s.lines ?? [])
    .slice(0, MAX_BUTTONS)
    .map((l, i) => ({ label: `${present.has(l.personId) ? '✅' : '❌'} ${i + 1}. ${l.name}`, value: `p${i}` }));
  return [...people, { label: ctx.t('meetings-btn-save-attendance'), value: SAVE }, { label: ctx.t('meetings-cancel'), value: CANCEL }];
}

export const meetingAttendanceFlow = defineFlow<S>({
  name: 'meeting-attendance',
  resumable: true,
  roles: ['official', 'admin'],
  start(ctx, arg) {
    const meetingId = arg.trim();
    if (!isUuid(meetingId)) return { state: { v: 1, step: 'mark', meetingId: '' }, end: pickFromList(ctx) };
    return { state: { v: 1, step: 'loading', meetingId }, next: 'loading', effect: effect('meetings.roster', { meetingId }) };
  },
  hasAnswers: (s) => !!s.lines,
  questions: {
    loading: waiting(() => 'mark', loaded),
    mark: {
      ask: (s, ctx) => [{ text: listText(s, ctx), choices: markChoices(s, ctx) }],
      answer(s, input, ctx) {
        const lines = s.lines ?? [];
        let picked: number[] | null = null;
        if (input.type === 'text') {
          picked = parseNumbers(input.text, lines.length);
          if (!picked) return { retry: { text: ctx.t('meetings-err-numbers', { max: lines.length }) } };
        } else if (input.type === 'choice' && /^p\d+$/.test(input.value)) {
          const n = Number(input.value.slice(1)) + 1;
          picked = n <= lines.length ? [n] : null;
        }
        if (picked) return { state: { ...s, present: toggle(s, picked) }, stay: true };
        const r = readChoice(input, ctx, [SAVE, CANCEL]);
        if (!r.ok) return { retry: r.reply };
        if (r.value === CANCEL) return { end: [{ text: ctx.t('meetings-attendance-cancelled') }] };
        return { next: 'saving', effect: effect('meetings.attendance', { meetingId: s.meetingId, present: s.present ?? [] }) };
      },
    },
    saving: waiting(() => 'mark', saved),
  },
});
