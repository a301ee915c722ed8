import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { channelAccounts, people, units } from '../../db/schema/index.js';

/** `liaison`: đầu mối cơ quan phối hợp — sees and answers only the cases sent to their body (core/cases). */
export const ROLES = ['collaborator', 'official', 'admin', 'liaison'] as const;
export type Role = (typeof ROLES)[number];

/** Who is writing, as the conversation engine and every feature see them. */
export interface PersonView {
  id: string;
  displayName: string;
  role: Role;
  unitId: string;
  unitName: string;
  status: 'active' | 'suspended' | 'replaced' | 'left';
  consentAt: Date | null;
}

/**
 * The person behind a channel account, with their unit's name, or null for an unknown account.
 * Every status is returned (suspended, left…): whether such a person may act is the caller's call.
 */
export async function loadPersonByAccount(db: Executor, channel: string, externalId: string): Promise<PersonView | null> {
  const [row] = await db
    .select({
      id: people.id,
      displayName: people.displayName,
      role: people.role,
      unitId: people.unitId,
      unitName: units.name,
      status: people.status,
      consentAt: people.consentAt,
    })
    .from(channelAccounts)
    .innerJoin(people, eq(people.id, channelAccounts.personId))
    .innerJoin(units, eq(units.id, people.unitId))
    .where(and(eq(channelAccounts.channel, channel), eq(channelAccounts.externalId, externalId)))
    .limit(1);
  return row ?? null;
}
