import { AppError, SendError } from '../../../core/kernel/errors.js';
import {
  ZaloApiError,
  ZaloBillingError,
  ZaloNoTokenError,
  ZaloOutOfWindowError,
  ZaloRateLimitError,
  ZaloTokenError,
  ZaloTokenRefreshError,
  ZaloTransportError,
  ZaloUnreachableError,
} from './errors.js';
import { MediaLoadError } from './media.js';

/**
 * Zalo failure → the SendError kind the send lanes act on. Token trouble is the deployment's
 * problem, not the recipient's: it stays 'transient' (admins are alerted by the token manager).
 */
export function toSendError(err: unknown): SendError {
  if (err instanceof SendError) return err;
  const opts = { cause: err };
  // Both wait for the user's next message, which reopens the (free) window.
  if (err instanceof ZaloOutOfWindowError || err instanceof ZaloBillingError) return new SendError('out_of_window', err.message, undefined, opts);
  if (err instanceof ZaloUnreachableError) return new SendError('unreachable', err.message, undefined, opts);
  if (err instanceof ZaloRateLimitError) return new SendError('rate_limited', err.message, err.retryAfterMs, opts);
  if (err instanceof ZaloTokenError || err instanceof ZaloTokenRefreshError || err instanceof ZaloNoTokenError) {
    return new SendError('transient', err.message, undefined, opts);
  }
  if (err instanceof ZaloTransportError) return new SendError('transient', err.message, undefined, opts);
  if (err instanceof MediaLoadError || err instanceof ZaloApiError || err instanceof AppError) {
    return new SendError('permanent', err.message, undefined, opts);
  }
  return new SendError('permanent', `unexpected send failure: ${(err as Error)?.message ?? String(err)}`, undefined, opts);
}
