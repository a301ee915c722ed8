import type { MonthCompleteness } from '../collect.js';
import { para, type Block } from '../document.js';
import { definePart } from '../parts.js';
import { dmy, percent, type WriteContext } from '../prose.js';

/** IX.1 How the collaborators' network reported: expected, on time, late, missing, per unit. */
interface Data {
  months: MonthCompleteness[];
  quick: number;
  thematic: number;
}

function table(ctx: WriteContext, c: MonthCompleteness): Block {
  const v = c.view;
  return {
    kind: 'table',
    header: ['syn-col-unit', 'syn-col-due', 'syn-col-expected', 'syn-col-on-time', 'syn-col-late', 'syn-col-missing'].map((k) => ctx.t(k)),
    rows: v.units.map((s) => [s.name, dmy(s.due), String(s.expected), String(s.onTime), String(s.late), String(s.missing)]),
    totalRow: [ctx.t('syn-total'), '', String(v.total!.expected), String(v.total!.onTime), String(v.total!.late), String(v.total!.missing)],
  };
}

function monthsTable(ctx: WriteContext, months: MonthCompleteness[]): Block {
  return {
    kind: 'table',
    header: ['syn-col-month', 'syn-col-expected', 'syn-col-on-time', 'syn-col-late', 'syn-col-missing', 'syn-col-on-time-rate'].map((k) => ctx.t(k)),
    rows: months.map(({ period, view }) => {
      const x = view.total;
      return [
        period.slice(5, 7) + '/' + period.slice(0, 4),
        ...(x ? [x.expected, x.onTime, x.late, x.missing, `${percent(x.onTime, x.expected)}%`].map(String) : ['0', '0', '0', '0', '–']),
      ];
    }),
  };
}

export const reportingPart = definePart<Data>({
  id: 'reporting',
  slot: 'work',
  order: 10,
  async collect(ctx) {
    const count = (k: string) => ctx.input.reports.filter((r) => r.kind === k).length;
    return { months: ctx.input.completeness, quick: count('quick'), thematic: count('thematic') };
  },
  render(d, ctx) {
    const title = ctx.t('syn-work-reporting');
    const sum = { expected: 0, onTime: 0, late: 0, missing: 0 };
    for (const m of d.months) {
      for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += m.view.total?.[k] ?? 0;
    }
    if (sum.expected === 0) return { title, blocks: [para(ctx.t('syn-no-expected'))] };
    const summary = para(ctx.t('syn-completeness-summary', { ...sum, rate: percent(sum.onTime, sum.expected), quick: d.quick, thematic: d.thematic }));
    const only = d.months.length === 1 ? d.months[0]! : null;
    return { title, blocks: [summary, only && only.view.total ? table(ctx, only) : monthsTable(ctx, d.months)] };
  },
});
