import { dateParams, DateRange, UnreadDays } from '../widgets.js';
import type { UnreadDay } from '../routes/common.js';
import { StackTable } from './stack-table.js';
import { HOT_SPOT_CATEGORIES } from '../../../core/hot-spots/create.js';
import type { HotSpotFilters, HotSpotListItem } from '../../../core/hot-spots/browse.js';
import { Layout, Pager, Select } from '../layout.js';
import { fmtTime, qs, type PageCtx } from '../page-context.js';

export const HS_STATUSES = ['active', 'open', 'acknowledged', 'handling', 'resolved', 'false_alarm', 'merged'] as const;

export interface UnitOption {
  value: string;
  label: string;
}

function filterQuery(ctx: PageCtx, f: HotSpotFilters & { from?: Date | null; to?: Date | null }, extra: Record<string, string | number> = {}) {
  return qs({
    status: f.status,
    severity: f.severity,
    category: f.category,
    unit: f.unitId,
    ...dateParams(ctx.timeZone, f.from, f.to),
    ...extra,
  });
}

function HotSpotFiltersForm(props: { ctx: PageCtx; f: HotSpotFilters; units: UnitOption[] }) {
  const { ctx, f } = props;
  const t = ctx.t;
  return (
    <form
      class="filters"
      method="get"
      action="/console/hot-spots"
      hx-get="/console/hot-spots"
      hx-target="#results"
      hx-trigger="change, submit"
      hx-push-url="true"
      role="search"
      aria-label={t('con-filters')}
    >
      <Select
        name="status"
        label={t('con-f-status')}
        value={f.status}
        any={t('con-any')}
        options={HS_STATUSES.map((s) => ({ value: s, label: s === 'active' ? t('con-hs-active') : t(`hot-spots-status-${s}`) }))}
      />
      <Select
        name="severity"
        label={t('con-f-severity')}
        value={f.severity ? String(f.severity) : ''}
        any={t('con-any')}
        options={[4, 3, 2, 1].map((s) => ({ value: String(s), label: `${s} — ${t(`hot-spots-sev-${s}`)}` }))}
      />
      <Select
        name="category"
        label={t('con-f-category')}
        value={f.category}
        any={t('con-any')}
        options={HOT_SPOT_CATEGORIES.map((c) => ({ value: c, label: t(`hot-spots-opt-category-${c}`) }))}
      />
      <Select name="unit" label={t('con-f-unit')} value={f.unitId} options={props.units} />
      <DateRange ctx={ctx} from={f.from} to={f.to} />
      <button type="submit">{t('con-apply')}</button>
    </form>
  );
}

export function SeverityBadge(props: { ctx: PageCtx; severity: number }) {
  return <span class={`sev sev-${props.severity}`}>{`${props.severity} · ${props.ctx.t(`hot-spots-sev-${props.severity}`)}`}</span>;
}

export function HotSpotResults(props: {
  ctx: PageCtx;
  f: HotSpotFilters;
  items: HotSpotListItem[];
  total: number;
  page: number;
  pages: number;
  unread?: UnreadDay[];
}) {
  const { ctx } = props;
  const t = ctx.t;
  return (
    <div id="results">
      <UnreadDays ctx={ctx} unread={props.unread} />
      <p class="count" role="status">
        {t('con-hs-count', { n: props.total })}
      </p>
      <StackTable
        label={t('con-nav-hot-spots')}
        rows={props.items}
        cols={[
          {
            head: t('con-col-receipt'),
            cell: (h) => (
              <a class="receipt" href={`/console/hot-spots/${h.id}`}>
                {h.receiptNo}
              </a>
            ),
          },
          { head: t('con-col-severity'), cell: (h) => <SeverityBadge ctx={ctx} severity={h.severity} /> },
          { head: t('con-col-category'), cell: (h) => t(`hot-spots-opt-category-${h.category}`) },
          { head: t('con-col-status'), cell: (h) => t(`hot-spots-status-${h.status}`) },
          { head: t('con-col-unit'), cell: (h) => h.unitName },
          { head: t('con-col-time'), cell: (h) => fmtTime(h.createdAt, ctx.timeZone) },
        ]}
      />
      <Pager ctx={ctx} page={props.page} pages={props.pages} link={(p) => `/console/hot-spots${filterQuery(ctx, props.f, { page: p + 1 })}`} />
    </div>
  );
}

export function HotSpotsPage(props: {
  ctx: PageCtx;
  f: HotSpotFilters;
  units: UnitOption[];
  results: Parameters<typeof HotSpotResults>[0];
  tiles: { url: string; attribution: string };
}) {
  const { ctx } = props;
  const t = ctx.t;
  return (
    <Layout
      ctx={ctx}
      title={t('con-nav-hot-spots')}
      active="hot-spots"
      scripts={['leaflet.js', 'markercluster.js']}
      styles={['leaflet.css', 'MarkerCluster.css', 'MarkerCluster.Default.css']}
    >
      <HotSpotFiltersForm ctx={ctx} f={props.f} units={props.units} />
      <section class="map-wrap" aria-labelledby="map-title">
        <h2 id="map-title">{t('con-map-title')}</h2>
        <div
          id="map"
          role="region"
          aria-label={t('con-map-title')}
          data-points={`/console/hot-spots/points${filterQuery(props.ctx, props.f)}`}
          data-tiles={props.tiles.url}
          data-attribution={props.tiles.attribution}
          data-open-label={t('con-open')}
          data-cluster-label={t('con-map-cluster', { count: '{count}', top: '{top}' })}
        ></div>
        <ul class="legend" aria-label={t('con-legend')}>
          {[4, 3, 2, 1].map((s) => (
            <li>
              <SeverityBadge ctx={ctx} severity={s} />
            </li>
          ))}
        </ul>
      </section>
      <HotSpotResults {...props.results} />
    </Layout>
  );
}
