import { clipText, matchKey } from '../../core/kernel/text.js';
import { visibleLength } from './common/input.js';
import type { ConversationState } from './conversation-state.js';
import type { MediaRef } from '../../core/kernel/messages.js';
import type { Reply, ReplyChoice } from './types.js';

/**
 * Text typed where buttons were offered (issue 11: nothing a person types is lost). People often
 * type the whole story at the first question ("Mức độ:" → "Khoảng 50 hộ dân tập trung…"). The
 * question still wants its button, but the text is kept aside, and every later question that
 * takes free text offers it back as a button («Dùng: "Khoảng 50 hộ dân…"»). The same happens to
 * a story typed with no form open (the bot answers with the menu): it waits for the form the person
 * picks next. Asides live as long as the flow: finishing or cancelling it drops them.
 */

/** The engine's own command behind the «Dùng …» buttons (contextual: they go stale with the question). */
export const ASIDE_COMMAND = 'dunglai';
/** How many typed texts are kept (the newest). */
const KEEP = 3;
/** A text this short (or of fewer words) is a mistyped answer, not something worth keeping. */
const MIN_LENGTH = 12;
const MIN_WORDS = 3;
/** A free-text question refusing a text this long refused a story (a title of 200 characters at most…): it is kept too. */
const STORY_LENGTH = 100;
/** How much of the text the button shows. */
const LABEL_CHARS = 32;

type T = (key: string, args?: Record<string, string | number>) => string;

/** Whether the open question is answered by buttons only (it offers options besides skip/back/pages). */
function buttonsOnly(pending: ConversationState['pending']): boolean {
  return !!pending?.values.some((v) => !v.startsWith('_') && !v.startsWith('/'));
}

/**
 * After a typed text was refused by a question answered with buttons, or a story was refused by a
 * question that takes a short text (the whole account pasted as the title): keep it and say so.
 * `pendingBefore` is the question the text was typed at; `refused` is true when the flow did not move.
 */
export function keepAside(
  state: ConversationState,
  pendingBefore: ConversationState['pending'],
  text: string,
  refused: boolean,
  replies: Reply[],
  t: T,
): Reply[] {
  if (!refused || !state.flow || !worthKeeping(text)) return replies;
  if (!buttonsOnly(pendingBefore) && visibleLength(text) < STORY_LENGTH) return replies;
  if (visibleLength(text) < STORY_LENGTH && triedButton(text, pendingBefore)) return replies;
  return kept(state, text, replies, t('engine-aside-kept'));
}

/**
 * A story typed with no form open («Bà con ấp … đang bàn tán chuyện giá điện…»): the menu comes
 * back as before, saying the text is kept for the report the person picks.
 */
export function keepIdle(state: ConversationState, text: string, replies: Reply[], t: T): Reply[] {
  if (state.flow || !worthKeeping(text)) return replies;
  return kept(state, text, replies, t('engine-aside-kept-idle', { text: preview(text) }), true);
}

/** At a button question, a text of this many words at most is a try at answering it, not a story. */
const ANSWER_WORDS = 5;
/** …and one of this many words at most, half of them words of the options («nguồn: tận mắt thấy trực tiếp»). */
const ANSWER_WORDS_OPTIONS = 8;

const wordsOf = (text: string) =>
  matchKey(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);

/**
 * Whether a text refused at a button question was an attempt at answering it («tận mắt chứng
 * kiến», «mức 2 thôi», «khong ro nguon»): a few words, or not many more mostly taken from the
 * options' labels. Those are not offered back later as «Dùng: …»; a story is.
 */
function triedButton(text: string, pending: ConversationState['pending']): boolean {
  if (!pending) return false;
  const words = wordsOf(text);
  if (words.length <= ANSWER_WORDS) return true;
  if (words.length > ANSWER_WORDS_OPTIONS) return false;
  const offered = new Set([...pending.labels, ...(pending.typed?.labels ?? [])].flatMap(wordsOf));
  return words.filter((w) => offered.has(w)).length * 2 >= words.length;
}

function worthKeeping(text: string): boolean {
  return visibleLength(text) >= MIN_LENGTH && text.trim().split(/\s+/).length >= MIN_WORDS;
}

function kept(state: ConversationState, text: string, replies: Reply[], note: string, before = false): Reply[] {
  state.aside = [...(state.aside ?? []).filter((a) => a !== text), text].slice(-KEEP);
  const [first, ...rest] = replies;
  if (!first) return [{ text: note }];
  return [{ ...first, text: before ? `${note}\n\n${first.text}` : `${first.text}\n${note}` }, ...rest];
}

/**
 * When the flow has just moved on to a question that takes free text, the kept texts it would
 * accept are offered as buttons on it: a story is no answer to «Thời gian họp» or a number, so
 * `accepts` (the open question tried on the text, nothing saved) leaves it out there. The flow
 * ending drops them.
 */
export function offerAside(
  state: ConversationState,
  flowBefore: string | null,
  moved: boolean,
  replies: Reply[],
  t: T,
  accepts: (text: string) => boolean,
): Reply[] {
  if (!state.flow) {
    // A flow that just ended drops them; with none open they wait for the next one.
    if (flowBefore) {
      state.aside = null;
      state.media = null;
    }
    return replies;
  }
  const kept = state.aside ?? [];
  const last = replies.at(-1);
  if (!moved || kept.length === 0 || !last || last.choices?.some((c) => !c.value.startsWith('_'))) return replies;
  // The button carries the text's place among those kept, so the filter keeps the index.
  const offers: ReplyChoice[] = kept.flatMap((text, i) =>
    accepts(text) ? [{ label: t('engine-aside-use', { text: preview(text) }), value: `/${ASIDE_COMMAND} ${i}` }] : [],
  );
  if (offers.length === 0) return replies;
  // A location question keeps its own keyboard: the offer comes as a message of its own.
  if (last.requestLocation) return [...replies, { text: t('engine-aside-offer'), choices: offers }];
  return [...replies.slice(0, -1), { ...last, choices: [...offers, ...(last.choices ?? [])] }];
}

/** How many photos or files sent with no form open are kept (the newest). */
const KEEP_MEDIA = 10;

/**
 * A photo (or file) sent with no form open («ảnh dân tụ tập trước cổng UBND» first, then the
 * report): kept, the menu says so, and the form picked next takes it as if sent there.
 */
export function keepMedia(state: ConversationState, input: { media: MediaRef; caption?: string }, replies: Reply[], t: T): Reply[] {
  state.media = [...(state.media ?? []), { media: input.media, ...(input.caption ? { caption: input.caption } : {}) }].slice(-KEEP_MEDIA);
  const [first, ...rest] = replies;
  const note = t('engine-media-kept', { n: state.media.length });
  return first ? [{ ...first, text: `${note}\n\n${first.text}` }, ...rest] : [{ text: note }];
}

/**
 * The kept media's replies after a form started, without the form's first question twice: the
 * start said it, the media's answer says it again («Đã nhận 1 ảnh», then the question).
 */
export function withMediaReplies(started: Reply[], given: Reply[]): Reply[] {
  if (given.length === 0) return started;
  const again = new Set(given.map((r) => r.text));
  return [...started.filter((r) => !again.has(r.text)), ...given];
}

/** «Dùng …»: the kept text to answer the open question, or null when gone. */
export function peekAside(state: ConversationState, args: string): string | null {
  const i = Number(args.trim());
  const text = Number.isInteger(i) ? state.aside?.[i] : undefined;
  return text ?? null;
}

/** The kept text was taken by the question: it is no longer offered. */
export function dropAside(state: ConversationState, text: string): void {
  state.aside = (state.aside ?? []).filter((a) => a !== text);
}

function preview(text: string): string {
  return clipText(text.replace(/\s+/g, ' ').trim(), LABEL_CHARS);
}
