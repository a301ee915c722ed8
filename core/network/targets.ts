import { and, asc, eq, like, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { networkTargets, people, units } from '../../db/schema/index.js';
import { appendAudit } from '../compliance/audit.js';
import { refuse, type Ok, type Refusal } from '../kernel/result.js';
import { STRATA } from '../reports/draft.js';
import { findUnitByCode } from '../people/units.js';
import { computeComposition, type Composition, type Target } from './composition.js';

/** Targets per unit and the composition against them, read from the database (issue 17 item 2). */
export type TargetRefusal = 'unknown_unit' | 'bad_kind' | 'bad_value' | 'bad_count';

const KINDS = ['area', 'stratum', 'sector'] as const;
const MAX_TARGET = 1000;

/**
 * Sets (or with min 0 removes) one target on a unit; audited as `network.target`. The admin CLI
 * passes a null actor (it runs with shell access); refusals change nothing.
 */
export async function setTarget(
  tx: Executor,
  actorId: string | null,
  input: { unitCode: string; kind: string; value: string; minCount: number },
): Promise<Ok<{ unitId: string; removed: boolean }> | Refusal<TargetRefusal>> {
  const unit = await findUnitByCode(tx, input.unitCode);
  if (!unit) return refuse('unknown_unit');
  const kind = KINDS.find((k) => k === input.kind);
  if (!kind) return refuse('bad_kind');
  const value = kind === 'area' ? '' : input.value.replace(/\s+/g, ' ').trim();
  if (kind === 'stratum' && !(STRATA as readonly string[]).includes(value)) return refuse('bad_value');
  if (kind === 'sector' && (value.length === 0 || value.length > 80)) return refuse('bad_value');
  if (!Number.isInteger(input.minCount) || input.minCount < 0 || input.minCount > MAX_TARGET) return refuse('bad_count');
  const where = and(eq(networkTargets.unitId, unit.id), eq(networkTargets.kind, kind), eq(networkTargets.value, value));
  if (input.minCount === 0) await tx.delete(networkTargets).where(where);
  else
    await tx
      .insert(networkTargets)
      .values({ unitId: unit.id, kind, value, minCount: input.minCount, setBy: actorId })
      .onConflictDoUpdate({
        target: [networkTargets.unitId, networkTargets.kind, networkTargets.value],
        set: { minCount: input.minCount, setBy: actorId, updatedAt: sql`now()` },
      });
  await appendAudit(tx, {
    actorId,
    action: 'network.target',
    targetType: 'unit',
    targetId: unit.id,
    outcome: 'ok',
    details: { kind, value, min: input.minCount },
  });
  return { ok: true, unitId: unit.id, removed: input.minCount === 0 };
}

async function targetsOf(db: Executor, unitId: string): Promise<Target[]> {
  return db
    .select({ kind: networkTargets.kind, value: networkTargets.value, minCount: networkTargets.minCount })
    .from(networkTargets)
    .where(eq(networkTargets.unitId, unitId))
    .orderBy(asc(networkTargets.kind), asc(networkTargets.value));
}

/** Units that carry at least one target (the monthly scan looks only at these). */
export async function unitsWithTargets(db: Executor): Promise<string[]> {
  const rows = await db.selectDistinct({ unitId: networkTargets.unitId }).from(networkTargets);
  return rows.map((r) => r.unitId);
}

/** The composition of a unit's subtree: active collaborators by child unit, stratum and sector. */
export async function loadComposition(db: Executor, unit: { id: string; path: string }): Promise<Composition> {
  const children = await db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(and(eq(units.parentId, unit.id), eq(units.status, 'active')))
    .orderBy(asc(units.code));
  // Alike people counted by the database (a province's 5,000 rows were a third of the page's time):
  // the child unit is the first path segment below the unit ('' for the unit itself); the most
  // common spelling of a sector comes first and labels it.
  const rows = await db
    .select({
      child: sql<string>`split_part(substr(${units.path}, ${unit.path.length + 1}), '/', 1)`,
      stratum: people.stratum,
      sector: people.sector,
      n: sql<number>`count(*)::int`,
    })
    .from(people)
    .innerJoin(units, eq(units.id, people.unitId))
    .where(and(like(units.path, `${unit.path}%`), eq(people.role, 'collaborator'), eq(people.status, 'active')))
    .groupBy(sql`1, 2, 3`)
    .orderBy(sql`4 desc, 3, 2, 1`);
  const members = rows.map((r) => ({ childId: r.child || null, stratum: r.stratum, sector: r.sector, n: Number(r.n) }));
  return computeComposition({ children, members, targets: await targetsOf(db, unit.id) });
}
