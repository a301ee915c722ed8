import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { InboundPayload } from '../../../core/kernel/messages.js';
import { byteLength, storableText } from '../../../core/kernel/text.js';
import { SANDBOX_MAX_CALLBACK_BYTES } from './render.js';

/** Every error the API answers with; each has a `sandbox-error-<code>` template. */
export const SANDBOX_ERROR_CODES = [
  'bad_json',
  'bad_request',
  'unsupported_media_type',
  'unknown_account',
  'empty_text',
  'text_too_long',
  'account_blocked',
  'handler_failed',
  'payload_too_large',
  'forbidden_remote',
] as const;
export type SandboxErrorCode = (typeof SANDBOX_ERROR_CODES)[number];

export type Lang = 'vi' | 'en';

const account = z.string().min(1).max(100);
const lang = z.enum(['vi', 'en']).optional();

/** Exactly one of text / choice / location / photo. `id` lets the page resend safely. */
const sendBody = z
  .object({
    account,
    lang,
    id: z
      .string()
      .regex(/^[A-Za-z0-9-]{8,64}$/)
      .optional(),
    text: z.string().optional(),
    choice: z.string().optional(),
    location: z
      .object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) })
      .strict()
      .optional(),
    photo: z.literal(true).optional(),
    caption: z.string().max(1024).optional(),
  })
  .strict();

export const blockBody = z.object({ account, lang, blocked: z.boolean() }).strict();
export const faultsBody = z.object({ account, lang, rateLimitedSends: z.number().int().min(0).max(1000) }).strict();

export type ParsedSend =
  | { ok: true; account: string; lang: Lang | undefined; updateKey: string; payload: InboundPayload }
  | { ok: false; code: SandboxErrorCode; lang?: Lang | undefined };

/**
 * Validates a POST /api/send body into the InboundPayload the engine gets. Every string is made
 * storable first (U+0000, lone surrogates: see storableText), like every channel's parser.
 */
export function parseSendBody(body: unknown, maxText: number): ParsedSend {
  const parsed = sendBody.safeParse(body);
  if (!parsed.success) return { ok: false, code: 'bad_request' };
  const b = storableBody(parsed.data);
  // An account id made only of what cannot be stored is no account at all.
  if (b.account.length === 0) return { ok: false, code: 'bad_request', lang: b.lang };
  const kinds = [b.text !== undefined, b.choice !== undefined, b.location !== undefined, b.photo !== undefined].filter(Boolean);
  if (kinds.length !== 1) return { ok: false, code: 'bad_request', lang: b.lang };
  const payload = toPayload(b, maxText);
  if ('code' in payload) return { ok: false, code: payload.code, lang: b.lang };
  return { ok: true, account: b.account, lang: b.lang, updateKey: b.id ?? randomUUID(), payload };
}

function storableBody(b: z.infer<typeof sendBody>): z.infer<typeof sendBody> {
  const clean = (v: string | undefined) => (v === undefined ? undefined : storableText(v));
  return { ...b, account: storableText(b.account), text: clean(b.text), choice: clean(b.choice), caption: clean(b.caption) };
}

function toPayload(b: z.infer<typeof sendBody>, maxText: number): InboundPayload | { code: SandboxErrorCode } {
  if (b.text !== undefined) {
    if (b.text.trim().length === 0) return { code: 'empty_text' };
    if (b.text.length > maxText) return { code: 'text_too_long' };
    return { type: 'text', text: b.text };
  }
  if (b.choice !== undefined) {
    const bytes = byteLength(b.choice);
    if (bytes < 1 || bytes > SANDBOX_MAX_CALLBACK_BYTES) return { code: 'bad_request' };
    return { type: 'choice', data: b.choice };
  }
  if (b.location) return { type: 'location', latitude: b.location.lat, longitude: b.location.lng };
  // A dummy file reference: the sandbox has no file store; download jobs must tolerate it.
  const id = randomUUID();
  const media = { kind: 'photo' as const, fileId: `sandbox-photo-${id}`, fileUniqueId: `sandbox-${id}`, mimeType: 'image/jpeg', size: 0 };
  return b.caption ? { type: 'media', media, caption: b.caption } : { type: 'media', media };
}
