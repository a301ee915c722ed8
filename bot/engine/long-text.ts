import { matchKey, splitText } from '../../core/kernel/text.js';
import { visibleLength } from './common/input.js';
import type { ConversationState } from './conversation-state.js';
import type { Reply } from './types.js';

/**
 * Long pastes (issue 11 item 8). Telegram splits a paste longer than 4,096 characters into
 * several messages (the sandbox does the same), so a text that nearly fills one message is
 * probably the first part of a longer answer: it is held, the parts that follow are joined to
 * it, and «Xong» hands the whole text to the open question. Nothing is refused and lost: an
 * answer over the limit keeps its first part as the answer and the rest comes back to the person.
 */

/** A message at least this long may be one part of a longer paste (Telegram cuts at 4,096). */
const HOLD_AT = 3500;
/** The engine's own command behind the held text's buttons (its buttons go stale with the question). */
export const LONG_TEXT_COMMAND = 'noidai';
const DONE = 'xong';
const DROP = 'bo';

type T = (key: string, args?: Record<string, string | number>) => string;

/** «xong», «ok», «bỏ» typed instead of pressing the held text's buttons (accents, case, «ạ» aside). */
const TYPED: Record<string, string> = Object.fromEntries([
  ...['xong', 'xong roi', 'da xong', 'het', 'het roi', 'ok', 'gui', 'gui di', 'xong dung noi dung nay'].map((w) => [w, DONE]),
  ...['bo', 'bo di', 'bo doan nay'].map((w) => [w, DROP]),
]);

/**
 * While a paste is held, a typed «xong» is the button, not one more part to join (found in the
 * sandbox: «xong» was appended and «Xong» asked for again). Only these whole words: a real last
 * part of a paste is never one of them.
 */
export function typedRelease(state: ConversationState, text: string): string | null {
  if (state.held == null) return null;
  const words = matchKey(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\s+(?:a|nhe|nha)$/, '');
  return TYPED[words] ?? null;
}

/** Whether this text, typed while a flow is open, is held instead of answering at once. */
export function shouldHold(state: ConversationState, text: string): boolean {
  return !!state.flow && (state.held != null || visibleLength(text) >= HOLD_AT);
}

/** Keeps the text (joined to what is held) and says so, with the limit, before anything is judged. */
export function hold(state: ConversationState, text: string, t: T, max: number): Reply[] {
  const more = state.held != null;
  const joined = more ? `${state.held}\n${text}` : text;
  state.held = joined;
  const length = visibleLength(joined);
  const parts = more ? 'engine-long-joined' : 'engine-long-held';
  const over = length > max ? [t('engine-long-over', { max })] : [];
  return [
    {
      text: [t(parts, { length, max }), ...over].join('\n'),
      choices: [
        { label: t('engine-long-done'), value: `/${LONG_TEXT_COMMAND} ${DONE}` },
        { label: t('engine-long-drop'), value: `/${LONG_TEXT_COMMAND} ${DROP}` },
      ],
    },
  ];
}

export type Release = { kind: 'answer'; text: string; rest: Reply[] } | { kind: 'dropped' } | { kind: 'none' };

/** «Xong»: the held text as the answer (its part over the limit sent back); «Bỏ»: dropped. */
export function release(state: ConversationState, args: string, t: T, max: number): Release {
  const held = state.held ?? null;
  state.held = null;
  if (held === null) return { kind: 'none' };
  if (args.trim().toLowerCase() === DROP) return { kind: 'dropped' };
  if (visibleLength(held) <= max) return { kind: 'answer', text: held, rest: [] };
  const [first, ...others] = splitText(held, max);
  const rest = others.map((part, i) => ({ text: `${t('engine-long-rest', { n: i + 1, of: others.length })}\n${part}` }));
  return { kind: 'answer', text: first ?? '', rest };
}

/** A held text the question did not take, sent back in parts the person can copy and shorten. */
export function sendBack(text: string, t: T): Reply[] {
  const parts = splitText(text, HOLD_AT);
  return parts.map((part, i) => ({ text: `${t('engine-long-back', { n: i + 1, of: parts.length })}\n${part}` }));
}
