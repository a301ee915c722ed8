import { inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { units } from '../../db/schema/index.js';
import { appendAudit } from '../compliance/audit.js';
import type { Refusal } from '../kernel/result.js';
import type { Role } from '../people/people.js';
import { lockHotSpot, type HotSpotRow } from './queries.js';
import { visibleTo } from '../reports/visible-unit.js';

export interface Actor {
  id: string;
  role: Role;
  unitId: string;
  displayName: string;
}

export type HotSpotRefusal =
  'not_found' | 'not_official' | 'out_of_scope' | 'closed' | 'self_merge' | 'target_closed' | 'target_out_of_scope' | 'at_root' | 'not_reporter' | 'bad_input';

export type ActionResult =
  | { ok: true; code: string; hs: HotSpotRow; data?: Record<string, string | number> }
  | Refusal<HotSpotRefusal, { hs?: HotSpotRow; data?: Record<string, string | number> }>;

export function isOfficial(actor: Pick<Actor, 'role'>): boolean {
  return actor.role === 'official' || actor.role === 'admin';
}

/**
 * DESIGN §4.6: an official acts on alerts raised in their unit's subtree; an alert escalated to
 * their level is in scope too (its level unit is their unit or below). An alert sent «chỉ cấp
 * trên» is seen from its confidential unit up only (issue 13 §7, core/reports/visible-unit.ts);
 * its level never drops below that unit, so the level clause cannot reopen it to the units skipped.
 */
export async function inScope(
  db: Executor,
  actor: Pick<Actor, 'unitId'>,
  hs: Pick<HotSpotRow, 'unitId' | 'levelUnitId' | 'confidentialUnitId'>,
): Promise<boolean> {
  if (await visibleTo(db, actor.unitId, hs)) return true;
  const rows = await db
    .select({ id: units.id, path: units.path })
    .from(units)
    .where(inArray(units.id, [actor.unitId, hs.levelUnitId]));
  const path = new Map(rows.map((r) => [r.id, r.path]));
  const mine = path.get(actor.unitId);
  return !!mine && (path.get(hs.levelUnitId)?.startsWith(mine) ?? false);
}

export async function audit(
  tx: Executor,
  actor: Pick<Actor, 'id'> | null,
  verb: string,
  targetId: string | null,
  result: Pick<ActionResult, 'ok' | 'code'>,
): Promise<void> {
  await appendAudit(tx, {
    actorId: actor?.id ?? null,
    action: `hotspot.${verb}`,
    targetType: 'hot_spot',
    targetId: targetId ?? undefined,
    outcome: result.ok ? 'ok' : 'refused',
    details: { result: result.code },
  });
}

/**
 * The one door every official action goes through: role, existence and scope checked with the
 * alert row locked, then the action, then one audit entry either way — all in the caller's
 * transaction (the update's), so a refusal is recorded and an action is all-or-nothing.
 */
export async function guarded(
  tx: Executor,
  actor: Actor,
  hotSpotId: string,
  verb: string,
  body: (hs: HotSpotRow) => Promise<ActionResult>,
): Promise<ActionResult> {
  const result = await check(tx, actor, hotSpotId);
  const final = 'hs' in result && result.ok ? await body(result.hs) : result;
  await audit(tx, actor, verb, final.hs?.id ?? (isUuidLike(hotSpotId) ? hotSpotId : null), final);
  return final;
}

async function check(tx: Executor, actor: Actor, hotSpotId: string): Promise<ActionResult> {
  if (!isOfficial(actor)) return { ok: false, code: 'not_official' };
  const hs = await lockHotSpot(tx, hotSpotId);
  if (!hs) return { ok: false, code: 'not_found' };
  if (!(await inScope(tx, actor, hs))) return { ok: false, code: 'out_of_scope' };
  return { ok: true, code: 'checked', hs };
}

function isUuidLike(s: string): boolean {
  return /^[0-9a-f-]{36}$/i.test(s);
}
