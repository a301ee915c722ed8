/** Small typed errors: a code for callers to branch on, and the cause kept. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

export type SendFailure =
  /** Honour `retryAfterMs`; never a failure of the delivery. */
  | 'rate_limited'
  /** Blocked, deactivated, never pressed Start, unfollowed: do not retry. */
  | 'unreachable'
  /**
   * Zalo: outside the 7-day interaction window, or inside its paid part without a Zalo Cloud
   * balance (-320/-321); wait for the user's next message (the delivery's 'waiting_window').
   */
  | 'out_of_window'
  /** Network, 5xx: retry with backoff. */
  | 'transient'
  /** Bad request etc.: retrying will not help. */
  | 'permanent';

export class SendError extends AppError {
  constructor(
    readonly failure: SendFailure,
    message: string,
    readonly retryAfterMs?: number,
    options?: { cause?: unknown },
  ) {
    super(`send_${failure}`, message, options);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super('not_found', `${what} not found`);
  }
}

export class ScopeError extends AppError {
  constructor(message = 'outside the official’s scope') {
    super('out_of_scope', message);
  }
}
