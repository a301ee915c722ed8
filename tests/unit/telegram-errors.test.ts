import { GrammyError, HttpError } from 'grammy';
import { describe, expect, it } from 'vitest';
import { classifyApiError, TelegramUnreachableError, toSendError } from '../../bot/channels/telegram/errors.js';
import { SendError } from '../../core/kernel/errors.js';

describe('classifyApiError', () => {
  it('429 → rate_limited with retry_after in ms (1 s when Telegram omits it)', () => {
    const e = classifyApiError(429, 'Too Many Requests: retry after 7', 7);
    expect([e.failure, e.retryAfterMs]).toEqual(['rate_limited', 7000]);
    expect(classifyApiError(429, 'Too Many Requests').retryAfterMs).toBe(1000);
  });

  it.each([
    [403, 'Forbidden: bot was blocked by the user', 'blocked'],
    [403, 'Forbidden: user is deactivated', 'deactivated'],
    [403, "Forbidden: bot can't initiate conversation with a user", 'never_started'],
    [400, 'Bad Request: chat not found', 'never_started'],
    [400, 'Bad Request: USER_IS_BLOCKED', 'blocked'],
    [403, 'Forbidden: something new', 'blocked'],
  ])('%i %s → unreachable (%s)', (code, description, reason) => {
    const e = classifyApiError(code, description);
    expect(e).toBeInstanceOf(TelegramUnreachableError);
    expect(e.failure).toBe('unreachable');
    expect((e as TelegramUnreachableError).reason).toBe(reason);
    expect(e.message).toBe(`unreachable: ${reason}`);
  });

  it('5xx → transient, other 4xx → permanent', () => {
    expect(classifyApiError(500, 'Internal Server Error').failure).toBe('transient');
    expect(classifyApiError(502, 'Bad Gateway').failure).toBe('transient');
    expect(classifyApiError(400, 'Bad Request: message text is empty').failure).toBe('permanent');
    expect(classifyApiError(401, 'Unauthorized').failure).toBe('permanent');
  });
});

describe('toSendError', () => {
  it('maps grammY errors without keeping their payload (message text) as cause', () => {
    const err = new GrammyError(
      "Call to 'sendMessage' failed!",
      { ok: false, error_code: 429, description: 'Too Many Requests: retry after 3', parameters: { retry_after: 3 } },
      'sendMessage',
      { chat_id: 1, text: 'nội dung bí mật' },
    );
    const e = toSendError(err);
    expect([e.failure, e.retryAfterMs]).toEqual(['rate_limited', 3000]);
    expect(e.cause).toBeUndefined();
    expect(JSON.stringify({ ...e, message: e.message })).not.toContain('bí mật');
  });

  it('network errors → transient; a SendError passes through; anything else → transient', () => {
    expect(toSendError(new HttpError("Network request for 'sendMessage' failed!", new Error('ECONNRESET'))).failure).toBe('transient');
    const own = new SendError('permanent', 'x');
    expect(toSendError(own)).toBe(own);
    expect(toSendError('weird').failure).toBe('transient');
  });
});
