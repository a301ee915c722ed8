import type { UnitAck } from '../../../core/broadcasts/ack.js';
import { HBar, pct } from '../widgets.js';
import { Layout } from '../layout.js';
import { fmtTime, type PageCtx } from '../page-context.js';
import type { GuidanceFigure } from './overview.js';
import type { GuidanceFile } from '../../../core/broadcasts/attachment-file.js';
import { MediaList } from './media-list.js';
import { StackTable } from './stack-table.js';

export interface GuidanceRow extends GuidanceFigure {
  status: string;
  createdAt: Date;
}

export function GuidanceListPage(props: { ctx: PageCtx; rows: GuidanceRow[] }) {
  const { ctx } = props;
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t('con-nav-guidance')} active="guidance">
      <p>
        <a class="button primary" href="/console/guidance/new">
          {t('con-gd-compose')}
        </a>
      </p>
      <StackTable
        label={t('con-nav-guidance')}
        rows={props.rows}
        cols={[
          { head: t('con-col-title'), cell: (g) => <a href={`/console/guidance/${g.id}`}>{g.title}</a> },
          { head: t('con-col-status'), cell: (g) => t(`broadcast-status-${g.status}`) },
          { head: t('con-gd-delivered'), cell: (g) => `${g.delivered}/${g.total}` },
          { head: t('con-gd-acked'), cell: (g) => (g.requireAck ? `${g.acknowledged} (${pct(g.acknowledged, g.delivered)})` : '—') },
          { head: t('con-col-time'), cell: (g) => fmtTime(g.createdAt, ctx.timeZone) },
        ]}
      />
    </Layout>
  );
}

export function GuidanceDetailPage(props: {
  ctx: PageCtx;
  g: GuidanceRow;
  body: string;
  file: GuidanceFile | null;
  byUnit: UnitAck[];
  missing: { name: string; unitName: string; state: string }[];
}) {
  const { ctx, g } = props;
  const t = ctx.t;
  const chart = {
    labels: props.byUnit.map((u) => u.unitName),
    delivered: props.byUnit.map((u) => u.delivered),
    acknowledged: props.byUnit.map((u) => u.acknowledged),
  };
  return (
    <Layout ctx={ctx} title={g.title} active="guidance">
      <p>
        <a href="/console/guidance">‹ {t('con-back-list')}</a>
      </p>
      <p>
        {t(`broadcast-status-${g.status}`)} · {t('con-gd-figures', { delivered: g.delivered, total: g.total, acked: g.acknowledged })}
      </p>
      <details>
        <summary>{t('con-gd-body')}</summary>
        <div class="pre">{props.body}</div>
      </details>
      {props.file ? (
        <section aria-labelledby="gd-file">
          <h2 id="gd-file">{t('con-gd-file')}</h2>
          <MediaList ctx={ctx} items={[props.file]} />
        </section>
      ) : null}
      <section aria-labelledby="gd-units">
        <h2 id="gd-units">{t('con-gd-by-unit')}</h2>
        <div class="hbars" data-chart="hbars" data-series={JSON.stringify(chart)}>
          {props.byUnit.map((u) => (
            <HBar label={u.unitName} n={u.acknowledged} of={u.delivered} />
          ))}
        </div>
      </section>
      {g.requireAck ? (
        <section aria-labelledby="gd-missing">
          <h2 id="gd-missing">{t('con-gd-missing', { n: props.missing.length })}</h2>
          <StackTable
            label={t('con-gd-missing', { n: props.missing.length })}
            rows={props.missing}
            cols={[
              { head: '', cell: (m) => m.name },
              { head: '', cell: (m) => m.unitName },
              { head: '', cell: (m) => t(`con-ds-${m.state}`) },
            ]}
          />
        </section>
      ) : null}
    </Layout>
  );
}
