import { eq, inArray, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client.js';
import { units } from '../../db/schema/index.js';
import { appendAudit } from '../compliance/audit.js';
import { AppError, NotFoundError } from '../kernel/errors.js';

export type Severity = 1 | 2 | 3 | 4;

/**
 * Minutes an official has to acknowledge an alert of each severity; null = watch only (notify,
 * never escalate). A key absent from a unit's policy is inherited from the parent unit.
 */
export type EscalationPolicy = Partial<Record<`${Severity}`, number | null>>;

export const DEFAULT_POLICY: Required<EscalationPolicy> = { '4': 10, '3': 30, '2': 120, '1': null };

/**
 * Minutes between follow-ups of an alert being handled (issue 13 §5): the same shape and
 * inheritance as the acknowledgement policy, kept in its own column (`units.handling_policy`).
 */
export const DEFAULT_HANDLING_POLICY: Required<EscalationPolicy> = { '4': 120, '3': 480, '2': 1440, '1': null };

/** Which of a unit's two policies: acknowledgement (escalation) or handling (follow-up). */
export type PolicyKind = 'escalation' | 'handling';
const COLUMN = { escalation: units.escalationPolicy, handling: units.handlingPolicy } as const;
const DEFAULTS = { escalation: DEFAULT_POLICY, handling: DEFAULT_HANDLING_POLICY } as const;

const MAX_MINUTES = 7 * 24 * 60;

export class PolicyError extends AppError {
  constructor(message: string) {
    super('bad_policy', message);
  }
}

export function isSeverity(n: unknown): n is Severity {
  return n === 1 || n === 2 || n === 3 || n === 4;
}

/** Reads a unit's jsonb policy; entries that are not sane minute counts are ignored (inherit). */
export function parsePolicy(raw: unknown): EscalationPolicy {
  const out: EscalationPolicy = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (!isSeverity(Number(k))) continue;
    if (v === null || (typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= MAX_MINUTES)) out[k as `${Severity}`] = v;
  }
  return out;
}

/**
 * The effective minutes for a severity, given the policies from the unit itself up to the root
 * (nearest first): the first unit that sets the severity wins, else the default.
 */
export function resolveMinutes(chain: readonly EscalationPolicy[], severity: Severity, defaults: Required<EscalationPolicy> = DEFAULT_POLICY): number | null {
  const key = `${severity}` as const;
  for (const p of chain) if (key in p) return p[key] ?? null;
  return defaults[key];
}

/** The acknowledgement deadline, or null for watch-only; `scale` shortens deadlines in tests and demos. */
export function ackDeadline(now: Date, minutes: number | null, scale: number): Date | null {
  if (minutes === null) return null;
  return new Date(now.getTime() + Math.round(minutes * 60_000 * scale));
}

/** Policies from the unit up to the root, nearest first (one query on the materialised path). */
export async function loadPolicyChain(db: Executor, unitId: string, kind: PolicyKind = 'escalation'): Promise<EscalationPolicy[]> {
  const [unit] = await db.select({ path: units.path }).from(units).where(eq(units.id, unitId));
  if (!unit) throw new NotFoundError('unit');
  const ids = unit.path.split('/').filter(Boolean).reverse();
  if (!ids.includes(unitId)) ids.unshift(unitId);
  const rows = await db.select({ id: units.id, policy: COLUMN[kind] }).from(units).where(inArray(units.id, ids));
  const byId = new Map(rows.map((r) => [r.id, parsePolicy(r.policy)]));
  return ids.map((id) => byId.get(id) ?? {});
}

export interface ChainUnit {
  id: string;
  name: string;
  parentId: string | null;
  policy: EscalationPolicy;
}

/**
 * The unit and its ancestors, nearest first, with their names and policies, in one query on
 * the materialised path (every escalation step needs all three); `alsoId` fetches one more
 * unit in the same query (the alert's own unit, for its name).
 */
export async function loadUnitChain(db: Executor, unitId: string, alsoId?: string): Promise<{ chain: ChainUnit[]; also: ChainUnit | null }> {
  const rows = rowsOf<{ id: string; name: string; parent_id: string | null; escalation_policy: unknown; path: string }>(
    await db.execute(sql`
      select u.id, u.name, u.parent_id, u.escalation_policy, u.path from units u
      where u.id = ${unitId} or u.id = ${alsoId ?? unitId}
         or u.id = any(string_to_array(trim(both '/' from (select path from units where id = ${unitId})), '/')::uuid[])`),
  );
  const self = rows.find((r) => r.id === unitId);
  if (!self) throw new NotFoundError('unit');
  const toUnit = (r: (typeof rows)[number]): ChainUnit => ({ id: r.id, name: r.name, parentId: r.parent_id, policy: parsePolicy(r.escalation_policy) });
  const ancestors = rows.filter((r) => r.id !== unitId && self.path.startsWith(r.path)).sort((a, b) => b.path.length - a.path.length);
  const also = alsoId ? rows.find((r) => r.id === alsoId) : undefined;
  return { chain: [self, ...ancestors].map(toUnit), also: also ? toUnit(also) : null };
}

export async function loadEscalationMinutes(db: Executor, unitId: string, severity: Severity, kind: PolicyKind = 'escalation'): Promise<number | null> {
  return resolveMinutes(await loadPolicyChain(db, unitId, kind), severity, DEFAULTS[kind]);
}

/**
 * Admin: sets how long a unit's officials have to acknowledge alerts of one severity (or, with
 * kind 'handling', how often an alert being handled is followed up). `minutes` null = watch
 * only / no follow-up; 'inherit' removes the unit's own setting. Audited.
 */
export async function setEscalationPolicy(
  db: Executor,
  unitCode: string,
  severity: number,
  minutes: number | null | 'inherit',
  actorId: string | null = null,
  kind: PolicyKind = 'escalation',
): Promise<EscalationPolicy> {
  if (!isSeverity(severity)) throw new PolicyError(`mức độ phải là 1–4 (nhận được ${severity})`);
  if (typeof minutes === 'number' && !(Number.isFinite(minutes) && minutes > 0 && minutes <= MAX_MINUTES)) {
    throw new PolicyError(`số phút phải trong khoảng 1–${MAX_MINUTES}`);
  }
  const [unit] = await db.select({ id: units.id, policy: COLUMN[kind] }).from(units).where(eq(units.code, unitCode)).for('update');
  if (!unit) throw new NotFoundError(`unit ${unitCode}`);
  const policy = parsePolicy(unit.policy);
  const key = `${severity}` as const;
  if (minutes === 'inherit') delete policy[key];
  else policy[key] = minutes;
  await db
    .update(units)
    .set(kind === 'handling' ? { handlingPolicy: policy } : { escalationPolicy: policy })
    .where(eq(units.id, unit.id));
  await appendAudit(db, {
    actorId,
    action: `unit.${kind}_policy`,
    targetType: 'unit',
    targetId: unit.id,
    outcome: 'ok',
    details: { unitCode, severity, minutes },
  });
  return policy;
}
