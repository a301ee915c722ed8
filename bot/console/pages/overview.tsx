import type { ActivityItem } from '../../../core/console/overview.js';
import type { CompletenessTotal } from '../../../core/reports/completeness-view.js';
import { Layout, TableWrap } from '../layout.js';
import { UrgentMark } from '../widgets.js';
import { fmtPeriod, fmtTime, type PageCtx } from '../page-context.js';
import { SeverityBadge } from './hot-spots.js';

export interface GuidanceFigure {
  id: string;
  title: string;
  total: number;
  delivered: number;
  acknowledged: number;
  requireAck: boolean;
}

export interface OverviewData {
  alerts: { severity: number; active: number; open: number }[];
  completeness: CompletenessTotal | null;
  guidance: GuidanceFigure[];
  activity: ActivityItem[];
}

const pct = (n: number, of: number) => (of === 0 ? '—' : `${Math.round((n / of) * 100)}%`);

function Figure(props: { href: string; value: string | number; label: string; testId?: string }) {
  return (
    <a class="figure" href={props.href} data-testid={props.testId}>
      <span class="value">{props.value}</span>
      <span class="label">{props.label}</span>
    </a>
  );
}

export function OverviewPage(props: { ctx: PageCtx; data: OverviewData }) {
  const { ctx, data } = props;
  const t = ctx.t;
  const c = data.completeness;
  return (
    <Layout ctx={ctx} title={t('con-nav-overview')} active="overview">
      <section aria-labelledby="ov-alerts">
        <h2 id="ov-alerts">{t('con-ov-alerts')}</h2>
        <div class="figures">
          {data.alerts.map((a) => (
            <a class={`figure sev-border-${a.severity}`} href={`/console/hot-spots?status=active&severity=${a.severity}`} data-testid={`alerts-${a.severity}`}>
              <span class="value">{a.active}</span>
              <span class="label">
                <SeverityBadge ctx={ctx} severity={a.severity} />
                <br />
                {t('con-ov-not-taken', { n: a.open })}
              </span>
            </a>
          ))}
        </div>
      </section>
      <section aria-labelledby="ov-reports">
        <h2 id="ov-reports">{t('con-ov-reports', { period: c ? fmtPeriod(c.period) : '' })}</h2>
        {c ? (
          <div class="figures">
            <Figure href="/console/progress" value={`${c.onTime + c.late}/${c.expected}`} label={t('con-ov-received')} testId="ov-received" />
            {/* A count, not a share of those expected: mid-period a share read as units being late. */}
            <Figure href="/console/progress" value={c.onTime} label={t('con-ov-on-time', { late: c.late })} testId="ov-on-time" />
            <Figure href="/console/progress" value={c.missing} label={c.overdue ? t('con-ov-missing-late') : t('con-ov-missing')} />
          </div>
        ) : (
          <p>{t('con-none')}</p>
        )}
      </section>
      <section aria-labelledby="ov-guidance">
        <h2 id="ov-guidance">{t('con-ov-guidance')}</h2>
        {data.guidance.length === 0 ? <p>{t('con-none')}</p> : null}
        <ul class="bars">
          {data.guidance.map((g) => (
            <li>
              <a href={`/console/guidance/${g.id}`}>{g.title}</a>
              <div class="bar-row">
                <progress max={Math.max(1, g.total)} value={g.requireAck ? g.acknowledged : g.delivered} aria-label={g.title}></progress>
                <span>
                  {g.requireAck
                    ? t('con-ov-acked', { n: g.acknowledged, total: g.total, pct: pct(g.acknowledged, g.total) })
                    : t('con-ov-delivered', { n: g.delivered, total: g.total })}
                </span>
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="ov-activity">
        <h2 id="ov-activity">{t('con-ov-activity')}</h2>
        <TableWrap label={t('con-ov-activity')}>
          <table class="stack feed">
            <tbody>
              {data.activity.map((a) => (
                <tr>
                  <td>{fmtTime(a.at, ctx.timeZone)}</td>
                  <td>
                    <a href={a.kind === 'report' ? `/console/reports/${a.id}` : `/console/hot-spots/${a.id}`}>{a.label}</a>
                    <UrgentMark ctx={ctx} urgent={a.urgent} />
                  </td>
                  <td class="cap">{a.kind === 'report' ? t(`reports-kind-${a.detail}`) : t(`hot-spots-ev-${a.detail}`)}</td>
                  <td>{a.unitName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </section>
    </Layout>
  );
}
