import type { Choice, OutboundMessage, PlacePin } from '../../../core/kernel/messages.js';
import { byteLength } from '../../../core/kernel/text.js';
import { splitOutbound } from '../split-outbound.js';
import { CallbackDataTooLongError } from './errors.js';
import {
  CONTINUATION_TEXT,
  TELEGRAM_MAX_BUTTONS,
  TELEGRAM_MAX_CALLBACK_BYTES,
  TELEGRAM_MAX_PLACEHOLDER,
  TELEGRAM_MAX_TEXT,
  TELEGRAM_MAX_VENUE_FIELD,
  TELEGRAM_SHORT_LABEL,
  telegramLimits,
} from './limits.js';

interface InlineButton {
  text: string;
  callback_data: string;
}
export interface InlineKeyboard {
  inline_keyboard: InlineButton[][];
}
interface LocationKeyboard {
  keyboard: { text: string; request_location?: boolean }[][];
  one_time_keyboard: true;
  resize_keyboard: true;
  input_field_placeholder: string;
}
type ReplyMarkup = InlineKeyboard | LocationKeyboard;

/** One Bot API call; `payload` is the JSON body Telegram documents for that method. */
export type TelegramCall =
  | { method: 'sendMessage'; payload: { chat_id: string; text: string; reply_markup?: ReplyMarkup } }
  | { method: 'sendPhoto'; payload: { chat_id: string; photo: string; caption?: string; reply_markup?: InlineKeyboard } }
  | { method: 'sendDocument'; payload: { chat_id: string; document: string; caption?: string; reply_markup?: InlineKeyboard } }
  | { method: 'sendLocation'; payload: { chat_id: string; latitude: number; longitude: number } }
  | { method: 'sendVenue'; payload: { chat_id: string; latitude: number; longitude: number; title: string; address: string } };

export interface EditCall {
  method: 'editMessageText';
  payload: { chat_id: string; message_id: number; text: string; reply_markup?: InlineKeyboard };
}

/** Texts of the location keyboard (from templates; render stays pure). */
export interface LocationLabels {
  /** The request_location button. */
  button: string;
  /** Placeholder in the input field: the user may type the place instead. */
  placeholder: string;
  /** Sent as its own message when the question also has inline choices (one markup per message). */
  hint: string;
}

/** Renders one outbound message to the Bot API calls that deliver it, in order. */
export function renderOutbound(chatId: string, msg: OutboundMessage, labels: LocationLabels): TelegramCall[] {
  return splitOutbound(msg, telegramLimits, CONTINUATION_TEXT).flatMap((part) => partCalls(chatId, part, labels));
}

/** An in-place edit when Telegram can do it (one text part, inline buttons only); else null. */
export function renderEdit(chatId: string, messageId: string, msg: OutboundMessage): EditCall | null {
  const id = Number(messageId);
  if (msg.type !== 'text' || msg.requestLocation || !Number.isSafeInteger(id)) return null;
  const choices = msg.choices ?? [];
  if (msg.text.length === 0 || msg.text.length > TELEGRAM_MAX_TEXT || choices.length > TELEGRAM_MAX_BUTTONS) return null;
  const payload: EditCall['payload'] = { chat_id: chatId, message_id: id, text: msg.text };
  if (choices.length > 0) payload.reply_markup = inlineKeyboard(choices);
  return { method: 'editMessageText', payload };
}

/** One message within the limits → its call; a location request with buttons needs a second one; a place pin follows the text. */
function partCalls(chatId: string, part: OutboundMessage, labels: LocationLabels): TelegramCall[] {
  const calls = messageCalls(chatId, part, labels);
  if (part.type === 'text' && part.place) calls.push(placeCall(chatId, part.place));
  return calls;
}

/** A venue (name and address under the map) when the pin has both, else a bare location. */
function placeCall(chatId: string, pin: PlacePin): TelegramCall {
  const at = { chat_id: chatId, latitude: pin.latitude, longitude: pin.longitude };
  const title = pin.title?.trim().slice(0, TELEGRAM_MAX_VENUE_FIELD);
  const address = pin.address?.trim().slice(0, TELEGRAM_MAX_VENUE_FIELD);
  return title && address ? { method: 'sendVenue', payload: { ...at, title, address } } : { method: 'sendLocation', payload: at };
}

function messageCalls(chatId: string, part: OutboundMessage, labels: LocationLabels): TelegramCall[] {
  const inline = part.choices && part.choices.length > 0 ? inlineKeyboard(part.choices) : undefined;
  if (part.type === 'media') {
    const call: TelegramCall =
      part.kind === 'photo'
        ? { method: 'sendPhoto', payload: { chat_id: chatId, photo: part.source } }
        : { method: 'sendDocument', payload: { chat_id: chatId, document: part.source } };
    if (part.caption) call.payload.caption = part.caption;
    if (inline) call.payload.reply_markup = inline;
    return [call];
  }
  const markup = inline ?? (part.requestLocation ? locationKeyboard(labels) : undefined);
  const call: TelegramCall = {
    method: 'sendMessage',
    payload: markup ? { chat_id: chatId, text: part.text, reply_markup: markup } : { chat_id: chatId, text: part.text },
  };
  if (!part.requestLocation || !inline) return [call];
  // One reply_markup per message: the inline buttons stay on the question, the keyboard gets its own hint.
  return [call, { method: 'sendMessage', payload: { chat_id: chatId, text: labels.hint, reply_markup: locationKeyboard(labels) } }];
}

function locationKeyboard(labels: LocationLabels): LocationKeyboard {
  return {
    keyboard: [[{ text: labels.button, request_location: true }]],
    one_time_keyboard: true,
    resize_keyboard: true,
    input_field_placeholder: labels.placeholder.slice(0, TELEGRAM_MAX_PLACEHOLDER),
  };
}

/** One button per row, or two per row when every label is short enough to fit side by side. */
export function inlineKeyboard(choices: Choice[]): InlineKeyboard {
  const buttons = choices.map((c) => ({ text: c.label, callback_data: assertCallbackData(c.data) }));
  const short = choices.every((c) => [...c.label].length <= TELEGRAM_SHORT_LABEL);
  const perRow = short && choices.length > 1 ? 2 : 1;
  const rows: InlineButton[][] = [];
  for (let i = 0; i < buttons.length; i += perRow) rows.push(buttons.slice(i, i + perRow));
  return { inline_keyboard: rows };
}

/** callback_data must be 1–64 bytes of UTF-8; anything else is the caller's bug. */
export function assertCallbackData(data: string): string {
  const bytes = byteLength(data);
  if (bytes < 1 || bytes > TELEGRAM_MAX_CALLBACK_BYTES) throw new CallbackDataTooLongError(bytes);
  return data;
}
