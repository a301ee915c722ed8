import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyZaloSignature, zaloSignature } from '../../bot/channels/zalo-oa/signature.js';

const appId = '360846524940903967';
const secret = 'oa-secret-key';
const ts = '1543908534740';
// Deliberately not JSON.stringify-shaped: spacing and a raw Vietnamese string, as bytes on the wire.
const raw = Buffer.from(
  `{"app_id": "${appId}",  "event_name":"user_send_text","message":{"text":"Tiếng Việt có dấu","msg_id":"x1"},"timestamp":"${ts}"}`,
  'utf8',
);

describe('Zalo webhook signature', () => {
  it('is mac= + plain SHA-256 of app id, raw body, timestamp and OA secret key (not HMAC)', () => {
    const want = createHash('sha256')
      .update(Buffer.concat([Buffer.from(appId), raw, Buffer.from(ts), Buffer.from(secret)]))
      .digest('hex');
    expect(zaloSignature(raw, appId, ts, secret)).toBe(`mac=${want}`);
  });

  it('accepts the right signature, with or without the mac= prefix and in upper case', () => {
    const header = zaloSignature(raw, appId, ts, secret);
    expect(verifyZaloSignature({ rawBody: raw, header, appId, timestamp: ts, oaSecretKey: secret })).toBe(true);
    expect(verifyZaloSignature({ rawBody: raw, header: header.slice(4).toUpperCase(), appId, timestamp: ts, oaSecretKey: secret })).toBe(true);
  });

  it('rejects a missing, malformed or wrong signature', () => {
    const base = { rawBody: raw, appId, timestamp: ts, oaSecretKey: secret };
    expect(verifyZaloSignature({ ...base, header: undefined })).toBe(false);
    expect(verifyZaloSignature({ ...base, header: '' })).toBe(false);
    expect(verifyZaloSignature({ ...base, header: 'mac=zz' })).toBe(false);
    expect(verifyZaloSignature({ ...base, header: `mac=${'0'.repeat(64)}` })).toBe(false);
  });

  it('is bound to the exact bytes, the app id, the timestamp and the key', () => {
    const header = zaloSignature(raw, appId, ts, secret);
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(raw.toString('utf8'))));
    expect(verifyZaloSignature({ rawBody: reserialised, header, appId, timestamp: ts, oaSecretKey: secret })).toBe(false);
    expect(verifyZaloSignature({ rawBody: raw, header, appId: '999', timestamp: ts, oaSecretKey: secret })).toBe(false);
    expect(verifyZaloSignature({ rawBody: raw, header, appId, timestamp: '1543908534741', oaSecretKey: secret })).toBe(false);
    expect(verifyZaloSignature({ rawBody: raw, header, appId, timestamp: ts, oaSecretKey: 'app-secret' })).toBe(false);
  });
});
