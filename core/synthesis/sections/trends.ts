import { renderChart, type ChartSpec } from '../charts.js';
import { heading, para, type Block } from '../document.js';
import type { WriteContext } from '../prose.js';
import type { Series, Trends } from '../trends.js';

/**
 * The trends section of a quarterly, six-month or annual synthesis: per topic counts and stance
 * mix month over month, hot spots per category, units' timeliness; each a table and a chart.
 */
const monthLabel = (ctx: WriteContext, p: string) => ctx.t('syn-month-short', { m: Number(p.slice(5, 7)), y: p.slice(0, 4) });

/** Stances in colours that read at a glance, also in print: agreement green, dissent red, worry amber. */
const STANCE_COLORS: Record<string, string> = { dong_tinh: '#2e7d32', trai_chieu: '#c62828', ban_khoan: '#f9a825', de_xuat: '#1565c0', trung_lap: '#757575' };

type TableBlock = Extract<Block, { kind: 'table' }>;

function seriesTable(ctx: WriteContext, first: string, months: string[], series: Series[], unit = ''): TableBlock {
  return {
    kind: 'table',
    header: [first, ...months.map((m) => monthLabel(ctx, m)), ...(unit ? [] : [ctx.t('syn-col-sum')])],
    rows: series.map((s) => [
      s.name,
      ...s.values.map((v) => (v === null ? '–' : `${v}${unit}`)),
      ...(unit ? [] : [String(s.values.reduce<number>((a, v) => a + (v ?? 0), 0))]),
    ]),
  };
}

async function chart(ctx: WriteContext, name: string, spec: Omit<ChartSpec, 'categories'>, months: string[]): Promise<Block> {
  const img = await renderChart({ ...spec, categories: months.map((m) => monthLabel(ctx, m)) });
  return { kind: 'image', name, png: img.png, widthPx: img.widthPx, heightPx: img.heightPx, caption: spec.title };
}

/** "Giá cả: 1 → 3 (tăng)" for the busiest topics: first and last month with a change word. */
function movement(ctx: WriteContext, s: Series): string {
  const vals = s.values.map((v) => v ?? 0);
  const [a, b] = [vals[0] ?? 0, vals.at(-1) ?? 0];
  const word = ctx.t(b > a ? 'syn-tr-up' : b < a ? 'syn-tr-down' : 'syn-tr-flat');
  return ctx.t('syn-tr-move', { name: s.name, from: a, to: b, word, peak: Math.max(...vals) });
}

export async function trendsSection(ctx: WriteContext, tr: Trends): Promise<Block[]> {
  const m = tr.months;
  const out: Block[] = [heading(2, `1. ${ctx.t('syn-tr-topics')}`)];
  if (tr.topics.length === 0) out.push(para(ctx.t('syn-tr-no-data')));
  else {
    out.push(
      para(
        ctx.t('syn-tr-topics-intro', {
          moves: tr.topics
            .slice(0, 3)
            .map((s) => movement(ctx, s))
            .join('; '),
        }),
      ),
    );
    out.push(
      seriesTable(ctx, ctx.t('syn-col-topic'), m, tr.topics),
      await chart(ctx, 'chart-topics', { kind: 'line', title: ctx.t('syn-tr-topics'), series: tr.topics }, m),
    );
  }
  out.push(heading(2, `2. ${ctx.t('syn-tr-stances')}`));
  if (tr.stances.length === 0) out.push(para(ctx.t('syn-tr-no-data')));
  else {
    const stances = tr.stances.map((s) => ({ ...s, name: ctx.lab('stance', s.name), color: STANCE_COLORS[s.name] }));
    out.push(seriesTable(ctx, ctx.t('syn-col-stance'), m, stances));
    out.push(await chart(ctx, 'chart-stances', { kind: 'stacked', title: ctx.t('syn-tr-stances'), series: stances }, m));
    for (const t of tr.stanceByTopic) {
      const rows = tr.stances.map((s) => ({ name: ctx.lab('stance', s.name), values: t.byMonth.map((x) => x[s.name] ?? 0) }));
      out.push({ ...seriesTable(ctx, ctx.t('syn-col-stance'), m, rows), caption: ctx.t('syn-tr-stance-topic', { topic: t.topic }) });
    }
  }
  out.push(heading(2, `3. ${ctx.t('syn-tr-hot-spots')}`));
  if (tr.hotSpots.length === 0) out.push(para(ctx.t('syn-tr-no-hot-spots')));
  else {
    const spots = tr.hotSpots.map((s) => ({ ...s, name: ctx.lab('hscat', s.name) }));
    out.push(seriesTable(ctx, ctx.t('syn-col-category'), m, spots));
    out.push(await chart(ctx, 'chart-hot-spots', { kind: 'stacked', title: ctx.t('syn-tr-hot-spots'), series: spots }, m));
  }
  out.push(heading(2, `4. ${ctx.t('syn-tr-timeliness')}`));
  if (tr.timeliness.length === 0) out.push(para(ctx.t('syn-no-expected')));
  else {
    out.push(seriesTable(ctx, ctx.t('syn-col-unit'), m, tr.timeliness, '%'));
    out.push(await chart(ctx, 'chart-timeliness', { kind: 'line', title: ctx.t('syn-tr-timeliness'), series: tr.timeliness, max: 100 }, m));
  }
  return out;
}
