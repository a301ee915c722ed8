import { pino } from 'pino';
import type { Logger } from '../kernel/logger.js';
import type { Config } from './config.js';
import { createPrettyDestination } from './log-pretty.js';

/**
 * Paths that may carry secrets or message bodies (DESIGN §4.8). Message text, phone numbers,
 * tokens and captions never reach the log at any level.
 */
const redactPaths = [
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.access_token',
  '*.refresh_token',
  '*.secret',
  '*.password',
  '*.authorization',
  '*.text',
  '*.caption',
  '*.body',
  '*.phone',
  '*.phone_number',
  'req.headers.authorization',
  'req.headers["x-telegram-bot-api-secret-token"]',
  'req.headers["x-zevent-signature"]',
  'req.headers["x-bot-api-secret-token"]',
  'text',
  'body',
  'token',
];

export type LogFormat = 'json' | 'pretty';

/** Readable lines for a person in development; JSON lines for log collectors everywhere else. */
export function logFormatOf(config: Pick<Config, 'LOG_FORMAT' | 'NODE_ENV'>): LogFormat {
  if (config.LOG_FORMAT !== 'auto') return config.LOG_FORMAT;
  return config.NODE_ENV === 'development' ? 'pretty' : 'json';
}

export function createPinoLogger(level: string, destination?: pino.DestinationStream, format: LogFormat = 'json'): Logger {
  const out = format === 'pretty' ? createPrettyDestination(destination ?? process.stdout) : destination;
  return pino({ level, redact: { paths: redactPaths, censor: '[redacted]' }, base: { app: 'dlxh-bot' } }, out);
}
