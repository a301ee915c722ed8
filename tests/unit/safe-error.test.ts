import { describe, expect, it } from 'vitest';
import { SendError } from '../../core/kernel/errors.js';
import { safeError } from '../../core/kernel/safe-error.js';
import { captureLogs } from '../helpers/log-capture.js';

const BODY = 'Đường Lê Lợi ngập sâu, số nhà 12 bà Nguyễn Thị Hoa';

/** Throws what `fn` throws and logs it the way every log site does. */
function logged(fn: () => unknown): { raw: string; err: Record<string, unknown> } {
  const logs = captureLogs();
  try {
    fn();
    throw new Error('expected a throw');
  } catch (err) {
    logs.logger.warn({ err: safeError(err) }, 'something failed');
  }
  return { raw: logs.raw(), err: logs.entries()[0]!.err as Record<string, unknown> };
}

describe('safeError: what of an error reaches the log', () => {
  it('a parser error quoting the message body is logged without the body', () => {
    const { raw, err } = logged(() => JSON.parse(`${BODY} }`));
    expect(raw).not.toContain('Lê Lợi');
    expect(raw).not.toContain('Đường');
    expect(err).toMatchObject({ name: 'SyntaxError' });
    expect(String(err.message)).toContain('is not valid JSON');
  });

  it('an error of our own that quotes user text drops the quoted part, keeps the rest', () => {
    const { raw, err } = logged(() => {
      throw new Error(`could not parse "${BODY}" as an address\nsecond line with ${BODY}`);
    });
    expect(raw).not.toContain('Lê Lợi');
    expect(err.message).toBe('could not parse "…" as an address');
  });

  it('a database error wrapped with its query and parameters keeps only the SQLSTATE', () => {
    const { raw, err } = logged(() => {
      const cause = Object.assign(new Error(`invalid input syntax for type uuid: "${BODY}"`), { code: '22P02' });
      throw new Error(`Failed query: insert into reports (body) values ($1)\nparams: ${BODY}`, { cause });
    });
    expect(raw).not.toContain('Lê Lợi');
    expect(raw).not.toContain('insert into');
    expect(err).toMatchObject({ code: '22P02', message: 'database error (SQLSTATE in code)' });
  });

  it('a bot token in a URL is masked; errno codes stay codes', () => {
    const { raw, err } = logged(() => {
      throw Object.assign(new Error('request to https://api.telegram.org/bot123456:AAE-secret/sendMessage failed'), { code: 'EPIPE' });
    });
    expect(raw).not.toContain('AAE-secret');
    expect(err).toMatchObject({ code: 'EPIPE', message: 'request to https://api.telegram.org/bot<redacted>/sendMessage failed' });
  });

  it('a failed send keeps its kind; a platform error its method and code', () => {
    expect(safeError(new SendError('rate_limited', `429 for "${BODY}"`, 1000))).toMatchObject({ code: 'send_rate_limited', failure: 'rate_limited' });
    const grammy = Object.assign(new Error("Call to 'sendMessage' failed! (403: Forbidden: bot was blocked by the user)"), {
      method: 'sendMessage',
      error_code: 403,
    });
    expect(safeError(grammy)).toMatchObject({ method: 'sendMessage', errorCode: 403 });
    expect(safeError('a string')).toEqual({ name: 'string', message: 'non-error thrown' });
  });
});
