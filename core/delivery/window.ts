import type { Executor } from '../../db/client.js';
import { releaseWaitingDeliveries } from '../broadcasts/window.js';
import { releaseWaitingSends } from './sends.js';

/**
 * The one release-on-inbound hook (Zalo lets us write only to someone who interacted within 7
 * days): the person just wrote from `account`, so everything parked for their window goes out
 * now — ledger rows waiting on that channel, and broadcast deliveries (moved to the account
 * they wrote from). Runs in the transaction of the applied update; enqueues through the outbox.
 */
export async function releaseOnInbound(tx: Executor, personId: string, account: { channel: string; accountId: string }): Promise<number> {
  const sends = await releaseWaitingSends(tx, personId, account.channel);
  const deliveries = await releaseWaitingDeliveries(tx, personId, account.channel, account.accountId);
  return sends + deliveries;
}
