import { eq, inArray, like, or, and } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { units } from '../../db/schema/index.js';
import {
  DEFAULT_HANDLING_POLICY,
  DEFAULT_POLICY,
  parsePolicy,
  resolveMinutes,
  type EscalationPolicy,
  type PolicyKind,
  type Severity,
} from './escalation-policy.js';

export const SEVERITIES: readonly Severity[] = [4, 3, 2, 1];

export interface UnitPolicyRow {
  unitId: string;
  code: string;
  name: string;
  /** Levels below the subtree's root (0 = the root). */
  depth: number;
  /** What the unit sets itself; a severity absent here is inherited. */
  own: EscalationPolicy;
  /** Minutes in force per severity (null = no follow-up / watch only), as the timers resolve them. */
  effective: Record<`${Severity}`, number | null>;
}

/**
 * One policy (acknowledgement or handling) of every active unit of a subtree, its own settings
 * and what is in force after inheritance from the units above (the same `resolveMinutes` the
 * timers use), in tree order. One query: the subtree and the root's ancestors.
 */
export async function policyTable(tx: Executor, root: { unitId: string; path: string }, kind: PolicyKind): Promise<UnitPolicyRow[]> {
  const above = root.path.split('/').filter(Boolean);
  const col = kind === 'handling' ? units.handlingPolicy : units.escalationPolicy;
  const rows = await tx
    .select({ id: units.id, code: units.code, name: units.name, path: units.path, status: units.status, policy: col })
    .from(units)
    .where(or(and(like(units.path, `${root.path}%`), eq(units.status, 'active')), inArray(units.id, above)));
  const policyOf = new Map(rows.map((r) => [r.id, parsePolicy(r.policy)]));
  const defaults = kind === 'handling' ? DEFAULT_HANDLING_POLICY : DEFAULT_POLICY;
  const depth0 = above.length;
  return rows
    .filter((r) => r.path.startsWith(root.path) && r.status === 'active')
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((r) => {
      const chain = r.path
        .split('/')
        .filter(Boolean)
        .reverse()
        .map((id) => policyOf.get(id) ?? {});
      const effective = Object.fromEntries(SEVERITIES.map((s) => [`${s}`, resolveMinutes(chain, s, defaults)])) as UnitPolicyRow['effective'];
      return { unitId: r.id, code: r.code, name: r.name, depth: r.path.split('/').filter(Boolean).length - depth0, own: policyOf.get(r.id) ?? {}, effective };
    });
}
