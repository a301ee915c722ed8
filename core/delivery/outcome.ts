import type { SendFailure } from '../kernel/errors.js';

/**
 * The one vocabulary of outbound delivery (DESIGN §4.4), shared by the `sends` ledger (alerts,
 * reminders, polls…) and broadcast deliveries.
 *
 * End states of a row: 'sent'; 'waiting_window' (Zalo's 7-day window is closed: released when the
 * person writes again); 'unreachable' (the account refuses us — blocked, never started, deactivated
 * — or this process has no adapter for the channel, and the person has no other channel);
 * 'failed' (the provider refused this message for good, or retries ran out).
 */
export type EndState = 'sent' | 'waiting_window' | 'unreachable' | 'failed';

/** How one send job ended: an end state, or 'skipped' (nothing to do), 'quiet' (paused for quiet hours), 'retargeted' (moved to the person's next channel). */
export type SendOutcome = EndState | 'skipped' | 'quiet' | 'retargeted';

/** Why a message cannot go out on this channel (no retry on it). */
export type Refusal = Exclude<SendFailure, 'rate_limited' | 'transient'> | 'no_adapter' | 'no_content' | 'gave_up';

/** Where a refused row ends when the person has no other channel. */
export function endStateOf(kind: Refusal): Exclude<EndState, 'sent'> {
  if (kind === 'out_of_window') return 'waiting_window';
  if (kind === 'unreachable' || kind === 'no_adapter') return 'unreachable';
  return 'failed';
}

/** Whether the person's next channel is worth trying (not for a message that has no content or ran out of retries). */
export function mayRetarget(kind: Refusal): boolean {
  return kind !== 'no_content' && kind !== 'gave_up';
}

/** The one truncation rule for reasons kept in the ledgers and on channel accounts: a code or a provider's short phrase, never a body. */
const REASON_MAX = 60;

export function shortReason(reason: string): string {
  return reason.slice(0, REASON_MAX);
}
