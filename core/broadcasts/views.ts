import { eq } from 'drizzle-orm';
import { broadcasts, units } from '../../db/schema/index.js';
import type { Reply } from '../../bot/engine/types.js';
import type { HandlerContext } from '../../bot/engine/registry.js';
import { appendAudit } from '../compliance/audit.js';
import { ackByUnit } from './ack.js';
import type { Actor } from './control.js';
import { controlData, deliveryFigures, etaSeconds, percent, progressMessage, recentBroadcasts, statusLabel } from './figures.js';
import { formatWhen } from './render.js';
import type { BroadcastSettings } from './broadcast.js';
import type { Locale } from '../kernel/i18n.js';

interface ViewEnv {
  settings: BroadcastSettings;
}

const UNITS_SHOWN = 10;
const localeOf = (h: HandlerContext): Locale => (h.flow.locale === 'en' ? 'en' : 'vi');

/** /dinhhuong_ds: recent broadcasts in the official's subtree with their figures; a button per item opens it. */
export async function listReply(h: HandlerContext, env: ViewEnv): Promise<Reply[]> {
  const t = h.flow.t;
  if (!h.person) return [{ text: t('engine-not-registered') }];
  const rows = await recentBroadcasts(h.tx, h.person.unitId);
  if (rows.length === 0) return [{ text: t('broadcast-list-empty') }];
  const lines = [t('broadcast-list-title')];
  const choices: Reply['choices'] = [];
  for (const [i, b] of rows.entries()) {
    const f = await deliveryFigures(h.tx, b.id);
    const delivered = f.byState.sent + f.byState.acknowledged;
    lines.push(
      t('broadcast-list-item', {
        n: i + 1,
        title: b.title,
        status: statusLabel(b, localeOf(h), (_l, k, a) => t(k, a)),
        sent: delivered,
        total: Math.max(b.audienceSize, f.total),
        acked: f.byState.acknowledged,
        rate: percent(f.byState.acknowledged, delivered),
        created: formatWhen(b.createdAt, localeOf(h), env.settings.timeZone),
      }),
    );
    choices.push({ label: t('broadcast-btn-view', { n: i + 1 }), value: controlData(b.id, 'v') });
  }
  return [{ text: lines.join('\n'), choices }];
}

/** One broadcast: its progress figures, acknowledgement rate by unit (lowest first), and its controls. */
export async function viewReply(h: HandlerContext, env: ViewEnv, actor: Actor, id: string): Promise<Reply[]> {
  const t = h.flow.t;
  const [row] = await h.tx
    .select({ b: broadcasts, path: units.path })
    .from(broadcasts)
    .innerJoin(units, eq(units.id, broadcasts.unitId))
    .where(eq(broadcasts.id, id));
  const [own] = await h.tx.select({ path: units.path }).from(units).where(eq(units.id, actor.unitId));
  const allowed = row && own && (row.b.authorId === actor.id || row.path.startsWith(own.path));
  if (!row || !allowed) {
    await appendAudit(h.tx, {
      actorId: actor.id,
      action: 'broadcast.view',
      targetType: 'broadcast',
      targetId: id,
      outcome: 'refused',
      details: { reason: row ? 'out_of_scope' : 'not_found' },
    });
    return [{ text: t(row ? 'broadcast-control-refused-out_of_scope' : 'broadcast-control-refused-not_found') }];
  }
  const f = await deliveryFigures(h.tx, id);
  const translate = (_l: Locale, k: string, a?: Record<string, string | number>) => t(k, a);
  const p = progressMessage(row.b, f, etaSeconds(f.pendingByChannel, env.settings.rates), localeOf(h), translate);
  const lines = [p.text];
  if (row.b.requireAck) {
    const byUnit = await ackByUnit(h.tx, id);
    if (byUnit.length > 0) lines.push(t('broadcast-view-units'));
    for (const u of byUnit.slice(0, UNITS_SHOWN))
      lines.push(t('broadcast-view-unit', { name: u.unitName, acked: u.acknowledged, delivered: u.delivered, rate: percent(u.acknowledged, u.delivered) }));
    if (byUnit.length > UNITS_SHOWN) lines.push(t('broadcast-dryrun-more-units', { n: byUnit.length - UNITS_SHOWN }));
  }
  return [{ text: lines.join('\n'), choices: p.choices.map((c) => ({ label: c.label, value: c.data })) }];
}
