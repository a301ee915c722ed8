import { createHash, timingSafeEqual } from 'node:crypto';

export interface ZaloSignatureInput {
  /** The request body exactly as received; never a re-serialisation. */
  rawBody: Uint8Array;
  /** The `X-ZEvent-Signature` header: `mac=<64 hex>`. */
  header: string | undefined;
  appId: string;
  /** The body's `timestamp` field, as the string it is in the JSON. */
  timestamp: string;
  oaSecretKey: string;
}

/** `mac=` + hex SHA-256(appId + rawBody + timestamp + OA secret key): plain SHA-256, not HMAC (reference §3.5). */
export function zaloSignature(rawBody: Uint8Array, appId: string, timestamp: string, oaSecretKey: string): string {
  const hex = createHash('sha256').update(appId, 'utf8').update(rawBody).update(timestamp, 'utf8').update(oaSecretKey, 'utf8').digest('hex');
  return `mac=${hex}`;
}

/** Constant-time check of the webhook signature; false for a missing or malformed header. */
export function verifyZaloSignature(input: ZaloSignatureInput): boolean {
  if (!input.header) return false;
  const got = input.header.trim().replace(/^mac=/i, '').toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(got)) return false;
  const want = zaloSignature(input.rawBody, input.appId, input.timestamp, input.oaSecretKey).slice(4);
  return timingSafeEqual(Buffer.from(got, 'hex'), Buffer.from(want, 'hex'));
}
