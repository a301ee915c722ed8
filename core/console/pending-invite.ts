import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { invites, units } from '../../db/schema/index.js';
import { hashInviteCode } from '../people/invites.js';

/**
 * The replacement invite an official just made, found again from the code their browser kept
 * (the clear code is never stored): only theirs, only for that person, only while unused and unexpired.
 */
export async function pendingReplacementInvite(
  db: Executor,
  q: { inviteId: string; code: string; createdBy: string; replacesPersonId: string; now: Date },
): Promise<{ displayName: string; unitName: string; expiresAt: Date } | null> {
  const [row] = await db
    .select({ displayName: invites.displayName, unitName: units.name, expiresAt: invites.expiresAt })
    .from(invites)
    .innerJoin(units, eq(units.id, invites.unitId))
    .where(
      and(
        eq(invites.id, q.inviteId),
        eq(invites.codeHash, hashInviteCode(q.code)),
        eq(invites.createdBy, q.createdBy),
        eq(invites.replacesPersonId, q.replacesPersonId),
        isNull(invites.usedAt),
        gt(invites.expiresAt, q.now),
      ),
    )
    .limit(1);
  return row ?? null;
}
