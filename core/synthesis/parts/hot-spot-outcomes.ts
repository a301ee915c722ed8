import type { HotSpotData } from '../collect.js';
import { para } from '../document.js';
import { definePart } from '../parts.js';
import { ddmm, stripEnd } from '../prose.js';

/**
 * X.1 What became of the hot spots: status, the official's outcome note (also those not shared
 * with the reporter, marked so) and how long handling took.
 */
const done = (h: HotSpotData) => h.timeline.findLast((e) => e.kind === 'resolved' || e.kind === 'false_alarm');

function days(h: HotSpotData): number | null {
  const end = done(h);
  if (!end) return null;
  return Math.max(0, Math.round((Date.parse(`${end.at.replace(' ', 'T')}:00Z`) - Date.parse(`${h.createdAt.replace(' ', 'T')}:00Z`)) / 86_400_000));
}

export const hotSpotOutcomesPart = definePart<HotSpotData[]>({
  id: 'hot-spot-outcomes',
  slot: 'handling',
  order: 10,
  async collect(ctx) {
    return ctx.input.hotSpots;
  },
  render(list, ctx) {
    const title = ctx.t('syn-handling-hot-spots');
    if (list.length === 0) return { title, blocks: [para(ctx.t('syn-handling-none'))] };
    const count = (...s: string[]) => list.filter((h) => s.includes(h.status)).length;
    const spans = list.map(days).filter((d): d is number => d !== null);
    const avg = spans.length ? Math.round((spans.reduce((a, b) => a + b, 0) / spans.length) * 10) / 10 : null;
    const summary = ctx.t('syn-handling-summary', {
      n: list.length,
      resolved: count('resolved'),
      active: count('open', 'acknowledged', 'handling'),
      falseAlarm: count('false_alarm'),
      avg: avg === null ? '–' : String(avg),
    });
    const rows = list.map((h) => {
      const end = done(h);
      const shared = h.outcome ? ctx.t(h.outcomeShared ? 'syn-shared-yes' : 'syn-shared-no') : '–';
      return [
        h.receiptNo,
        h.placeText ? `${stripEnd(h.placeText)} (${h.unitName})` : h.unitName,
        ctx.lab('hsstatus', h.status),
        h.outcome ? stripEnd(h.outcome) : '',
        end ? `${ddmm(h.createdAt)} – ${ddmm(end.at)}` : ddmm(h.createdAt),
        shared,
      ];
    });
    const header = ['syn-col-receipt', 'syn-col-place', 'syn-col-status', 'syn-col-outcome', 'syn-col-handled', 'syn-col-shared'].map((k) => ctx.t(k));
    return { title, blocks: [para(summary), { kind: 'table', header, rows }] };
  },
});
