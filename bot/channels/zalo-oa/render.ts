import type { Choice, OutboundMessage } from '../../../core/kernel/messages.js';
import { clipText, splitText } from '../../../core/kernel/text.js';
import type { ZaloButton } from './client.js';
import { ZALO_CHOICE_PREFIX, ZALO_MAX_BUTTON_MESSAGES, ZALO_MAX_BUTTONS, ZALO_MAX_BUTTON_TITLE, ZALO_MAX_TEXT } from './constants.js';

/** Platform calls one OutboundMessage becomes, in order. */
export type ZaloOaOp =
  | { op: 'text'; text: string }
  | { op: 'buttons'; text: string; buttons: ZaloButton[]; fallbackText: string | null }
  | { op: 'image'; source: string; caption?: string; fileName?: string }
  | { op: 'file'; source: string; fileName?: string };

/** Localised texts the adapter adds (templates/<locale>/zalo.ftl), resolved by the caller. */
export interface ZaloRenderTexts {
  shareLocation: string;
  chooseOption: string;
  numberedHint: string;
  /** Text of a follow-up message carrying choices from..to (1-based) as more buttons. */
  moreOptions: (from: number, to: number) => string;
}

export interface ZaloRenderOptions {
  /**
   * Buttons per message; 0 renders every choice list as numbered text (Zalo Bot platform).
   * Longer lists get the numbered list in the text plus their buttons spread over up to
   * ZALO_MAX_BUTTON_MESSAGES messages, so every choice stays one tap away; beyond that, text only.
   */
  maxButtons?: number;
  /**
   * `oa.query.hide` (default) sends the payload back without showing it in the chat, so users
   * never see our `#c …` codes; `oa.query.show` echoes it visibly. Both arrive as user_send_text.
   */
  buttonType?: 'oa.query.show' | 'oa.query.hide';
  maxText?: number;
}

export function choicePayload(data: string): string {
  return `${ZALO_CHOICE_PREFIX}${data}`;
}

/** Pure: OutboundMessage → Zalo calls, within Zalo's limits (2,000 chars, ≤ 5 buttons, no location request). */
export function renderZaloOa(msg: OutboundMessage, texts: ZaloRenderTexts, opts: ZaloRenderOptions = {}): ZaloOaOp[] {
  const max = opts.maxText ?? ZALO_MAX_TEXT;
  if (msg.type === 'text') {
    const body = msg.requestLocation ? joinParas(msg.text, texts.shareLocation) : msg.text;
    return textOps(body, msg.choices ?? [], texts, opts);
  }
  const caption = msg.caption ?? '';
  const choices = msg.choices ?? [];
  // The name goes with an upload: a kept file's path is its content hash, and Zalo takes images by their .jpg/.png name.
  const named = msg.fileName ? { fileName: msg.fileName } : {};
  if (msg.kind === 'photo' && choices.length === 0 && caption.length <= max) {
    return [{ op: 'image', source: msg.source, ...named, ...(caption ? { caption } : {}) }];
  }
  const media: ZaloOaOp = { op: msg.kind === 'photo' ? 'image' : 'file', source: msg.source, ...named };
  return [media, ...textOps(caption, choices, texts, opts)];
}

function textOps(body: string, choices: Choice[], texts: ZaloRenderTexts, opts: ZaloRenderOptions): ZaloOaOp[] {
  const perMessage = opts.maxButtons ?? ZALO_MAX_BUTTONS;
  const asButtons = choices.length > 0 && perMessage > 0 && choices.length <= perMessage * ZALO_MAX_BUTTON_MESSAGES;
  const listed = choices.length > 0 && (!asButtons || choices.length > perMessage);
  let text = listed ? joinParas(body, numberedList(choices), texts.numberedHint) : body;
  if (asButtons && text.trim() === '') text = texts.chooseOption;
  const ops: ZaloOaOp[] = splitText(text, opts.maxText ?? ZALO_MAX_TEXT)
    .filter((p) => p.trim() !== '')
    .map((p) => ({ op: 'text', text: p }));
  if (!asButtons) return ops;
  const type = opts.buttonType ?? 'oa.query.hide';
  for (let from = 0; from < choices.length; from += perMessage) {
    const chunk = choices.slice(from, from + perMessage);
    const buttons = chunk.map((c) => ({ type, title: buttonTitle(c.label), payload: choicePayload(c.data) }));
    const last = ops.at(-1);
    const head = from === 0 && last?.op === 'text' ? last.text : texts.moreOptions(from + 1, from + chunk.length);
    // If Zalo refuses buttons on this endpoint (unverified on v3): the same choices as numbered
    // text; null when the first message already lists them all.
    const fallbackText = listed ? (from === 0 ? head : null) : joinParas(head, numberedList(chunk, from), texts.numberedHint);
    const op: ZaloOaOp = { op: 'buttons', text: head, buttons, fallbackText };
    if (from === 0 && last?.op === 'text') ops[ops.length - 1] = op;
    else ops.push(op);
  }
  return ops;
}

/**
 * A label within Zalo's title limit, cut between graphemes and marked with "…" when cut
 * (counted in UTF-16 units, never less than what Zalo counts).
 */
export function buttonTitle(label: string, max = ZALO_MAX_BUTTON_TITLE): string {
  return clipText(label, max);
}

/** "1. …", "2. …": the engine accepts "1", "2"… and the option text itself as answers. */
function numberedList(choices: Choice[], offset = 0): string {
  // A paged list's options already carry their number (bot/engine/common/input.ts `paged`), a scale's too («4 — Hài lòng»).
  return choices.map((c, i) => (hasNumber(c.label, offset + i + 1) ? c.label : `${offset + i + 1}. ${c.label}`)).join('\n');
}

function hasNumber(label: string, n: number): boolean {
  return label.startsWith(`${n}. `) || label.startsWith(`${n} — `);
}

function joinParas(...parts: string[]): string {
  return parts.filter((p) => p.trim() !== '').join('\n\n');
}
