import { and, asc, eq, gt, inArray, like, ne, sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client.js';
import { channelAccounts, people, units } from '../../db/schema/index.js';
import { appendAudit } from '../compliance/audit.js';
import { NotFoundError, ScopeError } from '../kernel/errors.js';
import type { Role } from './people.js';

/**
 * Audiences for broadcasts and polls: the active people of a unit subtree, optionally narrowed
 * by sector, social stratum and role. Small API on purpose:
 *   - `resolveAudienceRoot` checks the official's scope (refusals are audited) and gives the root;
 *   - `audienceWhere` is the SQL condition over `people` joined to `units` (for your own queries);
 *   - `iterateAudience` walks the audience in keyset-paginated batches (never all in memory);
 *   - `countAudience` gives the dry-run figures: total, by unit, by best channel;
 *   - `countAudienceTotal` only the total.
 */
export interface AudienceFilters {
  sectors?: string[];
  strata?: string[];
  roles?: AudienceRole[];
}

/** Liaisons of responsible bodies (core/cases) answer cases only: never in a guidance or poll audience. */
type AudienceRole = Exclude<Role, 'liaison'>;

/** A resolved root: `path` is the unit's materialised id path ("/<root>/…/<id>/"). */
export interface AudienceRoot {
  unitId: string;
  path: string;
  name: string;
}

export interface Official {
  id: string;
  unitId: string;
}

/**
 * The root unit if it lies in the official's subtree; otherwise appends a refused audit entry
 * (in `tx`, so call it in the transaction of the action) and throws ScopeError.
 */
export async function resolveAudienceRoot(tx: Executor, official: Official, unitId: string, action: string): Promise<AudienceRoot> {
  const rows = await tx
    .select({ id: units.id, path: units.path, name: units.name })
    .from(units)
    .where(inArray(units.id, [unitId, official.unitId]));
  const target = rows.find((r) => r.id === unitId);
  const own = rows.find((r) => r.id === official.unitId);
  if (!target) throw new NotFoundError('unit');
  if (!own || !target.path.startsWith(own.path)) {
    await appendAudit(tx, { actorId: official.id, action, targetType: 'unit', targetId: unitId, outcome: 'refused', details: { reason: 'out_of_scope' } });
    throw new ScopeError();
  }
  return { unitId: target.id, path: target.path, name: target.name };
}

/** `resolveAudienceRoot` for actions that answer a refusal: out of scope (audited) is null instead of a ScopeError. */
export async function audienceRootInScope(tx: Executor, official: Official, unitId: string, action: string): Promise<AudienceRoot | null> {
  try {
    return await resolveAudienceRoot(tx, official, unitId, action);
  } catch (err) {
    if (err instanceof ScopeError) return null;
    throw err;
  }
}

/** The condition over `people` ⋈ `units` (join on people.unit_id) selecting the audience. */
function audienceWhere(rootPath: string, f: AudienceFilters): SQL {
  const conds: SQL[] = [like(units.path, `${rootPath}%`), eq(people.status, 'active'), ne(people.role, 'liaison')];
  if (f.sectors?.length) conds.push(inArray(people.sector, f.sectors));
  if (f.strata?.length) conds.push(inArray(people.stratum, f.strata));
  if (f.roles?.length) conds.push(inArray(people.role, f.roles));
  return and(...conds)!;
}

export interface AudienceMember {
  personId: string;
  unitId: string;
  locale: string;
}

/** Walks the audience ordered by person id, `batchSize` at a time (keyset pagination). */
export async function* iterateAudience(db: Executor, root: AudienceRoot, f: AudienceFilters, batchSize = 1000): AsyncGenerator<AudienceMember[]> {
  let after: string | null = null;
  for (;;) {
    const where: SQL = after ? and(audienceWhere(root.path, f), gt(people.id, after))! : audienceWhere(root.path, f);
    const batch = await db
      .select({ personId: people.id, unitId: people.unitId, locale: people.locale })
      .from(people)
      .innerJoin(units, eq(units.id, people.unitId))
      .where(where)
      .orderBy(asc(people.id))
      .limit(batchSize);
    if (batch.length === 0) return;
    yield batch;
    if (batch.length < batchSize) return;
    after = batch[batch.length - 1]!.personId;
  }
}

export interface AudienceCounts {
  total: number;
  /** Recipients per unit of the subtree, largest first. */
  byUnit: { unitId: string; unitName: string; count: number }[];
  /** Recipients per best reachable channel (see `bestAccountSql`). */
  byChannel: Record<string, number>;
  /** Recipients with no reachable channel account at all. */
  unreachable: number;
}

/**
 * The account a bulk message goes to: the person's active account they last wrote from (Zalo's
 * window is open there), oldest first otherwise — the same rule as core/delivery/sends.ts pickAccount.
 * A LATERAL subquery over `p` (the people row).
 */
export const bestAccountSql = sql`lateral (
  select ca.channel, ca.external_id from ${channelAccounts} ca
  where ca.person_id = p.id and ca.status = 'active'
  order by ca.last_inbound_at desc nulls last, ca.created_at asc limit 1) acc on true`;

/** How many people the audience holds (no channel lookup: cheap even for 100k). */
export async function countAudienceTotal(db: Executor, root: AudienceRoot, f: AudienceFilters): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(people)
    .innerJoin(units, eq(units.id, people.unitId))
    .where(audienceWhere(root.path, f));
  return Number(row?.n ?? 0);
}

/** One pass over the audience: counts by unit and by best channel. */
export async function countAudience(db: Executor, root: AudienceRoot, f: AudienceFilters): Promise<AudienceCounts> {
  const rows = await db.execute(sql`
    select p.unit_id as unit_id, u.name as unit_name, coalesce(acc.channel, '') as channel, count(*)::int as n
    from ${people} p join ${units} u on u.id = p.unit_id
    left join ${bestAccountSql}
    where ${rawAudienceWhere(root.path, f)}
    group by p.unit_id, u.name, acc.channel`);
  const byUnit = new Map<string, { unitId: string; unitName: string; count: number }>();
  const byChannel: Record<string, number> = {};
  let total = 0;
  let unreachable = 0;
  for (const r of rowsOf<{ unit_id: string; unit_name: string; channel: string; n: number }>(rows)) {
    const n = Number(r.n);
    total += n;
    const u = byUnit.get(r.unit_id) ?? { unitId: r.unit_id, unitName: r.unit_name, count: 0 };
    u.count += n;
    byUnit.set(r.unit_id, u);
    if (r.channel === '') unreachable += n;
    else byChannel[r.channel] = (byChannel[r.channel] ?? 0) + n;
  }
  return { total, byUnit: [...byUnit.values()].sort((a, b) => b.count - a.count), byChannel, unreachable };
}

/** `audienceWhere` for raw SQL with the aliases `p` (people) and `u` (units). */
export function rawAudienceWhere(rootPath: string, f: AudienceFilters): SQL {
  const parts: SQL[] = [sql`u.path like ${`${rootPath}%`}`, sql`p.status = 'active'`, sql`p.role <> 'liaison'`];
  if (f.sectors?.length) parts.push(sql`p.sector in ${sqlList(f.sectors)}`);
  if (f.strata?.length) parts.push(sql`p.stratum in ${sqlList(f.strata)}`);
  if (f.roles?.length) parts.push(sql`p.role in ${sqlList(f.roles)}`);
  return sql.join(parts, sql` and `);
}

function sqlList(values: readonly string[]): SQL {
  return sql`(${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;
}
