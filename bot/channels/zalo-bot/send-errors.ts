import { SendError } from '../../../core/kernel/errors.js';
import { ZaloBotApiError, ZaloBotTransportError } from './client.js';

/** The platform publishes no reset time; a minute is always enough. */
const ZALOBOT_RATE_LIMIT_RETRY_MS = 60_000;

/**
 * Zalo Bot error → SendError kind. Error codes are thinly documented (reference §6.5, single
 * source): 403 is listed as an internal error, so only a description naming a block makes a
 * user unreachable; 401 (bad token) is the deployment's problem and stays transient.
 */
export function toZaloBotSendError(err: unknown): SendError {
  if (err instanceof SendError) return err;
  const opts = { cause: err };
  if (err instanceof ZaloBotTransportError) return new SendError('transient', err.message, undefined, opts);
  if (!(err instanceof ZaloBotApiError)) {
    return new SendError('permanent', `unexpected send failure: ${(err as Error)?.message ?? String(err)}`, undefined, opts);
  }
  const desc = err.description.toLowerCase();
  if (err.errorCode === 429) {
    const ms = err.retryAfterSec && err.retryAfterSec > 0 ? err.retryAfterSec * 1000 : ZALOBOT_RATE_LIMIT_RETRY_MS;
    return new SendError('rate_limited', err.message, ms, opts);
  }
  if (desc.includes('block')) return new SendError('unreachable', err.message, undefined, opts);
  if ([401, 403, 408].includes(err.errorCode) || err.errorCode >= 500) return new SendError('transient', err.message, undefined, opts);
  return new SendError('permanent', err.message, undefined, opts);
}
