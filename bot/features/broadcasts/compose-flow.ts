import { formatWhen } from '../../../core/broadcasts/render.js';
import type { DryRun } from '../../../core/broadcasts/compose.js';
import { effect, type EffectDone } from '../../engine/effects.js';
import { defineFlow, waiting, type Question } from '../../engine/machine.js';
import type { FlowContext } from '../../engine/types.js';
import { PROMPTS } from './compose-ask.js';
import { choice, draftOf, fileArgs, isChoice, V, type ComposeState, type Input, type Result, type Step } from './compose-state.js';
import * as steps from './compose-steps.js';

export { type ComposeState } from './compose-state.js';

type S = ComposeState;

const confirmChoices = (ctx: FlowContext) => [choice(ctx.t('broadcast-btn-send'), V.send), choice(ctx.t('broadcast-btn-cancel'), V.cancel)];
const refused = (code: string, ctx: FlowContext) => ({ text: ctx.t(`broadcast-error-${code}`) });

/** A refused draft goes back to the question that can fix it. */
function errorStep(code: string): Step {
  if (code === 'title_empty' || code === 'title_too_long') return 'title';
  if (code === 'body_empty' || code === 'body_too_long') return 'body';
  if (code === 'deadline_past' || code === 'deadline_before_start') return 'deadline';
  if (code === 'schedule_past') return 'when';
  return 'unit';
}

function question(step: Step, answer: (s: S, input: Input, ctx: FlowContext) => Result, skip?: Question<S>['skip']): Question<S> {
  return { ask: (s, ctx) => PROMPTS[step]?.(s, ctx) ?? [], answer, skip };
}

function onOptions(s: S, done: EffectDone, ctx: FlowContext): Result {
  if (done.effect !== 'broadcasts.options') return { stay: true };
  if (!done.result.ok) return { end: [refused(done.result.code, ctx)] };
  return { state: { ...s, opts: done.result.options }, next: 'title' };
}

function onUnitChecked(s: S, done: EffectDone, ctx: FlowContext): Result {
  if (done.effect !== 'broadcasts.unit-by-code' || !done.result.ok) return { next: 'unit', say: [{ text: ctx.t('broadcast-compose-unit-unknown') }] };
  return { state: { ...s, unitId: done.result.id, unitName: done.result.name }, next: 'role' };
}

/** The dry run: who would get it, where, how long; nothing is written yet. */
function onDryRun(s: S, done: EffectDone, ctx: FlowContext): Result {
  if (done.effect !== 'broadcasts.dry-run') return { stay: true };
  const r = done.result;
  if (!r.ok) return { next: errorStep(r.code), say: [refused(r.code, ctx)] };
  if (r.total === 0) return { next: 'unit', say: [{ text: ctx.t('broadcast-dryrun-empty') }] };
  return { next: 'confirm', say: [{ text: summary(s, r, ctx) }] };
}

function onSubmitted(s: S, done: EffectDone, ctx: FlowContext): Result {
  if (done.effect !== 'broadcasts.submit') return { stay: true };
  const r = done.result;
  if (!r.ok) return { next: errorStep(r.code), say: [refused(r.code, ctx)] };
  const when = formatWhen(new Date(r.startAt), ctx.locale, s.opts?.timeZone ?? 'Asia/Ho_Chi_Minh');
  const key =
    r.status === 'awaiting_approval' ? (r.approvers > 0 ? 'broadcast-created-approval' : 'broadcast-created-no-approver') : `broadcast-created-${r.status}`;
  return { end: [{ text: ctx.t(key, { when, count: r.audience, n: r.approvers }) }] };
}

const reload = (): Result => ({ next: 'loading', effect: effect('broadcasts.options', {}) });

/**
 * /dinhhuong: compose a guidance broadcast in chat — title, body (several messages allowed),
 * optional photo/document, audience (a unit of the official's subtree, then role / sector /
 * stratum), "Đã nhận" and its deadline, urgency (quiet hours), now or later — then a dry run
 * (recipients by unit and channel, unreachable, time to send) before anything is sent.
 * Pure: the effects (options, unit lookup, dry run, submit) run in the engine's transaction.
 */
export const broadcastComposeFlow = defineFlow<S>({
  name: 'broadcast-compose',
  resumable: true,
  roles: ['official', 'admin'],
  sequence: ['title', 'body', 'attachment', 'unit', 'role', 'sector', 'stratum', 'ack', 'deadline', 'urgent', 'when', 'time'],
  start: () => ({ state: { v: 1, step: 'loading' }, ...reload() }),
  hasAnswers: (s) => !!(s.title || s.body || s.attachment),
  // "Hủy" on any question ends the draft (the compose buttons carry their own cancel).
  // A photo or document at any question is the guidance's file (steps.onFile).
  intercept: (s, input, ctx) => (isChoice(input, V.cancel) ? { end: [{ text: ctx.t('broadcast-compose-cancelled') }] } : steps.onFile(s, input, ctx)),
  questions: {
    loading: { ...waiting(() => 'title', onOptions), resume: reload },
    title: question('title', steps.onTitle),
    body: question('body', steps.onBody),
    attachment: question('attachment', steps.onAttachment),
    unit: question('unit', steps.onUnit),
    unit_code: question('unit_code', steps.onUnitCode),
    checking_unit: waiting(() => 'unit', onUnitChecked),
    role: question('role', steps.onRole),
    sector: question(
      'sector',
      (s, i, c) => steps.onFilter(s, i, c, 'sectors'),
      (s) => (s.opts?.sectors.length ? null : { next: 'stratum' }),
    ),
    stratum: question(
      'stratum',
      (s, i, c) => steps.onFilter(s, i, c, 'strata'),
      (s) => (s.opts?.strata.length ? null : { next: 'ack' }),
    ),
    ack: question('ack', steps.onAck),
    deadline: question('deadline', steps.onDeadline),
    urgent: question('urgent', steps.onUrgent),
    when: question('when', steps.onWhen),
    time: question('time', steps.onTime),
    dryrun: { ...waiting(() => 'unit', onDryRun), resume: (s) => steps.toDryRun(s) },
    confirm: {
      ask: (_s, ctx) => [{ text: ctx.t('broadcast-compose-confirm'), choices: confirmChoices(ctx) }],
      answer(s, input, ctx) {
        if (isChoice(input, V.send)) return { next: 'submitting', effect: effect('broadcasts.submit', { draft: draftOf(s) }) };
        return { retry: { text: ctx.t('broadcast-compose-choose') } };
      },
      // The figures may have changed since: count again before sending.
      resume: (s) => steps.toDryRun(s),
    },
    submitting: { ...waiting(() => 'confirm', onSubmitted), resume: (s) => steps.toDryRun(s) },
  },
});

/** Recipients by unit and channel, unreachable, time to send, start and deadline. */
function summary(s: S, d: DryRun, ctx: FlowContext): string {
  const tz = s.opts?.timeZone ?? 'Asia/Ho_Chi_Minh';
  const lines = [ctx.t('broadcast-dryrun-head', { title: s.title ?? '', unit: s.unitName ?? '', total: d.total })];
  for (const u of d.byUnit) lines.push(ctx.t('broadcast-dryrun-unit', { name: u.name, count: u.count }));
  if (d.moreUnits > 0) lines.push(ctx.t('broadcast-dryrun-more-units', { n: d.moreUnits }));
  const num = new Intl.NumberFormat(ctx.locale === 'en' ? 'en-GB' : 'vi-VN');
  const channels = Object.entries(d.byChannel).map(([c, n]) => `${ctx.t(`broadcast-channel-${c}`)}: ${num.format(n)}`);
  lines.push(ctx.t('broadcast-dryrun-channels', { list: channels.join(', ') || '—' }));
  lines.push(ctx.t('broadcast-dryrun-unreachable', { n: d.unreachable }));
  lines.push(ctx.t('broadcast-dryrun-eta', { eta: duration(d.etaSeconds, ctx) }));
  // «Gửi ngay» at night: the start is the end of quiet hours, and the official should know why.
  const deferred = !s.scheduledAt && new Date(d.startAt).getTime() > ctx.now.getTime() + 60_000;
  lines.push(ctx.t(deferred ? 'broadcast-dryrun-start-quiet' : 'broadcast-dryrun-start', { when: formatWhen(new Date(d.startAt), ctx.locale, tz) }));
  if (s.requireAck && s.ackDeadline) lines.push(ctx.t('broadcast-dryrun-ack', { deadline: formatWhen(new Date(s.ackDeadline), ctx.locale, tz) }));
  if (s.attachment) lines.push(ctx.t('broadcast-dryrun-attachment', fileArgs(s.attachment)));
  if (d.needsApproval) lines.push(ctx.t('broadcast-dryrun-approval'));
  return lines.join('\n');
}

function duration(seconds: number, ctx: FlowContext): string {
  if (seconds < 60) return ctx.t('broadcast-eta-seconds', { n: Math.max(1, seconds) });
  if (seconds < 3600) return ctx.t('broadcast-eta-minutes', { n: Math.ceil(seconds / 60) });
  return ctx.t('broadcast-eta-hours', { h: Math.floor(seconds / 3600), m: Math.ceil((seconds % 3600) / 60) });
}
