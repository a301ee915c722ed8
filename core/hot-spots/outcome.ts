import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { people } from '../../db/schema/index.js';
import type { Ok, Refusal } from '../kernel/result.js';
import { isActive, type HotSpotRow } from './queries.js';
import type { ActionResult, HotSpotRefusal } from './scope.js';

interface OutcomeFacts {
  receipt: string;
  status: HotSpotRow['status'] | null;
  hotSpotId: string | null;
  /** Still open after this outcome: the reply offers the next actions. */
  live: boolean;
  /** Named in the text: the unit escalated to, the merge target, who took it. */
  details: Record<string, string | number>;
}

/** An action's outcome as plain data, enough for any channel (chat, console) to word it. */
export type ActionOutcome = (Ok<{ code: string }> | Refusal<HotSpotRefusal>) & OutcomeFacts;

/**
 * What the alert is after an action, with the names its wording needs, read in the same
 * transaction. `viewerId`: who acted — «Tiếp nhận» tapped twice by the one who took it is
 * `already_yours` («Đồng chí đã tiếp nhận…»), not their own name in the third person.
 */
export async function describeOutcome(db: Executor, r: ActionResult, viewerId?: string): Promise<ActionOutcome> {
  const hs = r.hs;
  const details: Record<string, string | number> = { ...(r.data ?? {}) };
  if (r.ok && r.code === 'already_taken' && hs?.acknowledgedBy && hs.acknowledgedBy === viewerId) r = { ...r, code: 'already_yours' };
  else if (r.ok && r.code === 'already_taken' && hs?.acknowledgedBy) details.name = await displayName(db, hs.acknowledgedBy);
  // A refusal that leaves the alert open (nothing above, a wrong merge target) still offers the buttons.
  const live = !!hs && isActive(hs.status) && (r.ok || r.code === 'at_root' || r.code.startsWith('target') || r.code === 'self_merge');
  const facts: OutcomeFacts = { receipt: hs?.receiptNo ?? '', status: hs?.status ?? null, hotSpotId: hs?.id ?? null, live, details };
  return r.ok ? { ok: true, code: r.code, ...facts } : { ok: false, code: r.code, ...facts };
}

async function displayName(db: Executor, personId: string): Promise<string> {
  const [p] = await db.select({ name: people.displayName }).from(people).where(eq(people.id, personId));
  return p?.name ?? '?';
}
