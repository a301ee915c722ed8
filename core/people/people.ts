import { and, eq, sql, type SQL } from 'drizzle-orm';
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
  /**
   * The Quy chế version in force when this active collaborator has not been asked about it yet
   * (core/charter): the intake asks once, on their next message. Null otherwise.
   */
  charterDue?: string | null;
  /**
   * The unit directly above theirs is also the one «thẳng lên tỉnh» would reach (the province, or
   * the root when no province lies above): the confidential route then offers one choice, not two
   * that mean the same. Null when their unit has no unit above.
   */
  aboveIsProvince?: boolean | null;
  /** Their unit's kind (tinh, xa, phuong…): «Toàn tỉnh» names the area an audience covers. */
  unitKind?: string;
}

/** `aboveIsProvince` for the unit `unitId` (a column or alias), in the statement that reads the person (core/reports/visible-unit.ts' rule). */
export function aboveIsProvinceSql(unitId: SQL): SQL<boolean | null> {
  return sql<boolean | null>`(select pu.kind = 'tinh' or pu.parent_id is null from units u0 join units pu on pu.id = u0.parent_id where u0.id = ${unitId})`;
}

/** `charterDue` in the statement that reads the person (`p`: its table or alias), so it costs no round trip. */
export function charterDueSql(p: SQL): SQL<string | null> {
  return sql<string | null>`(select cv.id from charter_versions cv
    where ${p}.role = 'collaborator' and ${p}.status = 'active' and cv.id is distinct from ${p}.charter_version_id
      and cv.published_at = (select max(published_at) from charter_versions) limit 1)`;
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
      unitKind: units.kind,
      status: people.status,
      consentAt: people.consentAt,
      charterDue: charterDueSql(sql.raw('"people"')),
      aboveIsProvince: aboveIsProvinceSql(sql.raw('"people"."unit_id"')),
    })
    .from(channelAccounts)
    .innerJoin(people, eq(people.id, channelAccounts.personId))
    .innerJoin(units, eq(units.id, people.unitId))
    .where(and(eq(channelAccounts.channel, channel), eq(channelAccounts.externalId, externalId)))
    .limit(1);
  return row ?? null;
}
