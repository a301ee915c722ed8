import type { IncomingMessage } from 'node:http';

/** Raw Bot API update shapes (as in tests/fixtures/telegram/*.json), for a private chat with `chatId`. */
export type RawUpdate = Record<string, unknown> & { update_id?: number };

const BASE_DATE = 1_763_798_400;

function user(chatId: string) {
  return { id: Number(chatId), is_bot: false, first_name: 'CTV', last_name: chatId, language_code: 'vi' };
}

function privateChat(chatId: string) {
  return { id: Number(chatId), first_name: 'CTV', last_name: chatId, type: 'private' };
}

let messageSeq = 1;

function message(chatId: string, content: Record<string, unknown>): RawUpdate {
  return { message: { message_id: messageSeq++, from: user(chatId), chat: privateChat(chatId), date: BASE_DATE, ...content } };
}

export const updates = {
  text: (chatId: string, text: string) => message(chatId, { text }),
  location: (chatId: string, latitude: number, longitude: number) => message(chatId, { location: { latitude, longitude } }),
  photo: (chatId: string, tag = String(messageSeq)) =>
    message(chatId, {
      photo: [
        { file_id: `AgACAg-small-${tag}`, file_unique_id: `AQs-${tag}`, file_size: 1200, width: 90, height: 67 },
        { file_id: `AgACAg-large-${tag}`, file_unique_id: `AQl-${tag}`, file_size: 81200, width: 1280, height: 960 },
      ],
    }),
  callback: (chatId: string, data: string, messageId = 1): RawUpdate => ({
    callback_query: {
      id: `cbq-${chatId}-${messageSeq++}`,
      from: user(chatId),
      message: { message_id: messageId, from: { id: 1, is_bot: true, first_name: 'Bot' }, chat: privateChat(chatId), date: BASE_DATE, text: '…' },
      chat_instance: '-5823914562374859103',
      data,
    },
  }),
  memberStatus: (chatId: string, status: 'kicked' | 'member'): RawUpdate => ({
    my_chat_member: {
      chat: privateChat(chatId),
      from: user(chatId),
      date: BASE_DATE,
      old_chat_member: { user: { id: 1, is_bot: true, first_name: 'Bot' }, status: status === 'kicked' ? 'member' : 'kicked' },
      new_chat_member: { user: { id: 1, is_bot: true, first_name: 'Bot' }, status },
    },
  }),
};

/**
 * Request parameters as the Bot API accepts them: JSON body, urlencoded or multipart form, or a
 * query string. Form values are strings; JSON-looking ones (reply_markup) are decoded like the
 * real server does. Uploaded files become `{ upload: name, size }`.
 */
export async function readParams(req: IncomingMessage, url: URL): Promise<Record<string, unknown>> {
  const params: Record<string, unknown> = Object.fromEntries(url.searchParams);
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return params;
  const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('application/json')) return { ...params, ...(JSON.parse(body.toString('utf8')) as object) };
  if (type.startsWith('application/x-www-form-urlencoded')) return decodeForm(params, new URLSearchParams(body.toString('utf8')));
  if (type.startsWith('multipart/form-data')) return { ...params, ...parseMultipart(body, type) };
  throw new SyntaxError('unsupported content type');
}

/**
 * A lenient multipart parser: grammY writes `filename=` unquoted (non-ASCII too), which the
 * real Bot API server accepts but WHATWG FormData parsing rejects.
 */
function parseMultipart(body: Buffer, type: string): Record<string, unknown> {
  const boundary = /boundary=("?)([^";]+)\1/.exec(type)?.[2];
  if (!boundary) throw new SyntaxError('multipart without boundary');
  const params: Record<string, unknown> = {};
  const delimiter = Buffer.from(`--${boundary}`);
  let at = body.indexOf(delimiter);
  while (at !== -1) {
    const start = at + delimiter.length + 2;
    const next = body.indexOf(delimiter, start);
    if (next === -1) break;
    const part = body.subarray(start, next - 2);
    const split = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, split).toString('utf8');
    const content = part.subarray(split + 4);
    const name = /name="?([^";\r\n]+)"?/.exec(headers)?.[1];
    const file = /filename="?([^";\r\n]+)"?/.exec(headers)?.[1];
    if (name) params[name] = file !== undefined ? { upload: file, size: content.length } : decodeValue(content.toString('utf8'));
    at = next;
  }
  return params;
}

function decodeForm(params: Record<string, unknown>, form: URLSearchParams): Record<string, unknown> {
  for (const [key, value] of form) params[key] = decodeValue(value);
  return params;
}

function decodeValue(value: string): unknown {
  if (value.startsWith('{') || value.startsWith('[')) {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  return value;
}
