import { randomBytes } from 'node:crypto';
import { matchKey } from '../../core/kernel/text.js';
import type { Choice, MediaRef, OutboundMessage } from '../../core/kernel/messages.js';
import { BACK, NEXT_PAGE, PREV_PAGE, SKIP, typedYesNo } from './common/input.js';
import type { Reply } from './types.js';

/** What `conversations.state` holds: the active flow's state, parked drafts, the pending question. */
export interface ConversationState {
  flow: string | null;
  data: unknown;
  /** Drafts of resumable flows set aside when another flow started (newest last). */
  parked: { flow: string; data: unknown }[];
  /** The last question's choices: buttons carry `c:<nonce>:<index>`, typed answers match values. */
  pending: {
    nonce: string;
    values: string[];
    labels: string[];
    typed?: { values: string[]; labels: string[] };
    /** The options are amounts (Reply.amounts): a typed number is an amount, not a button's place. */
    amounts?: boolean;
  } | null;
  /** The question answered last (its nonce): a second tap on one of its buttons is calm, not "stale". */
  answered: string | null;
  /** A long paste kept aside until its parts are joined (bot/engine/long-text.ts). */
  held?: string | null;
  /** Texts typed where buttons were offered, offered back at the next free-text questions (bot/engine/aside.ts). */
  aside?: string[] | null;
  /** A photo or file sent with no form open, given to the form picked next (bot/engine/aside.ts). */
  media?: { media: MediaRef; caption?: string }[] | null;
  /** The button last pressed to answer a question: another button of it pressed later is named as a change, not a double tap. */
  chosen?: { nonce: string; index: number; label: string } | null;
}

export function emptyState(): ConversationState {
  return { flow: null, data: null, parked: [], pending: null, answered: null, held: null, aside: null, media: null, chosen: null };
}

export function readState(raw: unknown): ConversationState {
  const s = (raw ?? {}) as Partial<ConversationState>;
  return {
    flow: typeof s.flow === 'string' ? s.flow : null,
    data: s.data ?? null,
    parked: Array.isArray(s.parked) ? s.parked : [],
    pending: validPending(s.pending) ? s.pending : null,
    answered: typeof s.answered === 'string' ? s.answered : null,
    held: typeof s.held === 'string' ? s.held : null,
    aside: Array.isArray(s.aside) && s.aside.every((a) => typeof a === 'string') ? s.aside : null,
    chosen: typeof s.chosen?.nonce === 'string' && typeof s.chosen.index === 'number' && typeof s.chosen.label === 'string' ? s.chosen : null,
    media: Array.isArray(s.media) && s.media.every((m) => typeof m?.media?.fileId === 'string' && typeof m.media.kind === 'string') ? s.media : null,
  };
}

/** A damaged row must not break the next update: a pending question that is not exactly our shape is dropped. */
function validPending(p: unknown): p is NonNullable<ConversationState['pending']> {
  const strings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');
  const q = p as ConversationState['pending'];
  const typedOk = q?.typed === undefined || (!!q.typed && strings(q.typed.values) && strings(q.typed.labels));
  return !!q && typeof q === 'object' && typeof q.nonce === 'string' && strings(q.values) && strings(q.labels) && typedOk;
}

/** Button data for conversation choices; never longer than 2 + 8 + 1 + 3 bytes. */
const CHOICE_DATA = /^c:([a-z0-9]{8}):(\d{1,3})$/;

export type ChoiceLookup = { kind: 'value'; value: string } | { kind: 'answered'; index: number } | { kind: 'stale' } | { kind: 'none' };

/**
 * A pressed button → the pending value; 'answered' when it belongs to the question answered
 * last (a double tap), 'stale' when it belongs to an older one.
 */
export function lookupButton(state: ConversationState, data: string): ChoiceLookup {
  const m = CHOICE_DATA.exec(data);
  if (!m) return { kind: 'none' };
  const pending = state.pending;
  const value = pending && pending.nonce === m[1] ? pending.values[Number(m[2])] : undefined;
  if (value !== undefined) {
    state.chosen = { nonce: m[1]!, index: Number(m[2]), label: pending!.labels[Number(m[2])] ?? '' };
    return { kind: 'value', value };
  }
  return state.answered === m[1] ? { kind: 'answered', index: Number(m[2]) } : { kind: 'stale' };
}

/**
 * A typed answer matched to the open question («lo lang» for «4. Lo lắng») is remembered as a
 * pressed button is: a button of that question pressed afterwards is a change of mind, named
 * («đồng chí đã chọn «Lo lắng»»), not «đã được ghi nhận» as if it had been the one chosen.
 */
export function rememberTyped(state: ConversationState, value: string): void {
  const p = state.pending;
  if (!p) return;
  const index = p.values.indexOf(value);
  const label = index >= 0 ? p.labels[index] : p.typed?.labels[p.typed.values.indexOf(value)];
  state.chosen = label ? { nonce: p.nonce, index, label } : null;
}

/** Another button of the question just answered: the option chosen before, or null for the same one (a double tap). */
export function changedMind(state: ConversationState, index: number): string | null {
  const c = state.chosen;
  return c && c.nonce === state.answered && c.index !== index && c.label ? c.label : null;
}

/** A label as typed: without the "3. " a numbered button shows, nor a scale's "4 — " («4 — Hài lòng»). */
const NUMBERED = /^(\d{1,3}(?:[.)]|\s*[—–-])\s+)+/;
/**
 * `f` remembered for the last few thousand inputs. The labels and values of the open question
 * come back with every typed answer (and a menu's with every update), each normalised anew
 * (NFD, Unicode classes) — ~2 % of the intake's CPU; the keys of a pure function are stable.
 */
function remembered(f: (s: string) => string): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    let k = seen.get(s);
    if (k === undefined) {
      if (seen.size >= 4096) seen.clear();
      seen.set(s, (k = f(s)));
    }
    return k;
  };
}

const keyOf = remembered(matchKey);
/** Words only: "Khieu nai to cao" is the label "Khiếu nại – tố cáo" typed without its dash. */
const labelKey = remembered((label) =>
  matchKey(label.replace(NUMBERED, ''))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim(),
);

/** Whether `typed` is this button's label as a person types it (accents, case, numbering and dashes aside). */
export function sameLabel(label: string, typed: string): boolean {
  const bare = labelKey(typed);
  return bare !== '' && labelKey(label) === bare;
}

/**
 * Typed answer → pending value: "2", "2.", or the label/value, accent- and case-insensitive; for
 * a paged list, the label of an option on another page too (issue 11 item 19). When nothing
 * matches exactly, the first words of one option ("tu tap dong nguoi" for «Tụ tập đông người,
 * biểu tình, …») or a phrase that only one option contains is that option; meta buttons (skip,
 * back, pages) and commands are never guessed, so a short free-text answer stays text.
 */
export function matchTyped(state: ConversationState, text: string): string | null {
  const pending = state.pending;
  if (!pending) return null;
  const key = matchKey(text).replace(/[.)]$/, '');
  if (/^\d{1,3}$/.test(key)) {
    // «3 ngày», «7 ngày», «15 ngày»: a typed 3 is three days, not the third button; another number goes to the flow.
    if (pending.amounts) return pending.values.includes(key) ? key : null;
    return pending.values[Number(key) - 1] ?? null;
  }
  const bare = labelKey(text);
  const lists = [pending, pending.typed].filter((l): l is { values: string[]; labels: string[] } => !!l);
  for (const list of lists) {
    const i = list.labels.findIndex((l) => keyOf(l) === key || (bare !== '' && labelKey(l) === bare));
    if (i >= 0) return list.values[i] ?? null;
    const j = list.values.findIndex((v) => keyOf(v) === key);
    if (j >= 0) return list.values[j] ?? null;
  }
  // «ok», «vâng», «có ạ» to a yes-or-no question (its buttons «Có» / «Không» or worded otherwise).
  const said = typedYesNo(text);
  if (said && pending.values.includes(said)) return said;
  return looseMatch(lists, bare);
}

/**
 * The shortest typed words taken as an option's first words (whole words: «có» is «Có, ẩn danh»,
 * «một» is «Một phương án»), or as a phrase inside one option.
 */
const START_MIN = 2;
const INSIDE_MIN = 4;
/** Buttons that move through the form rather than answer it: never guessed from typed words. */
const MOVES = new Set([SKIP, BACK, NEXT_PAGE, PREV_PAGE]);

/**
 * A flow's own options ("_all", "_own": «Tất cả các ngành», «Toàn bộ Tỉnh …») are taken from
 * their first words only: beside them the person may type a name ("tinh" is a unit to look up,
 * not the phrase inside «Toàn bộ Tỉnh Thái Nguyên»).
 */
function looseMatch(lists: { values: string[]; labels: string[] }[], bare: string): string | null {
  const letters = bare.replace(/ /g, '').length;
  if (letters < START_MIN) return null;
  // Every wording of an option counts (its label, and a list's typed aliases for it): one value may have several.
  const options: [value: string, label: string][] = [];
  for (const list of lists)
    list.labels.forEach((l, i) => {
      const v = list.values[i];
      if (v !== undefined && !MOVES.has(v) && !v.startsWith('/')) options.push([v, ` ${labelKey(l)} `]);
    });
  const pick = (test: (label: string, value: string) => boolean) => {
    const hits = new Set(options.filter(([value, label]) => test(label, value)).map(([value]) => value));
    return hits.size === 1 ? [...hits][0]! : hits.size > 1 ? false : null;
  };
  const start = pick((label) => label.startsWith(` ${bare} `));
  if (start !== null || letters < INSIDE_MIN) return start || null;
  return pick((label, value) => !value.startsWith('_') && label.includes(` ${bare} `)) || null;
}

export interface RenderOptions {
  /** True when this update left the conversation (flow and its state) exactly as it was. */
  unchanged?: boolean;
  /**
   * Values that stand on their own: a command ("/baocao") or an action on an object by id
   * ("h:<id>:ack"). Their buttons carry the value itself and never go stale.
   */
  standalone?: (value: string) => boolean;
  /** True when the person typed a command (a new context: outside a flow, older lists no longer answer). */
  command?: boolean;
}

/** Telegram's callback_data limit; longer values go through the pending question. */
const MAX_DATA_BYTES = 64;

/**
 * Turns replies into outbound messages. The last reply with choices becomes the pending
 * question (typed "2" or a label matches it). Buttons of a question carry `c:<nonce>:<n>`: a
 * fresh nonce makes the buttons of a superseded question stale. Standalone buttons (commands,
 * actions by id) carry their value and work whenever pressed. A reply that asks nothing new
 * (/trangthai, /help mid-flow) leaves the open question, its buttons and typed numbers, alone —
 * outside a flow, a newer list of action buttons (/tailieu's topics, then a topic) takes over;
 * the same question asked again (a retry, /tieptuc) keeps its nonce, so its buttons still work.
 */
export function renderReplies(replies: Reply[], state: ConversationState, opts: RenderOptions = {}): OutboundMessage[] {
  const standalone = (v: string) => !!opts.standalone?.(v) && Buffer.byteLength(v) <= MAX_DATA_BYTES;
  let lastWithChoices = -1;
  let asks = false;
  replies.forEach((r, i) => {
    if (!r.choices?.length) return;
    lastWithChoices = i;
    if (r.choices.some((c) => !standalone(c.value))) asks = true;
  });
  const before = state.pending;
  // Only an open question is kept. With no flow, the newest list is what a typed "1" answers (Zalo
  // Bot); an answer without buttons keeps the list it came from (a material sent from /tailieu's
  // list: "2" is the next one), but a typed command starts afresh (a "1" typed after /trangthai
  // must not press the /thongbao button shown before it).
  const keep = state.flow || (!opts.command && !replies.some((r) => r.choices?.length));
  if (opts.unchanged && before && !asks && keep) return replies.map((r) => render(r, null, standalone));
  const last = replies[lastWithChoices];
  const values = last?.choices?.map((c) => c.value) ?? [];
  const labels = last?.choices?.map((c) => c.label) ?? [];
  const same = opts.unchanged && before && sameList(before.values, values) && sameList(before.labels, labels);
  const nonce = same ? before.nonce : freshNonce();
  if (before && !same) state.answered = before.nonce;
  const typed = last?.typed?.length ? { values: last.typed.map((c) => c.value), labels: last.typed.map((c) => c.label) } : undefined;
  state.pending = last ? { nonce, values, labels, ...(typed ? { typed } : {}), ...(last.amounts ? { amounts: true } : {}) } : null;
  return replies.map((r, i) => render(r, i === lastWithChoices ? nonce : freshNonce(), standalone, i === lastWithChoices));
}

/** From this many options a question's buttons show the number a typed answer reads («9. Di dời chợ…»). */
const NUMBER_FROM = 6;
const HAS_NUMBER = /^\d{1,3}(?:[.)]|\s*[—–-])\s/;

function render(r: Reply, nonce: string | null, standalone: (v: string) => boolean, asked = false): OutboundMessage {
  if (!r.choices?.length) return { type: 'text', text: r.text, requestLocation: r.requestLocation };
  // A question's buttons that are not current (an older list in the same answer) are stale at once.
  const n = nonce ?? freshNonce();
  // A long question (not a row of commands, not a list that numbers itself) is numbered as typed numbers read it.
  const numbered = asked && r.choices.length >= NUMBER_FROM && r.choices.some((c) => !standalone(c.value)) && !r.choices.some((c) => HAS_NUMBER.test(c.label));
  const choices: Choice[] = r.choices.map((c, k) => ({
    label: numbered ? `${k + 1}. ${c.label}` : c.label,
    data: standalone(c.value) ? c.value : `c:${n}:${k}`,
  }));
  return { type: 'text', text: r.text, choices, requestLocation: r.requestLocation };
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Random bytes drawn a page at a time: one `randomBytes` call per update or more was ~1 % of the intake's CPU. */
const NONCE_BYTES = 6;
let noncePool = Buffer.alloc(0);
let nonceAt = 0;

function freshNonce(): string {
  if (nonceAt + NONCE_BYTES > noncePool.length) {
    noncePool = randomBytes(NONCE_BYTES * 512);
    nonceAt = 0;
  }
  const bytes = noncePool.subarray(nonceAt, (nonceAt += NONCE_BYTES));
  return bytes
    .toString('base64url')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, 'x')
    .slice(0, 8);
}
