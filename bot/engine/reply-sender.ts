import type { ReplyRow } from '../../core/delivery/replies.js';
import { SendError } from '../../core/kernel/errors.js';
import type { Logger } from '../../core/kernel/logger.js';
import type { ChannelName, OutboundMessage } from '../../core/kernel/messages.js';
import { backoffDelay, isTransient, pause } from '../../core/kernel/retry.js';
import { safeError } from '../../core/kernel/safe-error.js';

/**
 * Sends messages to one account in order, calling `onSent` after each one that went out; throws
 * `SendError` (or a network error) at the first that did not go.
 */
export type SendReply = (account: { channel: ChannelName; accountId: string }, messages: OutboundMessage[], onSent?: () => void) => Promise<void>;

/** A reply row the drain holds in memory: when it was taken, and when it is due again if handed back. */
export type HeldReply = ReplyRow & { heldSince: number; nextAt?: Date };

export interface RowSending {
  send: SendReply;
  logger: Logger;
  /** How long the row is kept from other processes' sweeps: it is handed back well before. */
  leaseMs: number;
  /** A reply that could not be sent for this long is given up (the platform away for days). */
  maxAgeMs: number;
  /** Aborted when the drain stops: waits end and the row is handed back. */
  signal: AbortSignal;
  onOutcome?: (outcome: 'sent' | 'retried' | 'dropped') => void;
}

/** Waits this short are waited in memory; longer ones hand the row back to the table. */
const IN_MEMORY_WAIT_MS = 2_000;
const BACKOFF = { baseMs: 500, maxMs: 10 * 60_000 };

/**
 * Sends what is left of one row (`row.sent` counts the messages that went out). A short rate limit
 * or network error is waited for here and tried again; a longer one sets `row.nextAt` and answers
 * 'release' (hand the row back to the table). 'done' when sent, and when given up for good (logged).
 */
export async function sendHeldReply(row: HeldReply, s: RowSending): Promise<'done' | 'release'> {
  const account = { channel: row.channel, accountId: row.accountId };
  while (row.sent < row.messages.length) {
    try {
      await s.send(account, row.messages.slice(row.sent), () => row.sent++);
      row.sent = row.messages.length;
    } catch (err) {
      const wait = retryWait(row, err, s);
      if (wait === null) return 'done';
      s.onOutcome?.('retried');
      const heldFor = Date.now() - row.heldSince + wait;
      if (s.signal.aborted || wait > IN_MEMORY_WAIT_MS || heldFor > s.leaseMs / 2) {
        row.nextAt = new Date(Date.now() + wait);
        return 'release';
      }
      await pause(wait, s.signal);
      if (s.signal.aborted) return 'release';
    }
  }
  s.onOutcome?.('sent');
  return 'done';
}

/** How long to wait before trying again after `err`, counting the attempt; null when given up (logged). */
function retryWait(row: HeldReply, err: unknown, s: RowSending): number | null {
  const rateLimited = err instanceof SendError && err.failure === 'rate_limited';
  if (!rateLimited && !isTransient(err)) {
    const failure = err instanceof SendError ? err.failure : 'error';
    s.logger.warn({ channel: row.channel, reply: row.id, failure, err: safeError(err) }, 'reply not sent: the platform refused it for good');
    s.onOutcome?.('dropped');
    return null;
  }
  row.attempts++;
  if (!rateLimited && Date.now() - row.createdAt > s.maxAgeMs) {
    s.logger.error({ channel: row.channel, reply: row.id, attempts: row.attempts, err: safeError(err) }, 'reply given up after failing for days');
    s.onOutcome?.('dropped');
    return null;
  }
  return rateLimited ? Math.max(50, (err as SendError).retryAfterMs ?? 1_000) : backoffDelay(row.attempts, BACKOFF);
}
