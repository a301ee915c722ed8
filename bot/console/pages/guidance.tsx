import type { UnitAck } from '../../../core/broadcasts/ack.js';
import { HBar, HeadRow, pct } from '../widgets.js';
import { Layout, TableWrap } from '../layout.js';
import { fmtTime, type PageCtx } from '../page-context.js';
import type { GuidanceFigure } from './overview.js';
import type { GuidanceFile } from '../../../core/broadcasts/attachment-file.js';
import { MediaList } from './media-list.js';

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
      <TableWrap label={t('con-nav-guidance')}>
        <table>
          <HeadRow cols={[t('con-col-title'), t('con-col-status'), t('con-gd-delivered'), t('con-gd-acked'), t('con-col-time')]} />
          <tbody>
            {props.rows.map((g) => (
              <tr>
                <td>
                  <a href={`/console/guidance/${g.id}`}>{g.title}</a>
                </td>
                <td>{t(`broadcast-status-${g.status}`)}</td>
                <td>{`${g.delivered}/${g.total}`}</td>
                <td>{g.requireAck ? `${g.acknowledged} (${pct(g.acknowledged, g.delivered)})` : '—'}</td>
                <td>{fmtTime(g.createdAt, ctx.timeZone)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
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
          <TableWrap label={t('con-gd-missing', { n: props.missing.length })}>
            <table>
              <tbody>
                {props.missing.map((m) => (
                  <tr>
                    <td>{m.name}</td>
                    <td>{m.unitName}</td>
                    <td>{t(`con-ds-${m.state}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </section>
      ) : null}
    </Layout>
  );
}
