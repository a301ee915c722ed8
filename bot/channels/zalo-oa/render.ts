import type { Choice, OutboundMessage } from '../../../core/messages.js';
import { splitText } from '../../../core/text.js';
import type { ZaloButton } from './client.js';
import { ZALO_CHOICE_PREFIX, ZALO_MAX_BUTTONS, ZALO_MAX_BUTTON_TITLE, ZALO_MAX_TEXT } from './constants.js';

/** Platform calls one OutboundMessage becomes, in order. */
export type ZaloOaOp =
  | { op: 'text'; text: string }
  | { op: 'buttons'; text: string; buttons: ZaloButton[] }
  | { op: 'image'; source: string; caption?: string }
  | { op: 'file'; source: string; fileName?: string };

/** Localised texts the adapter adds (templates/<locale>/zalo.ftl), resolved by the caller. */
export interface ZaloRenderTexts {
  shareLocation: string;
  chooseOption: string;
  numberedHint: string;
}

export interface ZaloRenderOptions {
  /** Max real buttons; 0 renders every choice list as numbered text (Zalo Bot platform). */
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
  if (msg.kind === 'photo' && choices.length === 0 && caption.length <= max) {
    return [{ op: 'image', source: msg.source, ...(caption ? { caption } : {}) }];
  }
  const media: ZaloOaOp =
    msg.kind === 'photo' ? { op: 'image', source: msg.source } : { op: 'file', source: msg.source, ...(msg.fileName ? { fileName: msg.fileName } : {}) };
  return [media, ...textOps(caption, choices, texts, opts)];
}

function textOps(body: string, choices: Choice[], texts: ZaloRenderTexts, opts: ZaloRenderOptions): ZaloOaOp[] {
  const maxButtons = opts.maxButtons ?? ZALO_MAX_BUTTONS;
  const asButtons = choices.length > 0 && choices.length <= maxButtons;
  let text = body;
  if (choices.length > 0 && !asButtons) text = joinParas(text, numberedList(choices), texts.numberedHint);
  if (asButtons && text.trim() === '') text = texts.chooseOption;
  const parts = splitText(text, opts.maxText ?? ZALO_MAX_TEXT).filter((p) => p.trim() !== '');
  const ops: ZaloOaOp[] = parts.map((p) => ({ op: 'text', text: p }));
  const last = ops.at(-1);
  if (asButtons && last?.op === 'text') {
    const type = opts.buttonType ?? 'oa.query.hide';
    const buttons = choices.map((c) => ({ type, title: c.label.slice(0, ZALO_MAX_BUTTON_TITLE), payload: choicePayload(c.data) }));
    ops[ops.length - 1] = { op: 'buttons', text: last.text, buttons };
  }
  return ops;
}

/** "1. …", "2. …": the engine accepts "1", "2"… and the option text itself as answers. */
export function numberedList(choices: Choice[]): string {
  return choices.map((c, i) => `${i + 1}. ${c.label}`).join('\n');
}

function joinParas(...parts: string[]): string {
  return parts.filter((p) => p.trim() !== '').join('\n\n');
}
