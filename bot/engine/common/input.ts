import type { Refusal } from '../../../core/kernel/result.js';
import { matchKey } from '../../../core/kernel/text.js';
import type { FlowContext, Reply, ReplyChoice, UserInput } from '../types.js';

/** Choice values the flows share; none starts with "/" (that would run a command). */
export const SKIP = '_skip';
export const BACK = '_back';
export const NEXT_PAGE = '_next';
export const PREV_PAGE = '_prev';
export const YES = 'yes';
export const NO = 'no';

/** A read answer, or why it is not one with the reply that says so. */
export type Read<T> = { ok: true; value: T } | Refusal<'text_expected' | 'empty' | 'too_long' | 'not_a_choice', { reply: Reply }>;

/** Characters as a reader counts them: an emoji or a combined letter is one, not two. */
export function visibleLength(text: string): number {
  return [...text].length;
}

/**
 * A free-text answer. Input arrives cleaned (NFC, no zero-width) but not length-checked; any
 * script and emoji are accepted as content.
 */
export function readText(input: UserInput, ctx: FlowContext, max = ctx.maxTextLength): Read<string> {
  if (input.type !== 'text') return { ok: false, code: 'text_expected', reply: { text: ctx.t('engine-err-text-expected') } };
  const text = input.text.trim();
  if (text.length === 0) return { ok: false, code: 'empty', reply: { text: ctx.t('engine-err-empty') } };
  const length = visibleLength(text);
  if (length > max) return { ok: false, code: 'too_long', reply: { text: ctx.t('engine-err-too-long', { length, max }) } };
  return { ok: true, value: text };
}

/** One of the offered values; typed text that matched nothing gets a re-prompt, not a guess. */
export function readChoice(input: UserInput, ctx: FlowContext, allowed: readonly string[]): Read<string> {
  if (input.type === 'choice' && allowed.includes(input.value)) return { ok: true, value: input.value };
  return { ok: false, code: 'not_a_choice', reply: { text: ctx.t('engine-err-choose') } };
}

/** «ok», «có ạ», «vâng», «đồng ý nhé» typed to a yes-or-no question; «không», «ko» (accents, case, «ạ», «nhé» aside). */
const TYPED_YES = new Set(['ok', 'oke', 'okay', 'oki', 'co', 'vang', 'yes', 'u', 'uh', 'duoc', 'dong y', 'toi dong y', 'dong y het']);
const TYPED_NO = new Set(['khong', 'ko', 'k', 'no', 'khong dong y', 'toi khong dong y']);

/** A typed yes or no, or null for anything else. */
export function typedYesNo(text: string): 'yes' | 'no' | null {
  const words = matchKey(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\s+(?:a|nhe|nha)$/, '');
  return TYPED_YES.has(words) ? 'yes' : TYPED_NO.has(words) ? 'no' : null;
}

export function yesNo(ctx: FlowContext, yesKey = 'engine-yes', noKey = 'engine-no'): ReplyChoice[] {
  return [
    { label: ctx.t(yesKey), value: YES },
    { label: ctx.t(noKey), value: NO },
  ];
}

/**
 * «The official's own unit» as an audience, named by the area it covers («Toàn tỉnh», «Toàn xã»):
 * the unit's own name («Ban Tuyên giáo và Dân vận Tỉnh ủy») reads as the Ban's staff.
 */
export function ownAreaChoice(ctx: FlowContext, value: string): ReplyChoice {
  return { label: ctx.t('engine-own-area', { kind: ctx.person?.unitKind ?? 'khac', name: ctx.person?.unitName ?? '' }), value };
}

export function skipChoice(ctx: FlowContext): ReplyChoice {
  return { label: ctx.t('engine-skip'), value: SKIP };
}

/**
 * Slices a long list into pages with "previous" / "more" buttons (Zalo shows 5 buttons at most).
 * The options shown are numbered as a typed number reads them ("2" is the second button).
 */
function paged(ctx: FlowContext, items: ReplyChoice[], page: number, size = 8): ReplyChoice[] {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const p = Math.min(Math.max(0, page), pages - 1);
  const out = items.slice(p * size, p * size + size).map((c, i) => ({ ...c, label: `${i + 1}. ${c.label}` }));
  if (p > 0) out.push({ label: ctx.t('engine-page-prev'), value: PREV_PAGE });
  if (p < pages - 1) out.push({ label: ctx.t('engine-page-next'), value: NEXT_PAGE });
  return out;
}

/** A page of a long list as a reply's buttons, with every option of the list accepted when typed. */
export function pagedList(ctx: FlowContext, items: ReplyChoice[], page: number, extra: ReplyChoice[] = []): Pick<Reply, 'choices' | 'typed'> {
  return { choices: [...paged(ctx, items, page), ...extra], typed: [...items, ...extra] };
}

/** Time of day in Vietnam for messages such as "try again after 14:30". */
export function clockTime(at: Date, timeZone = 'Asia/Ho_Chi_Minh'): string {
  return new Intl.DateTimeFormat('vi-VN', { timeZone, hour: '2-digit', minute: '2-digit', hour12: false }).format(at);
}
