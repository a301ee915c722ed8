import { dateParams, DateRange, PeriodField, UnreadDays, UrgentMark } from '../widgets.js';
import { StackTable } from './stack-table.js';
import { REPORT_KINDS, REPORT_STATUSES, type ReportFilters, type ReportListItem } from '../../../core/reports/browse.js';
import type { TopicView } from '../../../core/reports/topics.js';
import { Layout, Pager, Select } from '../layout.js';
import { fmtPeriod, fmtTime, qs, type PageCtx } from '../page-context.js';
import type { UnitChoice, UnreadDay } from '../routes/common.js';

function reportQuery(ctx: PageCtx, f: ReportFilters, extra: Record<string, string | number> = {}) {
  return qs({
    q: f.q,
    unit: f.unitId,
    period: f.period,
    kind: f.kind,
    status: f.status,
    topic: f.topic,
    ...dateParams(ctx.timeZone, f.from, f.to),
    ...extra,
  });
}

function Filters(props: { ctx: PageCtx; f: ReportFilters; units: UnitChoice[]; topics: TopicView[] }) {
  const { ctx, f } = props;
  const t = ctx.t;
  return (
    <form
      class="filters"
      method="get"
      action="/console/reports"
      hx-get="/console/reports"
      hx-target="#results"
      hx-trigger="change, submit"
      hx-push-url="true"
      role="search"
      aria-label={t('con-filters')}
    >
      <div class="field wide">
        <label for="f-q">{t('con-f-search')}</label>
        <input id="f-q" type="search" name="q" value={f.q ?? ''} maxlength={200} placeholder={t('con-f-search-hint')} />
      </div>
      <Select name="unit" label={t('con-f-unit')} value={f.unitId} options={props.units} />
      <PeriodField ctx={ctx} id="f-period" value={f.period} />
      <Select
        name="kind"
        label={t('con-f-kind')}
        value={f.kind}
        any={t('con-any')}
        options={REPORT_KINDS.map((k) => ({ value: k, label: t(`reports-kind-${k}`) }))}
      />
      <Select
        name="status"
        label={t('con-f-status')}
        value={f.status}
        any={t('con-any')}
        options={REPORT_STATUSES.map((s) => ({ value: s, label: t(`con-rs-${s}`) }))}
      />
      <Select
        name="topic"
        label={t('con-f-topic')}
        value={f.topic}
        any={t('con-any')}
        options={props.topics.map((tp) => ({ value: tp.code, label: `${tp.parentCode ? '— ' : ''}${tp.name}` }))}
      />
      <DateRange ctx={ctx} from={f.from} to={f.to} />
      <button type="submit">{t('con-apply')}</button>
    </form>
  );
}

export function ReportResults(props: {
  ctx: PageCtx;
  f: ReportFilters;
  items: ReportListItem[];
  total: number;
  capped: boolean;
  page: number;
  pages: number;
  unread?: UnreadDay[];
}) {
  const { ctx, f } = props;
  const t = ctx.t;
  return (
    <div id="results">
      <UnreadDays ctx={ctx} unread={props.unread} />
      <div class="results-head">
        <p class="count" role="status">
          {t(props.capped ? 'con-rep-count-capped' : 'con-rep-count', { n: props.total })}
        </p>
        <p class="exports">
          <a href={`/console/reports/export.csv${reportQuery(ctx, f)}`} download>
            {t('con-export-csv')}
          </a>
          <a href={`/console/reports/export.xlsx${reportQuery(ctx, f)}`} download>
            {t('con-export-xlsx')}
          </a>
        </p>
      </div>
      <StackTable
        label={t('con-nav-reports')}
        rows={props.items}
        cols={[
          {
            head: t('con-col-receipt'),
            cell: (r) => (
              <>
                <a class="receipt" href={`/console/reports/${r.id}`}>
                  {r.receiptNo}
                </a>
                <UrgentMark ctx={ctx} urgent={r.urgent} />
              </>
            ),
          },
          { head: t('con-col-kind'), cell: (r) => t(`reports-kind-${r.kind}`) },
          { head: t('con-col-title'), cell: (r) => r.title ?? (r.period ? t('con-rep-period', { period: fmtPeriod(r.period) }) : '') },
          { head: t('con-col-unit'), cell: (r) => r.unitName },
          { head: t('con-col-status'), cell: (r) => t(`con-rs-${r.status}`) },
          { head: t('con-col-time'), cell: (r) => fmtTime(r.submittedAt, ctx.timeZone) },
        ]}
      />
      <Pager ctx={ctx} page={props.page} pages={props.pages} link={(p) => `/console/reports${reportQuery(ctx, f, { page: p + 1 })}`} />
    </div>
  );
}

export function ReportsPage(props: { ctx: PageCtx; f: ReportFilters; units: UnitChoice[]; topics: TopicView[]; results: Parameters<typeof ReportResults>[0] }) {
  return (
    <Layout ctx={props.ctx} title={props.ctx.t('con-nav-reports')} active="reports">
      <Filters ctx={props.ctx} f={props.f} units={props.units} topics={props.topics} />
      <ReportResults {...props.results} />
    </Layout>
  );
}
