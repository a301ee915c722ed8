import type { Mix, Series } from '../../../core/console/trends.js';
import { Layout } from '../layout.js';
import { StackTable } from './stack-table.js';
import { fmtPeriod, fmtTime, type PageCtx } from '../page-context.js';

/** A line chart drawn by uPlot from its data attribute, with the same figures as a table for screen readers and printing. */
function SeriesChart(props: { ctx: PageCtx; id: string; title: string; s: Series; name: (key: string) => string; percent?: boolean }) {
  const { s } = props;
  const data = {
    months: s.months.map(fmtPeriod),
    xLabel: props.ctx.t('con-tr-month'),
    series: s.series.map((x) => ({ label: props.name(x.key), values: x.values })),
    percent: !!props.percent,
  };
  return (
    <section aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      <div class="chart" data-chart="lines" data-series={JSON.stringify(data)} aria-hidden="true"></div>
      <details>
        <summary>{props.ctx.t('con-tr-table')}</summary>
        <StackTable
          label={props.title}
          rows={s.series}
          cols={[
            { head: '', cell: (x) => props.name(x.key), rowHead: true },
            ...s.months.map((m, i) => ({ head: fmtPeriod(m), cell: (x: Series['series'][number]) => x.values[i] })),
          ]}
        />
      </details>
    </section>
  );
}

function MixTable(props: {
  ctx: PageCtx;
  title: string;
  mix: Mix[];
  codes: readonly string[];
  label: (code: string) => string;
  topic: (key: string) => string;
}) {
  return (
    <section>
      <h2>{props.title}</h2>
      <StackTable
        label={props.title}
        rows={props.mix}
        cols={[
          { head: props.ctx.t('con-f-topic'), cell: (m) => props.topic(m.key), rowHead: true },
          ...props.codes.map((c) => ({
            head: props.label(c),
            cell: (m: Mix) => (m.total ? `${Math.round(((m.counts[c] ?? 0) / m.total) * 100)}%` : '—'),
          })),
        ]}
      />
    </section>
  );
}

export function TrendsPage(props: {
  ctx: PageCtx;
  topics: Series;
  hotSpots: Series;
  onTime: Series;
  stance: Mix[];
  prevalence: Mix[];
  stances: readonly string[];
  prevalences: readonly string[];
  label: (list: string, code: string) => string;
  topic: (key: string) => string;
  computedAt: Date;
}) {
  const { ctx } = props;
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t('con-nav-trends')} active="trends" scripts={['uPlot.min.js']} styles={['uPlot.min.css']}>
      <p class="muted">{t('con-tr-computed', { when: fmtTime(props.computedAt, ctx.timeZone) })}</p>
      <SeriesChart ctx={ctx} id="tr-topics" title={t('con-tr-topics')} s={props.topics} name={props.topic} />
      <MixTable ctx={ctx} title={t('con-tr-stance')} mix={props.stance} codes={props.stances} label={(c) => props.label('stance', c)} topic={props.topic} />
      <MixTable
        ctx={ctx}
        title={t('con-tr-prevalence')}
        mix={props.prevalence}
        codes={props.prevalences}
        label={(c) => props.label('prevalence', c)}
        topic={props.topic}
      />
      <SeriesChart ctx={ctx} id="tr-hs" title={t('con-tr-hot-spots')} s={props.hotSpots} name={(k) => t(`hot-spots-opt-category-${k}`)} />
      <SeriesChart ctx={ctx} id="tr-ontime" title={t('con-tr-on-time')} s={props.onTime} name={(k) => k} percent />
    </Layout>
  );
}
