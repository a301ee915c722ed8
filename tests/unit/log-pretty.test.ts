import { describe, expect, it } from 'vitest';
import { formatLogLine } from '../../core/platform/log-pretty.js';
import { createPinoLogger, logFormatOf } from '../../core/platform/log-pino.js';

describe('readable log lines for development', () => {
  it('one line per record: time, level, message, then the fields a person needs', () => {
    const line = formatLogLine(
      JSON.stringify({
        level: 40,
        time: Date.UTC(2026, 0, 2, 3, 4, 5),
        app: 'dlxh-bot',
        msg: 'worker error',
        queue: 'alerts',
        attempts: 3,
        err: { name: 'Error', code: 'ECONNREFUSED', message: 'connect refused' },
      }),
    );
    expect(line).toMatch(/^\d{2}:\d{2}:\d{2} WARN {2}worker error {2}queue=alerts attempts=3 err="Error\(ECONNREFUSED\): connect refused"\n$/);
    expect(line).not.toContain('dlxh-bot');
  });

  it('a line that is not JSON passes through unchanged', () => {
    expect(formatLogLine('plain words')).toBe('plain words\n');
  });

  it('redaction still applies: the formatter only ever sees what pino serialised', () => {
    const out: string[] = [];
    const logger = createPinoLogger('info', { write: (s: string) => void out.push(s) }, 'pretty');
    logger.info({ token: 'bot-secret-token', text: 'nội dung tin nhắn', chat: 'telegram:1' }, 'update');
    expect(out.join('')).toMatch(/INFO {2}update {2}.*token=\[redacted\]/);
    expect(out.join('')).not.toMatch(/bot-secret-token|nội dung/);
  });

  it('auto: pretty in development, JSON for production and tests; explicit settings win', () => {
    expect(logFormatOf({ LOG_FORMAT: 'auto', NODE_ENV: 'development' })).toBe('pretty');
    expect(logFormatOf({ LOG_FORMAT: 'auto', NODE_ENV: 'production' })).toBe('json');
    expect(logFormatOf({ LOG_FORMAT: 'auto', NODE_ENV: 'test' })).toBe('json');
    expect(logFormatOf({ LOG_FORMAT: 'json', NODE_ENV: 'development' })).toBe('json');
    expect(logFormatOf({ LOG_FORMAT: 'pretty', NODE_ENV: 'production' })).toBe('pretty');
  });
});
