import { setTimeout as sleep } from 'node:timers/promises';
import type { ChannelRegistry } from '../../core/kernel/channel.js';
import { SendError } from '../../core/kernel/errors.js';
import type { Logger } from '../../core/kernel/logger.js';
import type { ChannelName, OutboundMessage } from '../../core/kernel/messages.js';

const MAX_ATTEMPTS = 3;
const MAX_WAIT_MS = 5_000;

/**
 * The interactive path for replies to the user who is talking to the bot: sent straight after
 * commit, in order. A short rate-limit or transient error is retried a few times; a reply that
 * still fails is logged (the user's input is already committed and /tieptuc re-asks).
 */
export function createReplySender(registry: ChannelRegistry, logger: Logger) {
  return async (account: { channel: ChannelName; accountId: string }, messages: OutboundMessage[]) => {
    const adapter = registry[account.channel];
    if (!adapter) {
      logger.warn({ channel: account.channel }, 'reply for a channel that is not configured');
      return;
    }
    for (const msg of messages) {
      for (let attempt = 1; ; attempt++) {
        try {
          await adapter.send(account.accountId, msg);
          break;
        } catch (err) {
          const retryable = err instanceof SendError && (err.failure === 'rate_limited' || err.failure === 'transient');
          if (!retryable || attempt >= MAX_ATTEMPTS) throw err;
          await sleep(Math.min(err.retryAfterMs ?? 500 * attempt, MAX_WAIT_MS));
        }
      }
    }
  };
}
