import { formatWhen } from '../../../core/broadcasts/render.js';
import type { Flow, FlowContext } from '../../engine/types.js';
import { ask } from './compose-ask.js';
import { choice, draftOf, isChoice, say, V, type ComposeOptions, type ComposeState, type Input, type Result } from './compose-state.js';
import * as steps from './compose-steps.js';

export { type ComposeState } from './compose-state.js';

/**
 * /dinhhuong: compose a guidance broadcast in chat — title, body (several messages allowed),
 * optional photo/document, audience (a unit of the official's subtree, then role / sector /
 * stratum), "Đã nhận" and its deadline, urgency (quiet hours), now or later — then a dry run
 * (recipients by unit and channel, unreachable, time to send) before anything is sent.
 * Pure: the effects (options, unit lookup, dry run, submit) run in the engine's transaction.
 */
export const broadcastComposeFlow: Flow<ComposeState> = {
  name: 'broadcast-compose',
  resumable: true,
  roles: ['official', 'admin'],
  start: () => ({ state: { v: 1, step: 'loading' }, replies: [], effects: [{ type: 'broadcast.options' }] }),
  step: (s, input, ctx) => {
    if (isChoice(input, V.cancel)) return { state: null, replies: [{ text: ctx.t('broadcast-compose-cancelled') }] };
    if (input.type === 'resume') return onResume(s, ctx);
    if (input.type === 'result') return onResult(s, input, ctx);
    return onAnswer(s, input, ctx);
  },
};

function onResume(s: ComposeState, ctx: FlowContext): Result {
  if (s.step === 'loading') return broadcastComposeFlow.start(ctx, '');
  if (s.step === 'dryrun' || s.step === 'confirm' || s.step === 'submitting') return steps.goto(s, 'dryrun', ctx);
  if (s.step === 'checking_unit') return steps.goto(s, 'unit', ctx);
  return say(s, ...ask(s, ctx));
}

function onAnswer(s: ComposeState, input: Input, ctx: FlowContext): Result {
  switch (s.step) {
    case 'title':
      return steps.onTitle(s, input, ctx);
    case 'body':
      return steps.onBody(s, input, ctx);
    case 'attachment':
      return steps.onAttachment(s, input, ctx);
    case 'unit':
      return steps.onUnit(s, input, ctx);
    case 'unit_code':
      return steps.onUnitCode(s, input, ctx);
    case 'role':
      return steps.onRole(s, input, ctx);
    case 'sector':
      return steps.onFilter(s, input, ctx, 'sectors');
    case 'stratum':
      return steps.onFilter(s, input, ctx, 'strata');
    case 'ack':
      return steps.onAck(s, input, ctx);
    case 'deadline':
      return steps.onDeadline(s, input, ctx);
    case 'urgent':
      return steps.onUrgent(s, input, ctx);
    case 'when':
      return steps.onWhen(s, input, ctx);
    case 'time':
      return steps.onTime(s, input, ctx);
    case 'confirm':
      return onConfirm(s, input, ctx);
    default:
      return say(s, { text: ctx.t('broadcast-compose-wait') });
  }
}

function onResult(s: ComposeState, input: Extract<Input, { type: 'result' }>, ctx: FlowContext): Result {
  if (input.effect === 'broadcast.options') {
    if (!input.ok) return { state: null, replies: [{ text: ctx.t(`broadcast-error-${input.error ?? 'unknown'}`) }] };
    return steps.goto({ ...s, opts: input.data as unknown as ComposeOptions }, 'title', ctx);
  }
  if (input.effect === 'broadcast.unitByCode') return steps.onUnitChecked(s, input, ctx);
  if (input.effect === 'broadcast.dryRun') return onDryRun(s, input, ctx);
  return onSubmitted(s, input, ctx);
}

function onConfirm(s: ComposeState, input: Input, ctx: FlowContext): Result {
  if (isChoice(input, V.send)) return { state: { ...s, step: 'submitting' }, replies: [], effects: [{ type: 'broadcast.submit', draft: draftOf(s) }] };
  return say(s, { text: ctx.t('broadcast-compose-choose') }, { text: ctx.t('broadcast-compose-confirm'), choices: confirmChoices(ctx) });
}

const confirmChoices = (ctx: FlowContext) => [choice(ctx.t('broadcast-btn-send'), V.send), choice(ctx.t('broadcast-btn-cancel'), V.cancel)];

/** The dry run: who would get it, where, how long; nothing is written yet. */
function onDryRun(s: ComposeState, input: Extract<Input, { type: 'result' }>, ctx: FlowContext): Result {
  if (!input.ok) return steps.goto(s, errorStep(input.error), ctx, { text: ctx.t(`broadcast-error-${input.error ?? 'unknown'}`) });
  const d = input.data as unknown as DryRun;
  if (d.total === 0) return steps.goto(s, 'unit', ctx, { text: ctx.t('broadcast-dryrun-empty') });
  return say({ ...s, step: 'confirm' }, { text: summary(s, d, ctx) }, { text: ctx.t('broadcast-compose-confirm'), choices: confirmChoices(ctx) });
}

function onSubmitted(s: ComposeState, input: Extract<Input, { type: 'result' }>, ctx: FlowContext): Result {
  if (!input.ok) return steps.goto(s, errorStep(input.error), ctx, { text: ctx.t(`broadcast-error-${input.error ?? 'unknown'}`) });
  const d = input.data ?? {};
  const when = d.startAt ? formatWhen(new Date(String(d.startAt)), ctx.locale, s.opts?.timeZone ?? 'Asia/Ho_Chi_Minh') : '';
  const key =
    d.status === 'awaiting_approval'
      ? Number(d.approvers) > 0
        ? 'broadcast-created-approval'
        : 'broadcast-created-no-approver'
      : `broadcast-created-${String(d.status)}`;
  return { state: null, replies: [{ text: ctx.t(key, { when, count: Number(d.audience ?? 0), n: Number(d.approvers ?? 0) }) }] };
}

/** A refused draft goes back to the question that can fix it. */
function errorStep(error: string | undefined): 'title' | 'body' | 'unit' | 'deadline' | 'when' {
  if (error === 'title_empty' || error === 'title_too_long') return 'title';
  if (error === 'body_empty' || error === 'body_too_long') return 'body';
  if (error === 'deadline_past' || error === 'deadline_before_start') return 'deadline';
  if (error === 'schedule_past') return 'when';
  return 'unit';
}

export interface DryRun {
  total: number;
  byUnit: { name: string; count: number }[];
  moreUnits: number;
  byChannel: Record<string, number>;
  unreachable: number;
  etaSeconds: number;
  needsApproval: boolean;
  startAt: string;
}

function summary(s: ComposeState, d: DryRun, ctx: FlowContext): string {
  const tz = s.opts?.timeZone ?? 'Asia/Ho_Chi_Minh';
  const lines = [ctx.t('broadcast-dryrun-head', { title: s.title ?? '', unit: s.unitName ?? '', total: d.total })];
  for (const u of d.byUnit) lines.push(ctx.t('broadcast-dryrun-unit', { name: u.name, count: u.count }));
  if (d.moreUnits > 0) lines.push(ctx.t('broadcast-dryrun-more-units', { n: d.moreUnits }));
  const num = new Intl.NumberFormat(ctx.locale === 'en' ? 'en-GB' : 'vi-VN');
  const channels = Object.entries(d.byChannel).map(([c, n]) => `${ctx.t(`broadcast-channel-${c}`)}: ${num.format(n)}`);
  lines.push(ctx.t('broadcast-dryrun-channels', { list: channels.join(', ') || '—' }));
  lines.push(ctx.t('broadcast-dryrun-unreachable', { n: d.unreachable }));
  lines.push(ctx.t('broadcast-dryrun-eta', { eta: duration(d.etaSeconds, ctx) }));
  lines.push(ctx.t('broadcast-dryrun-start', { when: formatWhen(new Date(d.startAt), ctx.locale, tz) }));
  if (s.requireAck && s.ackDeadline) lines.push(ctx.t('broadcast-dryrun-ack', { deadline: formatWhen(new Date(s.ackDeadline), ctx.locale, tz) }));
  if (d.needsApproval) lines.push(ctx.t('broadcast-dryrun-approval'));
  return lines.join('\n');
}

function duration(seconds: number, ctx: FlowContext): string {
  if (seconds < 60) return ctx.t('broadcast-eta-seconds', { n: Math.max(1, seconds) });
  if (seconds < 3600) return ctx.t('broadcast-eta-minutes', { n: Math.ceil(seconds / 60) });
  return ctx.t('broadcast-eta-hours', { h: Math.floor(seconds / 3600), m: Math.ceil((seconds % 3600) / 60) });
}
