import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { broadcasts, units } from '../../db/schema/index.js';
import { appendAudit } from '../compliance/audit.js';
import { refuse, type Ok, type Refusal } from '../kernel/result.js';
import { ackByUnit, type UnitAck } from './ack.js';
import type { Actor } from './control.js';
import { deliveryFigures, recentBroadcasts, type Figures } from './figures.js';
import { guidanceFileOf, type GuidanceFile } from './attachment-file.js';

type Row = typeof broadcasts.$inferSelect;

/** Recent broadcasts in the official's subtree, each with its delivery figures (for /dinhhuong_ds and the console). */
export async function recentWithFigures(db: Executor, officialUnitId: string): Promise<{ broadcast: Row; figures: Figures }[]> {
  const rows = await recentBroadcasts(db, officialUnitId);
  const out: { broadcast: Row; figures: Figures }[] = [];
  for (const b of rows) out.push({ broadcast: b, figures: await deliveryFigures(db, b.id) });
  return out;
}

export type BroadcastView =
  Ok<{ broadcast: Row; figures: Figures; byUnit: UnitAck[]; file: GuidanceFile | null }> | Refusal<'not_found' | 'out_of_scope' | 'not_official'>;

/**
 * One broadcast for its author or an official whose subtree holds its audience: progress
 * figures, its file and, when an acknowledgement is asked, the rate by unit. A refusal is audited.
 */
export async function viewBroadcast(tx: Executor, actor: Actor, id: string): Promise<BroadcastView> {
  const [row] = await tx
    .select({ b: broadcasts, path: units.path })
    .from(broadcasts)
    .innerJoin(units, eq(units.id, broadcasts.unitId))
    .where(eq(broadcasts.id, id));
  const [own] = await tx.select({ path: units.path }).from(units).where(eq(units.id, actor.unitId));
  // A collaborator never sees a broadcast's progress and controls, even of their own unit (issue 12, item 10).
  const official = actor.role !== 'collaborator';
  const allowed = official && row && own && (row.b.authorId === actor.id || row.path.startsWith(own.path));
  if (!row || !allowed) {
    const code = !official ? 'not_official' : row ? 'out_of_scope' : 'not_found';
    await appendAudit(tx, {
      actorId: actor.id,
      action: 'broadcast.view',
      targetType: 'broadcast',
      targetId: id,
      outcome: 'refused',
      details: { reason: code },
    });
    return refuse(code);
  }
  const figures = await deliveryFigures(tx, id);
  const byUnit = row.b.requireAck ? await ackByUnit(tx, id) : [];
  return { ok: true, broadcast: row.b, figures, byUnit, file: await guidanceFileOf(tx, row.b.attachment) };
}
