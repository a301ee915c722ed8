import { GrammyError, HttpError } from 'grammy';
import { SendError } from '../../../core/kernel/errors.js';

export type UnreachableReason = 'blocked' | 'never_started' | 'deactivated';

/** Unreachable recipient; `reason` tells an official why (and the message carries it too). */
export class TelegramUnreachableError extends SendError {
  constructor(
    readonly reason: UnreachableReason,
    readonly description: string,
  ) {
    super('unreachable', `unreachable: ${reason}`);
  }
}

/** A button's data over 64 bytes would be rejected by Telegram: a bug in the caller, never retried. */
export class CallbackDataTooLongError extends SendError {
  constructor(readonly bytes: number) {
    super('permanent', `callback_data must be 1–64 bytes, got ${bytes}`);
  }
}

/** Used when Telegram gives a 429 without `retry_after` (it always should). */
const DEFAULT_RETRY_AFTER_MS = 1000;

/**
 * Maps a Bot API error to the send failure kinds the lanes act on. Pure, so every branch is
 * unit-tested. `error_code` "is subject to change", so descriptions are checked as well.
 */
export function classifyApiError(code: number, description: string, retryAfterSec?: number): SendError {
  const desc = description.toLowerCase();
  if (code === 429) {
    const ms = retryAfterSec !== undefined && retryAfterSec > 0 ? retryAfterSec * 1000 : DEFAULT_RETRY_AFTER_MS;
    return new SendError('rate_limited', `rate limited (${code})`, ms);
  }
  const reason = unreachableReason(code, desc);
  if (reason) return new TelegramUnreachableError(reason, description);
  if (code >= 500) return new SendError('transient', `bot api ${code}: ${description}`);
  return new SendError('permanent', `bot api ${code}: ${description}`);
}

function unreachableReason(code: number, desc: string): UnreachableReason | null {
  if (desc.includes('deactivated')) return 'deactivated';
  if (desc.includes('blocked') || desc.includes('kicked')) return 'blocked';
  if (desc.includes("can't initiate conversation") || desc.includes('chat not found')) return 'never_started';
  // Any other 403 means we may not write to that chat: treat it like a block, never retry.
  return code === 403 ? 'blocked' : null;
}

/**
 * Any failure of an API call → SendError. The grammY error is deliberately not kept as `cause`:
 * it holds the request payload (message text) and, for network errors, the URL with the token.
 */
export function toSendError(err: unknown): SendError {
  if (err instanceof SendError) return err;
  if (err instanceof GrammyError) return classifyApiError(err.error_code, err.description, err.parameters.retry_after);
  if (err instanceof HttpError) return new SendError('transient', `network error: ${err.message}`);
  return new SendError('transient', `unexpected error: ${err instanceof Error ? err.name : typeof err}`);
}
