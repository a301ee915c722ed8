import type { FlowContext } from '../../engine/types.js';
import { ask } from './compose-ask.js';
import { parseWhen } from './time.js';
import { MAX_TITLE } from '../../../core/broadcasts/broadcast.js';
import { draftOf, isChoice, say, V, type ComposeState, type Input, type Result, type Step } from './compose-state.js';

/** Moves to `step` and asks its question; skips filter steps that have nothing to offer. */
export function goto(s: ComposeState, step: Step, ctx: FlowContext, ...before: { text: string }[]): Result {
  if (step === 'sector' && !s.opts?.sectors.length) return goto(s, 'stratum', ctx, ...before);
  if (step === 'stratum' && !s.opts?.strata.length) return goto(s, 'ack', ctx, ...before);
  if (step === 'dryrun') return { state: { ...s, step }, replies: before, effects: [{ type: 'broadcast.dryRun', draft: draftOf(s) }] };
  const next = { ...s, step };
  return say(next, ...before, ...ask(next, ctx));
}

const retry = (s: ComposeState, ctx: FlowContext, key: string, args?: Record<string, string | number>): Result =>
  say(s, { text: ctx.t(key, args) }, ...ask(s, ctx));

export function onTitle(s: ComposeState, input: Input, ctx: FlowContext): Result {
  if (input.type !== 'text') return retry(s, ctx, 'broadcast-compose-text-expected');
  const title = input.text.trim();
  if (title.length === 0 || title.length > MAX_TITLE) return retry(s, ctx, 'broadcast-compose-title-invalid', { max: MAX_TITLE });
  return goto({ ...s, title }, 'body', ctx);
}

/** The body may come in several messages (one paragraph each) up to the configured maximum. */
export function onBody(s: ComposeState, input: Input, ctx: FlowContext): Result {
  const max = s.opts?.maxBody ?? 12_000;
  if (isChoice(input, V.done)) return s.body ? goto(s, 'attachment', ctx) : retry(s, ctx, 'broadcast-error-body_empty');
  if (input.type !== 'text') return retry(s, ctx, 'broadcast-compose-text-expected');
  const body = s.body ? `${s.body}\n\n${input.text.trim()}` : input.text.trim();
  if (body.length > max) return retry(s, ctx, 'broadcast-compose-body-too-long', { max, length: body.length });
  const next = { ...s, body };
  return say(next, { text: ctx.t('broadcast-compose-body-added', { length: body.length, max }) }, ...ask(next, ctx));
}

export function onAttachment(s: ComposeState, input: Input, ctx: FlowContext): Result {
  if (isChoice(input, V.skip)) return goto({ ...s, attachment: null }, 'unit', ctx);
  if (input.type !== 'media' || (input.media.kind !== 'photo' && input.media.kind !== 'document')) return retry(s, ctx, 'broadcast-compose-attachment-kind');
  const m = input.media;
  const attachment = { kind: m.kind as 'photo' | 'document', source: m.fileId, channel: ctx.channel, fileName: m.fileName };
  return goto({ ...s, attachment }, 'unit', ctx, { text: ctx.t('broadcast-compose-attachment-ok') });
}

export function onUnit(s: ComposeState, input: Input, ctx: FlowContext): Result {
  if (isChoice(input, V.code)) return goto(s, 'unit_code', ctx);
  if (input.type === 'text')
    return { state: { ...s, step: 'checking_unit' }, replies: [], effects: [{ type: 'broadcast.unitByCode', code: input.text.trim() }] };
  const unit = input.type === 'choice' ? s.opts?.units.find((u) => u.id === input.value) : undefined;
  if (!unit) return retry(s, ctx, 'broadcast-compose-choose');
  return goto({ ...s, unitId: unit.id, unitName: unit.name }, 'role', ctx);
}

export function onUnitCode(s: ComposeState, input: Input, ctx: FlowContext): Result {
  if (input.type !== 'text') return retry(s, ctx, 'broadcast-compose-text-expected');
  return { state: { ...s, step: 'checking_unit' }, replies: [], effects: [{ type: 'broadcast.unitByCode', code: input.text.trim() }] };
}

export function onUnitChecked(s: ComposeState, input: Extract<Input, { type: 'result' }>, ctx: FlowContext): Result {
  if (!input.ok) return goto(s, 'unit', ctx, { text: ctx.t('broadcast-compose-unit-unknown') });
  const d = input.data ?? {};
  return goto({ ...s, unitId: String(d.id), unitName: String(d.name) }, 'role', ctx);
}

export function onRole(s: ComposeState, input: Input, ctx: FlowContext): Result {
  if (isChoice(input, V.all)) return goto({ ...s, roles: undefined }, 'sector', ctx);
  if (isChoice(input, 'collaborator') || isChoice(input, 'official'))
    return goto({ ...s, roles: [(input as { value: 'collaborator' | 'official' }).value] }, 'sector', ctx);
  return retry(s, ctx, 'broadcast-compose-choose');
}

/** Sector / stratum: a button, or a typed value from the known list (case-insensitive). */
export function onFilter(s: ComposeState, input: Input, ctx: FlowContext, which: 'sectors' | 'strata'): Result {
  const next: Step = which === 'sectors' ? 'stratum' : 'ack';
  if (isChoice(input, V.all)) return goto({ ...s, [which]: undefined }, next, ctx);
  const known = (which === 'sectors' ? s.opts?.sectors : s.opts?.strata) ?? [];
  const raw = input.type === 'choice' ? input.value : input.type === 'text' ? input.text.trim() : '';
  const value = known.find((k) => k.toLowerCase() === raw.toLowerCase());
  if (!value) return retry(s, ctx, 'broadcast-compose-choose');
  return goto({ ...s, [which]: [value] }, next, ctx);
}

export function onAck(s: ComposeState, input: Input, ctx: FlowContext): Result {
  if (isChoice(input, V.yes)) return goto({ ...s, requireAck: true }, 'deadline', ctx);
  if (isChoice(input, V.no)) return goto({ ...s, requireAck: false, ackDeadline: null }, 'urgent', ctx);
  return retry(s, ctx, 'broadcast-compose-choose');
}

const PRESET_HOURS: Record<string, number> = { [V.h4]: 4, [V.h24]: 24, [V.d3]: 72 };

export function onDeadline(s: ComposeState, input: Input, ctx: FlowContext): Result {
  const hours = input.type === 'choice' ? PRESET_HOURS[input.value] : undefined;
  const at = hours
    ? new Date(ctx.now.getTime() + hours * 3600_000)
    : input.type === 'text'
      ? parseWhen(input.text, ctx.now, s.opts?.timeZone ?? 'Asia/Ho_Chi_Minh')
      : null;
  if (!at) return retry(s, ctx, 'broadcast-compose-time-invalid');
  return goto({ ...s, ackDeadline: at.toISOString() }, 'urgent', ctx);
}

export function onUrgent(s: ComposeState, input: Input, ctx: FlowContext): Result {
  if (isChoice(input, V.normal) || isChoice(input, V.urgent)) return goto({ ...s, urgent: isChoice(input, V.urgent) }, 'when', ctx);
  return retry(s, ctx, 'broadcast-compose-choose');
}

export function onWhen(s: ComposeState, input: Input, ctx: FlowContext): Result {
  if (isChoice(input, V.now)) return goto({ ...s, scheduledAt: null }, 'dryrun', ctx);
  if (isChoice(input, V.later)) return goto(s, 'time', ctx);
  return retry(s, ctx, 'broadcast-compose-choose');
}

export function onTime(s: ComposeState, input: Input, ctx: FlowContext): Result {
  const at = input.type === 'text' ? parseWhen(input.text, ctx.now, s.opts?.timeZone ?? 'Asia/Ho_Chi_Minh') : null;
  if (!at) return retry(s, ctx, 'broadcast-compose-time-invalid');
  if (s.ackDeadline && new Date(s.ackDeadline) <= at) return retry({ ...s, step: 'deadline' }, ctx, 'broadcast-error-deadline_before_start');
  return goto({ ...s, scheduledAt: at.toISOString() }, 'dryrun', ctx);
}
