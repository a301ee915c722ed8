import { and, asc, gte, inArray, isNotNull, lt } from 'drizzle-orm';
import { broadcasts } from '../../../db/schema/index.js';
import { deliveryFigures } from '../../broadcasts/figures.js';
import { isoDate } from '../../kernel/periods.js';
import { localDate } from '../../kernel/zoned-time.js';
import { para } from '../document.js';
import { definePart } from '../parts.js';
import { maskPii } from '../privacy.js';
import { dmy, percent } from '../prose.js';

/** IX.2 Guidance (định hướng) the Ban sent in the period: to how many, delivered, acknowledged. */
interface Row {
  on: string;
  title: string;
  audience: number;
  delivered: number;
  requireAck: boolean;
  acknowledged: number;
}

export const guidancePart = definePart<Row[]>({
  id: 'guidance',
  slot: 'work',
  order: 20,
  async collect(ctx) {
    if (ctx.unitIds.length === 0) return [];
    const list = await ctx.db
      .select()
      .from(broadcasts)
      .where(
        and(
          inArray(broadcasts.unitId, ctx.unitIds),
          isNotNull(broadcasts.startedAt),
          gte(broadcasts.startedAt, ctx.fromAt),
          lt(broadcasts.startedAt, ctx.toAt),
        ),
      )
      .orderBy(asc(broadcasts.startedAt));
    const rows: Row[] = [];
    for (const b of list) {
      const f = await deliveryFigures(ctx.db, b.id);
      rows.push({
        on: isoDate(localDate(b.startedAt!, ctx.timeZone)),
        title: maskPii(b.title),
        audience: f.total,
        delivered: f.byState.sent + f.byState.acknowledged,
        requireAck: b.requireAck,
        acknowledged: f.byState.acknowledged,
      });
    }
    return rows;
  },
  render(rows, ctx) {
    const title = ctx.t('syn-work-guidance');
    if (rows.length === 0) return { title, blocks: [para(ctx.t('syn-guidance-none'))] };
    const sum = (f: (r: Row) => number) => rows.reduce((s, r) => s + f(r), 0);
    const withAck = rows.filter((r) => r.requireAck);
    const asked = withAck.reduce((s, r) => s + r.audience, 0);
    const acked = withAck.reduce((s, r) => s + r.acknowledged, 0);
    const summary = ctx.t('syn-guidance-summary', { n: rows.length, audience: sum((r) => r.audience), delivered: sum((r) => r.delivered) });
    const ack = asked ? ` ${ctx.t('syn-guidance-ack', { acked, asked, rate: percent(acked, asked) })}` : '';
    return {
      title,
      blocks: [
        para(`${summary}${ack}`),
        {
          kind: 'table',
          header: ['syn-col-date', 'syn-col-guidance', 'syn-col-audience', 'syn-col-delivered', 'syn-col-acked'].map((k) => ctx.t(k)),
          rows: rows.map((r) => [dmy(r.on), r.title, String(r.audience), String(r.delivered), r.requireAck ? String(r.acknowledged) : '–']),
        },
      ],
    };
  },
});
