import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client.js';
import { people, units } from '../../db/schema/index.js';
import { refuse, type Ok, type Refusal } from '../kernel/result.js';
import { audienceRootInScope, rawAudienceWhere, type AudienceFilters, type AudienceRoot, type Official } from './audience.js';
import { findUnitTyped } from './units.js';

/**
 * The audience of what an official sends to a subtree and then tracks person by person —
 * meetings, report requests, polls and survey campaigns (each keeps a unit and AudienceFilters):
 * who is chosen, who it reaches (the author left out: they do not invite, ask or poll
 * themselves), and what it can be narrowed to. Guidance counts its audience itself
 * (core/people/audience.ts, the author included: they see their own guidance arrive).
 */

/** Collaborators only unless the author chose roles. */
export function collaboratorsUnlessRoles(f: AudienceFilters): AudienceFilters {
  return { ...f, roles: f.roles?.length ? f.roles : ['collaborator'] };
}

/** What the official picked in chat: a unit typed by code or name (none: their own), roles, sectors, strata. */
export interface AudiencePick {
  unitCode?: string | null;
  roles?: AudienceFilters['roles'];
  sectors?: string[];
  strata?: string[];
}

export type ChosenAudience = Ok<{ root: AudienceRoot; filters: AudienceFilters }> | Refusal<'unknown_unit' | 'out_of_scope'>;

/** The unit (checked in the official's subtree; a refusal is audited under `action`) and the filters, collaborators by default; empty lists are no filter. */
export async function chooseAudience(tx: Executor, official: Official, pick: AudiencePick, action: string): Promise<ChosenAudience> {
  const code = pick.unitCode?.trim();
  const unit = code ? await findUnitTyped(tx, code) : null;
  if (code && !unit) return refuse('unknown_unit');
  const root = await audienceRootInScope(tx, official, unit?.id ?? official.unitId, action);
  if (!root) return refuse('out_of_scope');
  const given = (v: string[] | undefined) => (v?.length ? v : undefined);
  const filters = collaboratorsUnlessRoles({ sectors: given(pick.sectors), strata: given(pick.strata), roles: pick.roles });
  return { ok: true, root, filters: Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) };
}

/** The people the audience reaches, the author left out: a subquery with the columns person_id, unit_id, stratum. */
export function othersInAudience(rootPath: string, f: AudienceFilters, authorId: string): SQL {
  return sql`select p.id as person_id, p.unit_id, p.stratum from ${people} p join ${units} u on u.id = p.unit_id
    where ${rawAudienceWhere(rootPath, f)} and p.id <> ${authorId}`;
}

export async function countOthersInAudience(db: Executor, rootPath: string, f: AudienceFilters, authorId: string): Promise<number> {
  const rows = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from (${othersInAudience(rootPath, f, authorId)}) a`));
  return Number(rows[0]?.n ?? 0);
}

const MAX_FILTER_VALUES = 30;

/** The sectors and strata the active people of a unit's subtree have: what an audience there can be narrowed to. */
export async function audienceFilterValues(db: Executor, unitId: string, limit = MAX_FILTER_VALUES): Promise<{ sectors: string[]; strata: string[] }> {
  const distinct = async (col: 'sector' | 'stratum') => {
    const rows = rowsOf<{ v: string }>(
      await db.execute(
        sql`select distinct p.${sql.raw(col)} as v from ${people} p join ${units} u on u.id = p.unit_id
            where u.path like (select path from units where id = ${unitId}) || '%' and p.status = 'active' and coalesce(trim(p.${sql.raw(col)}), '') <> ''
            order by 1 limit ${limit}`,
      ),
    );
    return rows.map((r) => r.v);
  };
  return { sectors: await distinct('sector'), strata: await distinct('stratum') };
}
