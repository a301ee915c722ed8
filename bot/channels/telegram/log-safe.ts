import { GrammyError } from 'grammy';
import { AppError, SendError } from '../../../core/kernel/errors.js';

/**
 * What of an error may be logged: its kind and code, never its message, which can carry the
 * request payload (user text) or, for network errors, the URL with the bot token.
 */
export function errorSummary(err: unknown): Record<string, string | number> {
  if (err instanceof SendError) return { name: err.name, code: err.code, failure: err.failure };
  if (err instanceof GrammyError) return { name: err.name, method: err.method, errorCode: err.error_code };
  if (err instanceof AppError) return { name: err.name, code: err.code };
  if (err instanceof Error) return { name: err.name };
  return { name: typeof err };
}
