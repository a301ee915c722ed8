import { MAX_TITLE } from '../../../core/broadcasts/broadcast.js';
import { matchKey } from '../../../core/kernel/text.js';
import { filterLabel } from './compose-ask.js';
import { effect } from '../../engine/effects.js';
import type { FlowContext } from '../../engine/types.js';
import { draftOf, isChoice, V, type ComposeState, type Input, type Result, type Step } from './compose-state.js';
import { parseDeadlineAt, parseWhen } from './time.js';

/** How each answer of /dinhhuong is read; the questions are in ./compose-ask.ts, the wiring in ./compose-flow.ts. */

const go = (state: ComposeState, next: Step, ...say: { text: string }[]): Result => ({ state, next, say });
const retry = (ctx: FlowContext, key: string, args?: Record<string, string | number>): Result => ({ retry: { text: ctx.t(key, args) } });

/** Everything is asked: count the recipients before anything is written. */
export function toDryRun(s: ComposeState, ...say: { text: string }[]): Result {
  return { state: s, next: 'dryrun', say, effect: effect('broadcasts.dry-run', { draft: draftOf(s) }) };
}

export function onTitle(s: ComposeState, input: Input, ctx: FlowContext): Result {
  if (input.type !== 'text') return retry(ctx, 'broadcast-compose-text-expected');
  const title = input.text.trim();
  if (title.length === 0 || title.length > MAX_TITLE) return retry(ctx, 'broadcast-compose-title-invalid', { max: MAX_TITLE });
  return go({ ...s, title }, 'body');
}

/** The body may come in several messages (one paragraph each) up to the configured maximum. */
export function onBody(s: ComposeState, input: Input, ctx: FlowContext): Result {
  if (isChoice(input, V.done)) return s.body ? go(s, 'attachment') : retry(ctx, 'broadcast-error-body_empty');
  if (input.type !== 'text') return retry(ctx, 'broadcast-compose-text-expected');
  return addParagraph(s, input.text, ctx, 'broadcast-compose-body-added');
}

function addParagraph(s: ComposeState, text: string, ctx: FlowContext, said: string): Result {
  const max = s.opts?.maxBody ?? 12_000;
  const body = s.body ? `${s.body}\n\n${text.trim()}` : text.trim();
  if (body.length > max) return retry(ctx, 'broadcast-compose-body-too-long', { max, length: body.length });
  return { state: { ...s, body }, stay: true, say: [{ text: ctx.t(said, { length: body.length, max }) }] };
}

/** «không», «không có», «chưa có», «thôi» typed at the file question: no file, not a paragraph of the guidance. */
const NO_FILE = new Set([
  'khong',
  'ko',
  'k',
  'no',
  'khong co',
  'chua co',
  'khong can',
  'thoi',
  'khong dinh kem',
  'khong co file',
  'khong co anh',
  'khong co tai lieu',
]);
const saysNoFile = (text: string) =>
  NO_FILE.has(
    matchKey(text)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      .replace(/\s+(?:a|nhe|nha)$/, ''),
  );

/**
 * A photo or document, or «Bỏ qua». Text typed here is one more paragraph of the body (people add
 * a thought late), never dropped — but «không có» is the answer (found in the sandbox: it was
 * added at the end of the guidance).
 */
export function onAttachment(s: ComposeState, input: Input, ctx: FlowContext): Result {
  if (isChoice(input, V.skip) || (input.type === 'text' && saysNoFile(input.text))) return go({ ...s, attachment: null }, 'unit');
  // «Giữ tệp này»: the file sent earlier (before /dinhhuong, or at the title or body) stays.
  if (isChoice(input, V.keep) && s.attachment) return go(s, 'unit');
  if (input.type === 'text' && input.text.trim()) return addParagraph(s, input.text, ctx, 'broadcast-compose-body-added-late');
  return retry(ctx, 'broadcast-compose-attachment-kind');
}

/** Steps that ask the official something (not those waiting for an effect, nor the final check). */
const ASKING = new Set<Step>(['title', 'body', 'attachment', 'unit', 'unit_code', 'role', 'sector', 'stratum', 'ack', 'deadline', 'urgent', 'when', 'time']);

/**
 * A photo or document at any question is the guidance's file, as a photo is a hot spot's: sent
 * before /dinhhuong (kept by the engine, given at the first question) or at the title, it used to
 * be refused there and then lost. One file per guidance: a second replaces the first, and says so.
 * At the file question it answers it; elsewhere the question stays.
 */
export function onFile(s: ComposeState, input: Input, ctx: FlowContext): Result | null {
  if (input.type !== 'media' || !ASKING.has(s.step)) return null;
  const m = input.media;
  if (m.kind !== 'photo' && m.kind !== 'document') {
    return s.step === 'attachment' ? retry(ctx, 'broadcast-compose-attachment-kind') : { stay: true, say: [{ text: ctx.t('broadcast-compose-file-kind') }] };
  }
  const attachment = { kind: m.kind, source: m.fileId, channel: ctx.channel, ...(m.fileName ? { fileName: m.fileName } : {}) };
  const said = { text: ctx.t(s.attachment ? 'broadcast-compose-attachment-replaced' : 'broadcast-compose-attachment-ok') };
  return s.step === 'attachment' ? go({ ...s, attachment }, 'unit', said) : { state: { ...s, attachment }, stay: true, say: [said] };
}

const checkUnit = (s: ComposeState, code: string): Result => ({ state: s, next: 'checking_unit', effect: effect('broadcasts.unit-by-code', { code }) });

export function onUnit(s: ComposeState, input: Input, ctx: FlowContext): Result {
  if (isChoice(input, V.code)) return go(s, 'unit_code');
  if (input.type === 'text') return checkUnit(s, input.text.trim());
  const unit = input.type === 'choice' ? s.opts?.units.find((u) => u.id === input.value) : undefined;
  if (!unit) return retry(ctx, 'broadcast-compose-choose');
  return go({ ...s, unitId: unit.id, unitName: unit.name }, 'role');
}

export function onUnitCode(s: ComposeState, input: Input, ctx: FlowContext): Result {
  if (input.type !== 'text') return retry(ctx, 'broadcast-compose-text-expected');
  return checkUnit(s, input.text.trim());
}

export function onRole(s: ComposeState, input: Input, ctx: FlowContext): Result {
  if (isChoice(input, V.all)) return go({ ...s, roles: undefined }, 'sector');
  if (input.type === 'choice' && (input.value === 'collaborator' || input.value === 'official')) return go({ ...s, roles: [input.value] }, 'sector');
  return retry(ctx, 'broadcast-compose-choose');
}

/** Sector / stratum: a button, or a typed label or code from the known list (accents and case ignored). */
export function onFilter(s: ComposeState, input: Input, ctx: FlowContext, which: 'sectors' | 'strata'): Result {
  const next: Step = which === 'sectors' ? 'stratum' : 'ack';
  if (isChoice(input, V.all)) return go({ ...s, [which]: undefined }, next);
  const known = (which === 'sectors' ? s.opts?.sectors : s.opts?.strata) ?? [];
  const raw = input.type === 'choice' ? input.value : input.type === 'text' ? input.text.trim() : '';
  const key = matchKey(raw);
  const named = (k: string) => matchKey(filterLabel(ctx, which, k));
  const starts = key ? known.filter((k) => named(k).startsWith(key)) : [];
  const value = known.find((k) => matchKey(k) === key || named(k) === key) ?? (starts.length === 1 ? starts[0] : undefined);
  if (!value) return retry(ctx, 'broadcast-compose-choose');
  return go({ ...s, [which]: [value] }, next);
}

export function onAck(s: ComposeState, input: Input, ctx: FlowContext): Result {
  if (isChoice(input, V.yes)) return go({ ...s, requireAck: true }, 'deadline');
  if (isChoice(input, V.no)) return go({ ...s, requireAck: false, ackDeadline: null }, 'urgent');
  return retry(ctx, 'broadcast-compose-choose');
}

const PRESET_HOURS: Record<string, number> = { [V.h4]: 4, [V.h24]: 24, [V.d3]: 72 };

export function onDeadline(s: ComposeState, input: Input, ctx: FlowContext): Result {
  const hours = input.type === 'choice' ? PRESET_HOURS[input.value] : undefined;
  const at = hours
    ? new Date(ctx.now.getTime() + hours * 3600_000)
    : input.type === 'text'
      ? parseDeadlineAt(input.text, ctx.now, s.opts?.timeZone ?? 'Asia/Ho_Chi_Minh')
      : null;
  if (!at) return retry(ctx, 'broadcast-compose-time-invalid');
  return go({ ...s, ackDeadline: at.toISOString() }, 'urgent');
}

export function onUrgent(s: ComposeState, input: Input, ctx: FlowContext): Result {
  if (isChoice(input, V.normal) || isChoice(input, V.urgent)) return go({ ...s, urgent: isChoice(input, V.urgent) }, 'when');
  return retry(ctx, 'broadcast-compose-choose');
}

export function onWhen(s: ComposeState, input: Input, ctx: FlowContext): Result {
  if (isChoice(input, V.now)) return toDryRun({ ...s, scheduledAt: null });
  if (isChoice(input, V.later)) return go(s, 'time');
  return retry(ctx, 'broadcast-compose-choose');
}

export function onTime(s: ComposeState, input: Input, ctx: FlowContext): Result {
  const at = input.type === 'text' ? parseWhen(input.text, ctx.now, s.opts?.timeZone ?? 'Asia/Ho_Chi_Minh') : null;
  if (!at) return retry(ctx, 'broadcast-compose-time-invalid');
  if (s.ackDeadline && new Date(s.ackDeadline) <= at) return go(s, 'deadline', { text: ctx.t('broadcast-error-deadline_before_start') });
  return toDryRun({ ...s, scheduledAt: at.toISOString() });
}
