/** Pieces of the fake Zalo OA server: wire answers and the CS message checks Zalo enforces. */

export type Json = Record<string, unknown>;

const ZALO_ERROR_MESSAGES: Record<number, string> = {
  [-32]: 'Your application reached limit call api',
  [-201]: 'user_id is invalid!',
  [-210]: 'Parameter exceeds allowable limit',
  [-213]: 'User has not followed OA',
  [-216]: 'Access token is invalid',
  [-220]: 'access_token is expired or removed',
  [-230]: 'User has not interacted with the OA in the past 7 days',
  [-320]: 'Your app needs to connect with Zalo Cloud Account to use paid features',
  [-321]: 'Your Zalo Cloud Account is out of money',
};

export const ok = (data: unknown): Json => ({ data, error: 0, message: 'Success' });
export const zaloError = (code: number): Json => ({ error: code, message: ZALO_ERROR_MESSAGES[code] ?? 'Error' });

/** What the fake OA accepted on /v3.0/oa/message/cs, normalised for assertions. */
export interface FakeZaloMessage {
  messageId: string;
  userId: string;
  accessToken: string;
  text: string;
  buttons: { title: string; type: string; payload: unknown }[];
  kind: 'text' | 'image' | 'file';
  image?: { url?: string; attachmentId?: string };
  fileToken?: string;
  raw: Json;
}

/** Validates a CS body like Zalo does (2,000 chars, ≤ 5 buttons); returns an error code or the message. */
export function readCsBody(body: Json, messageId: string, accessToken: string): FakeZaloMessage | number {
  const userId = (body.recipient as Json | undefined)?.user_id;
  const message = (body.message ?? {}) as Json;
  if (typeof userId !== 'string' || !userId) return -201;
  const text = typeof message.text === 'string' ? message.text : '';
  if (text.length > 2000) return -210;
  const attachment = (message.attachment ?? {}) as Json;
  const payload = (attachment.payload ?? {}) as Json;
  const buttons = Array.isArray(payload.buttons) ? (payload.buttons as FakeZaloMessage['buttons']) : [];
  if (buttons.length > 5) return -210;
  if (buttons.some((b) => String(b.title ?? '').length > 100 || String(typeof b.payload === 'string' ? b.payload : '').length > 1000)) return -210;
  const base = { messageId, userId, accessToken, text, buttons, raw: body };
  if (attachment.type === 'file') return { ...base, kind: 'file', fileToken: String(payload.token ?? '') };
  if (payload.template_type === 'media') {
    const el = ((payload.elements as Json[] | undefined) ?? [])[0] ?? {};
    const image = { ...(el.url ? { url: String(el.url) } : {}), ...(el.attachment_id ? { attachmentId: String(el.attachment_id) } : {}) };
    return { ...base, kind: 'image', image };
  }
  if (!text) return -201;
  return { ...base, kind: 'text' };
}

/** Parses a multipart upload with the platform's own parser (Request.formData). */
export async function readUpload(body: Buffer, contentType: string): Promise<{ fileName: string; size: number; type: string } | null> {
  try {
    const form = await new Request('http://fake/upload', { method: 'POST', headers: { 'content-type': contentType }, body }).formData();
    const file = form.get('file');
    if (!file || typeof file === 'string') return null;
    return { fileName: file.name, size: file.size, type: file.type };
  } catch {
    return null;
  }
}

/**
 * What the OA upload endpoints take (reference §5.3): upload/image jpg/png ≤ 1 MB, upload/file
 * pdf/doc/docx ≤ 5 MB. A voice note or a video is refused (the error code is not documented).
 */
export function uploadAccepted(kind: 'image' | 'file', file: { fileName: string; size: number }): boolean {
  const ext = /\.([a-z0-9]+)$/i.exec(file.fileName)?.[1]?.toLowerCase() ?? '';
  if (kind === 'image') return ['jpg', 'jpeg', 'png'].includes(ext) && file.size <= 1_000_000;
  return ['pdf', 'doc', 'docx'].includes(ext) && file.size <= 5_000_000;
}
