import { describe, expect, it } from 'vitest';
import { ZaloBotApiError, ZaloBotTransportError } from '../../bot/channels/zalo-bot/client.js';
import { toZaloBotSendError } from '../../bot/channels/zalo-bot/send-errors.js';
import { ZaloTokenRefreshError, ZaloTransportError, zaloErrorFromCode } from '../../bot/channels/zalo-oa/errors.js';
import { toSendError } from '../../bot/channels/zalo-oa/send-errors.js';

const oa = (code: number) => toSendError(zaloErrorFromCode(code, 'msg', 60_000));

describe('Zalo OA error → SendError', () => {
  it('-230 / -232 are out of the 7-day window', () => {
    expect(oa(-230).failure).toBe('out_of_window');
    expect(oa(-232).failure).toBe('out_of_window');
  });
  it('-320 / -321 (paid window, no Zalo Cloud account or balance) park the message like -230, not fail it', () => {
    expect(oa(-320).failure).toBe('out_of_window');
    expect(oa(-321).failure).toBe('out_of_window');
  });
  it('not a follower, blocked, banned or restricted users are unreachable', () => {
    for (const code of [-213, -217, -227, -244]) expect(oa(code).failure).toBe('unreachable');
  });
  it('-32 is rate limited with a minute to wait', () => {
    expect(oa(-32)).toMatchObject({ failure: 'rate_limited', retryAfterMs: 60_000 });
  });
  it('token trouble and transport failures are transient; other codes permanent', () => {
    expect(oa(-216).failure).toBe('transient');
    expect(toSendError(new ZaloTokenRefreshError('x')).failure).toBe('transient');
    expect(toSendError(new ZaloTransportError('HTTP 502', 502)).failure).toBe('transient');
    expect(oa(-201).failure).toBe('permanent');
    expect(oa(-100).failure).toBe('permanent');
  });
  it('keeps the Zalo code in the message and the original as cause', () => {
    const e = oa(-230);
    expect(e.message).toContain('-230');
    expect(e.cause).toBeInstanceOf(Error);
  });
});

describe('Zalo Bot error → SendError', () => {
  it('maps 429, block descriptions, server/token trouble and bad requests', () => {
    expect(toZaloBotSendError(new ZaloBotApiError(429, 'Too many requests', 7))).toMatchObject({ failure: 'rate_limited', retryAfterMs: 7000 });
    expect(toZaloBotSendError(new ZaloBotApiError(429, 'quota exceeded')).retryAfterMs).toBe(60_000);
    expect(toZaloBotSendError(new ZaloBotApiError(400, 'User has blocked the bot')).failure).toBe('unreachable');
    expect(toZaloBotSendError(new ZaloBotApiError(403, 'Internal server error')).failure).toBe('transient');
    expect(toZaloBotSendError(new ZaloBotApiError(401, 'Unauthorized')).failure).toBe('transient');
    expect(toZaloBotSendError(new ZaloBotTransportError('ECONNRESET')).failure).toBe('transient');
    expect(toZaloBotSendError(new ZaloBotApiError(400, 'Bad Request: text too long')).failure).toBe('permanent');
  });
});
