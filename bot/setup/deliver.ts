import type { ChannelRegistry } from '../../core/kernel/channel.js';
import type { Logger } from '../../core/kernel/logger.js';
import type { ChannelName, OutboundMessage } from '../../core/kernel/messages.js';

/**
 * Sends replies to the person who is talking to the bot through their channel's adapter, one
 * attempt each (`onSent` after each, so a retry resumes after the last one sent): the reply drain (bot/engine/reply-drain.ts) calls it after commit and owns the
 * retries, so a failure is thrown as the adapter's `SendError`.
 */
export function createReplySender(registry: ChannelRegistry, logger: Logger) {
  return async (account: { channel: ChannelName; accountId: string }, messages: OutboundMessage[], onSent?: () => void) => {
    const adapter = registry[account.channel];
    if (!adapter) {
      logger.warn({ channel: account.channel }, 'reply for a channel that is not configured');
      return;
    }
    for (const msg of messages) {
      await adapter.send(account.accountId, msg);
      onSent?.();
    }
  };
}
