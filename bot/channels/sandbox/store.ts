import { randomBytes } from 'node:crypto';
import { and, asc, eq, gt, ne, sql } from 'drizzle-orm';
import type { InboundPayload } from '../../../core/kernel/messages.js';
import type { Db } from '../../../db/client.js';
import { channelAccounts, people, units } from '../../../db/schema/people.js';
import { sandboxAccounts, sandboxMessages } from '../../../db/schema/sandbox.js';

export interface Persona {
  personId: string;
  accountId: string;
  name: string;
  role: string;
  status: string;
  unit: string;
}

export interface ChatRow {
  id: number;
  seq: number;
  direction: 'in' | 'out';
  payload: unknown;
  status: 'ok' | 'failed';
  at: string;
}

/** Messages returned per poll; the page asks again from the new cursor. */
const MESSAGES_PAGE = 200;

/** Gives every person without one a sandbox account `p-<personId>` (idempotent, one statement). */
export async function ensurePersonaAccounts(db: Db): Promise<void> {
  await db.execute(sql`
    insert into channel_accounts (person_id, channel, external_id)
    select p.id, 'sandbox', 'p-' || p.id from people p
    where not exists (select 1 from channel_accounts ca where ca.person_id = p.id and ca.channel = 'sandbox')
    on conflict do nothing`);
}

export async function listPersonas(db: Db): Promise<Persona[]> {
  const rows = await db
    .select({
      personId: people.id,
      accountId: channelAccounts.externalId,
      name: people.displayName,
      role: people.role,
      status: people.status,
      unit: units.name,
    })
    .from(people)
    .innerJoin(units, eq(units.id, people.unitId))
    .innerJoin(channelAccounts, and(eq(channelAccounts.personId, people.id), eq(channelAccounts.channel, 'sandbox')))
    .orderBy(asc(units.path), asc(people.role), asc(people.displayName), asc(channelAccounts.createdAt));
  // A person registered from a guest account may also have a p- account: show the first only.
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.personId) && seen.add(r.personId));
}

/** A fresh unregistered account, for trying registration with an invite code. */
export async function createGuestAccount(db: Db): Promise<string> {
  const accountId = `u-${randomBytes(5).toString('hex')}`;
  await db.insert(sandboxAccounts).values({ accountId });
  return accountId;
}

/** null: unknown account; else whether the simulated user currently blocks the bot. */
export async function accountState(db: Db, accountId: string): Promise<{ blocked: boolean } | null> {
  const [own] = await db.select({ blocked: sandboxAccounts.blocked }).from(sandboxAccounts).where(eq(sandboxAccounts.accountId, accountId));
  if (own) return own;
  const [registered] = await db
    .select({ id: channelAccounts.id })
    .from(channelAccounts)
    .where(and(eq(channelAccounts.channel, 'sandbox'), eq(channelAccounts.externalId, accountId)));
  return registered ? { blocked: false } : null;
}

export async function listMessages(db: Db, accountId: string, after: number): Promise<ChatRow[]> {
  const rows = await db
    .select({
      id: sandboxMessages.id,
      seq: sandboxMessages.seq,
      direction: sandboxMessages.direction,
      payload: sandboxMessages.payload,
      status: sandboxMessages.status,
      createdAt: sandboxMessages.createdAt,
    })
    .from(sandboxMessages)
    .where(and(eq(sandboxMessages.accountId, accountId), gt(sandboxMessages.seq, after)))
    .orderBy(asc(sandboxMessages.seq))
    .limit(MESSAGES_PAGE);
  return rows.map(({ createdAt, ...r }) => ({ ...r, at: createdAt.toISOString() }));
}

/** The user's side of the chat; a resent request (same update key) is not stored twice. */
export async function recordInbound(db: Db, accountId: string, payload: InboundPayload, updateKey: string): Promise<void> {
  await db.insert(sandboxMessages).values({ accountId, direction: 'in', payload, updateKey }).onConflictDoNothing({ target: sandboxMessages.updateKey });
}

/** Flags the user's bubble failed (or ok again after a successful resend), bumping the cursor. */
export async function markInbound(db: Db, updateKey: string, status: 'ok' | 'failed'): Promise<void> {
  await db
    .update(sandboxMessages)
    .set({ status, seq: sql`nextval('sandbox_message_seq')` })
    .where(and(eq(sandboxMessages.updateKey, updateKey), ne(sandboxMessages.status, status)));
}

export async function setSimulation(db: Db, accountId: string, change: { blocked?: boolean; rateLimitedSends?: number }): Promise<void> {
  await db
    .insert(sandboxAccounts)
    .values({ accountId, ...change })
    .onConflictDoUpdate({ target: sandboxAccounts.accountId, set: change });
}
