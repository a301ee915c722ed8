import { and, eq, gt, sql } from 'drizzle-orm';
import type { ChannelAdapter, SentRef } from '../../../core/kernel/channel.js';
import { SendError } from '../../../core/kernel/errors.js';
import type { OutboundMessage } from '../../../core/kernel/messages.js';
import type { Db } from '../../../db/client.js';
import { sandboxAccounts, sandboxMessages } from '../../../db/schema/sandbox.js';
import { sandboxLimits, splitForSandbox } from './render.js';
import { sandboxDownload } from './photo.js';

/** Retry hint of a simulated rate limit. */
const SANDBOX_RETRY_AFTER_MS = 1000;

/**
 * The sandbox "platform" is a table: sending inserts rows the web chat polls. Works from any
 * process sharing the database (bot or workers).
 */
export function createSandboxAdapter(deps: { db: Db }): ChannelAdapter {
  const { db } = deps;

  async function send(accountId: string, msg: OutboundMessage): Promise<SentRef[]> {
    const parts = splitForSandbox(msg);
    await simulatedFaults(db, accountId);
    const rows = await db
      .insert(sandboxMessages)
      .values(parts.map((payload) => ({ accountId, direction: 'out' as const, payload })))
      .returning({ id: sandboxMessages.id });
    return rows.map((r) => ({ messageId: String(r.id) }));
  }

  async function edit(accountId: string, ref: SentRef, msg: OutboundMessage): Promise<SentRef> {
    const parts = splitForSandbox(msg);
    const id = Number(ref.messageId);
    if (parts.length === 1 && Number.isSafeInteger(id)) {
      await simulatedFaults(db, accountId);
      const updated = await db
        .update(sandboxMessages)
        .set({ payload: parts[0], seq: sql`nextval('sandbox_message_seq')` })
        .where(and(eq(sandboxMessages.id, id), eq(sandboxMessages.accountId, accountId), eq(sandboxMessages.direction, 'out')))
        .returning({ id: sandboxMessages.id });
      if (updated.length > 0) return ref;
    }
    const refs = await send(accountId, msg);
    return refs[refs.length - 1]!;
  }

  return { channel: 'sandbox', limits: sandboxLimits, send, edit, download: sandboxDownload };
}

/** What the page's "simulate" controls set: a blocked user, or the next N sends rate limited. */
async function simulatedFaults(db: Db, accountId: string): Promise<void> {
  const [state] = await db
    .select({ blocked: sandboxAccounts.blocked, rateLimited: sandboxAccounts.rateLimitedSends })
    .from(sandboxAccounts)
    .where(eq(sandboxAccounts.accountId, accountId));
  if (!state) return;
  if (state.blocked) throw new SendError('unreachable', 'unreachable: blocked');
  if (state.rateLimited <= 0) return;
  const taken = await db
    .update(sandboxAccounts)
    .set({ rateLimitedSends: sql`${sandboxAccounts.rateLimitedSends} - 1` })
    .where(and(eq(sandboxAccounts.accountId, accountId), gt(sandboxAccounts.rateLimitedSends, 0)))
    .returning({ left: sandboxAccounts.rateLimitedSends });
  if (taken.length > 0) throw new SendError('rate_limited', 'rate limited (simulated)', SANDBOX_RETRY_AFTER_MS);
}
