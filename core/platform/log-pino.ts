import { pino } from 'pino';
import type { Logger } from '../kernel/logger.js';

/**
 * Paths that may carry secrets or message bodies (DESIGN §4.8). Message text, phone numbers,
 * tokens and captions never reach the log at any level.
 */
export const redactPaths = [
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

export function createPinoLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, redact: { paths: redactPaths, censor: '[redacted]' }, base: { app: 'dlxh-bot' } }, destination);
}
