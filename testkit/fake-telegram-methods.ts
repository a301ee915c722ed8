/** Bot API methods of the fake server, with the validation Telegram applies. */

export class BotApiError extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: Record<string, unknown>,
  ) {
    super(description);
  }
}

export interface StoredMessage {
  chatId: string;
  messageId: number;
  method: string;
  /** Text, or caption for media. */
  text: string;
  replyMarkup?: Record<string, unknown>;
  media?: string;
  edits: number;
}

type Params = Record<string, unknown>;
type Method = (p: Params) => unknown;

const MAX_TEXT = 4096;
const MAX_CAPTION = 1024;
const MAX_CALLBACK_BYTES = 64;
const MAX_INLINE_BUTTONS = 100;

export function createMethods(bot: Record<string, unknown>, record: boolean, files: ReadonlyMap<string, Uint8Array> = new Map()) {
  const messages: StoredMessage[] = [];
  const byKey = new Map<string, StoredMessage>();
  const answered = new Set<string>();
  let nextMessageId = 1;

  function store(p: Params, method: string, text: string, media?: string): Record<string, unknown> {
    const chatId = requireChat(p);
    const messageId = nextMessageId++;
    const markup = validateMarkup(p.reply_markup);
    if (record) {
      const m: StoredMessage = { chatId, messageId, method, text, edits: 0 };
      if (markup) m.replyMarkup = markup;
      if (media !== undefined) m.media = media;
      messages.push(m);
      byKey.set(`${chatId}:${messageId}`, m);
    }
    const result: Record<string, unknown> = { message_id: messageId, from: bot, chat: chatOf(chatId), date: Math.floor(Date.now() / 1000) };
    if (method === 'sendMessage') result.text = text;
    else if (text) result.caption = text;
    if (method === 'sendPhoto') result.photo = [{ file_id: `AgAC-sent-${messageId}`, file_unique_id: `AQ-${messageId}`, width: 800, height: 600 }];
    if (method === 'sendDocument') result.document = { file_id: `BQAC-sent-${messageId}`, file_unique_id: `AD-${messageId}` };
    if (markup) result.reply_markup = markup;
    return result;
  }

  const methods: Record<string, Method> = {
    getMe: () => bot,
    sendMessage: (p) => store(p, 'sendMessage', requireText(p.text)),
    sendPhoto: (p) => store(p, 'sendPhoto', caption(p.caption), requireString(p.photo, 'photo')),
    sendDocument: (p) => store(p, 'sendDocument', caption(p.caption), requireString(p.document, 'document')),
    sendLocation: (p) => ({ ...store(p, 'sendLocation', ''), location: point(p) }),
    sendVenue: (p) => {
      const venue = { location: point(p), title: requireString(p.title, 'title'), address: requireString(p.address, 'address') };
      return { ...store(p, 'sendVenue', `${venue.title}\n${venue.address}`), venue, location: venue.location };
    },
    editMessageText(p) {
      const m = byKey.get(`${requireChat(p)}:${Number(p.message_id)}`);
      if (!m) throw new BotApiError(400, 'Bad Request: message to edit not found');
      const text = requireText(p.text);
      const markup = validateMarkup(p.reply_markup);
      if (text === m.text && JSON.stringify(markup) === JSON.stringify(m.replyMarkup)) {
        throw new BotApiError(
          400,
          'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
        );
      }
      m.text = text;
      m.edits++;
      if (markup) m.replyMarkup = markup;
      else delete m.replyMarkup;
      return { message_id: m.messageId, from: bot, chat: chatOf(m.chatId), date: 0, edit_date: Math.floor(Date.now() / 1000), text };
    },
    answerCallbackQuery(p) {
      const id = requireString(p.callback_query_id, 'callback_query_id');
      if (answered.has(id)) throw new BotApiError(400, 'Bad Request: query is too old and response timeout expired or query ID is invalid');
      answered.add(id);
      return true;
    },
    setWebhook: (p) => (requireString(p.url, 'url'), true),
    deleteWebhook: () => true,
    getWebhookInfo: () => ({ url: '', has_custom_certificate: false, pending_update_count: 0 }),
    getFile: (p) => {
      const id = requireString(p.file_id, 'file_id');
      return { file_id: id, file_unique_id: `u-${id}`, file_size: files.get(id)?.length ?? 1024, file_path: `files/${id}.jpg` };
    },
  };
  return { methods, state: { messages, answered } };
}

function chatOf(chatId: string) {
  const n = Number(chatId);
  return { id: Number.isSafeInteger(n) ? n : chatId, type: 'private' };
}

function requireChat(p: Params): string {
  if (p.chat_id === undefined || p.chat_id === '') throw new BotApiError(400, 'Bad Request: chat_id is empty');
  return String(p.chat_id);
}

/** latitude −90…90 and longitude −180…180, as numbers (JSON) or numeric strings (form data). */
function point(p: Params): { latitude: number; longitude: number } {
  const latitude = Number(p.latitude);
  const longitude = Number(p.longitude);
  if (p.latitude === undefined || !(Math.abs(latitude) <= 90)) throw new BotApiError(400, 'Bad Request: wrong latitude specified');
  if (p.longitude === undefined || !(Math.abs(longitude) <= 180)) throw new BotApiError(400, 'Bad Request: wrong longitude specified');
  return { latitude, longitude };
}

function requireString(v: unknown, name: string): string {
  if (typeof v !== 'string' || v.length === 0) throw new BotApiError(400, `Bad Request: parameter "${name}" is required`);
  return v;
}

function requireText(v: unknown): string {
  if (typeof v !== 'string' || v.trim().length === 0) throw new BotApiError(400, 'Bad Request: message text is empty');
  if (v.length > MAX_TEXT) throw new BotApiError(400, 'Bad Request: message is too long');
  return v;
}

function caption(v: unknown): string {
  if (v === undefined) return '';
  if (typeof v !== 'string') throw new BotApiError(400, 'Bad Request: wrong caption');
  if (v.length > MAX_CAPTION) throw new BotApiError(400, 'Bad Request: message caption is too long');
  return v;
}

function validateMarkup(v: unknown): Record<string, unknown> | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'object' || v === null) throw new BotApiError(400, "Bad Request: can't parse reply keyboard markup JSON object");
  const rows = (v as { inline_keyboard?: unknown }).inline_keyboard;
  if (rows === undefined) return v as Record<string, unknown>;
  if (!Array.isArray(rows)) throw new BotApiError(400, 'Bad Request: field "inline_keyboard" must be an Array');
  let count = 0;
  for (const row of rows as { text?: unknown; callback_data?: unknown }[][]) {
    for (const b of row) {
      count++;
      if (typeof b.text !== 'string' || b.text.length === 0) throw new BotApiError(400, 'Bad Request: text buttons are unallowed in the inline keyboard');
      const bytes = Buffer.byteLength(String(b.callback_data ?? ''), 'utf8');
      if (bytes < 1 || bytes > MAX_CALLBACK_BYTES) throw new BotApiError(400, 'Bad Request: BUTTON_DATA_INVALID');
    }
  }
  if (count > MAX_INLINE_BUTTONS) throw new BotApiError(400, 'Bad Request: too many inline keyboard buttons');
  return v as Record<string, unknown>;
}
