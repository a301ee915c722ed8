import { AppError } from '../../../core/kernel/errors.js';

/**
 * Zalo answers errors with HTTP 200 and a negative `error` code (reference §4). One class per
 * kind callers act on differently; `zaloCode` keeps the exact code for logs.
 */
export class ZaloApiError extends AppError {
  constructor(
    readonly zaloCode: number,
    message: string,
    code = 'zalo_api_error',
    options?: { cause?: unknown },
  ) {
    super(code, `Zalo OA error ${zaloCode}: ${message}`, options);
  }
}

/** -216 invalid / -220 expired access token: refresh once, retry once. */
export class ZaloTokenError extends ZaloApiError {
  constructor(zaloCode: number, message: string) {
    super(zaloCode, message, 'zalo_token');
  }
}

/** -230 / -232: the user has not interacted within 7 days. */
export class ZaloOutOfWindowError extends ZaloApiError {
  constructor(zaloCode: number, message: string) {
    super(zaloCode, message, 'zalo_out_of_window');
  }
}

/** -213 not a follower, -217 blocked the OA, -227 banned or inactive, -244 restricted this message type. */
export class ZaloUnreachableError extends ZaloApiError {
  constructor(zaloCode: number, message: string) {
    super(zaloCode, message, 'zalo_unreachable');
  }
}

/**
 * -320 app not linked to a Zalo Cloud Account / -321 its balance is used up: a message in the
 * paid part of the window (48 h – 7 days after the user's last interaction) cannot be paid for.
 * Parked like an out-of-window message: when the user writes again the free window reopens.
 */
export class ZaloBillingError extends ZaloApiError {
  constructor(zaloCode: number, message: string) {
    super(zaloCode, message, 'zalo_billing');
  }
}

/** -32: 4,000 requests/min per app exceeded; the request was not executed. */
export class ZaloRateLimitError extends ZaloApiError {
  constructor(
    zaloCode: number,
    message: string,
    readonly retryAfterMs: number,
  ) {
    super(zaloCode, message, 'zalo_rate_limited');
  }
}

/** Network failure, timeout, HTTP 5xx or a non-JSON answer: nothing was decided, retry later. */
export class ZaloTransportError extends AppError {
  constructor(
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super('zalo_transport', message, options);
  }
}

/** The OAuth server refused or failed a refresh; the stored pair was kept. */
export class ZaloTokenRefreshError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('zalo_token_refresh_failed', message, options);
  }
}

/** No token pair stored yet: seed one from config or with the admin CLI. */
export class ZaloNoTokenError extends AppError {
  constructor() {
    super('zalo_no_token', 'no Zalo OA token pair stored; set ZALO_ACCESS_TOKEN/ZALO_REFRESH_TOKEN or use the admin CLI');
  }
}

const TOKEN_CODES: readonly number[] = [-216, -220];
const OUT_OF_WINDOW_CODES: readonly number[] = [-230, -232];
const UNREACHABLE_CODES: readonly number[] = [-213, -217, -227, -244];
const BILLING_CODES: readonly number[] = [-320, -321];

export function zaloErrorFromCode(code: number, message: string, retryAfterMs: number): ZaloApiError {
  if (TOKEN_CODES.includes(code)) return new ZaloTokenError(code, message);
  if (OUT_OF_WINDOW_CODES.includes(code)) return new ZaloOutOfWindowError(code, message);
  if (UNREACHABLE_CODES.includes(code)) return new ZaloUnreachableError(code, message);
  if (BILLING_CODES.includes(code)) return new ZaloBillingError(code, message);
  if (code === -32) return new ZaloRateLimitError(code, message, retryAfterMs);
  return new ZaloApiError(code, message);
}
