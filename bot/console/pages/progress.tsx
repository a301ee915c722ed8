import type { CompletenessView } from '../../../core/reports/completeness-view.js';
import { pct } from '../widgets.js';
import { StackTable } from './stack-table.js';
import { Csrf, Layout } from '../layout.js';
import { fmtDay, fmtPeriod, qs, type PageCtx } from '../page-context.js';

export function ProgressPage(props: {
  ctx: PageCtx;
  rootName: string;
  unitId: string;
  which: string;
  view: CompletenessView;
  leaf: boolean;
  message?: string;
}) {
  const { ctx, view } = props;
  const t = ctx.t;
  const total = view.total;
  const link = (extra: Record<string, string>) => `/console/progress${qs({ unit: props.unitId, which: props.which, ...extra })}`;
  return (
    <Layout ctx={ctx} title={`${t('con-nav-progress')} — ${props.rootName}`} active="progress">
      {props.message ? (
        <p class="flash ok" role="status">
          {props.message}
        </p>
      ) : null}
      <nav class="tabs" aria-label={t('con-f-period')}>
        <a href={link({ which: 'current' })} aria-current={props.which === 'current' ? 'page' : undefined}>
          {t('con-pr-current')}
        </a>
        <a href={link({ which: 'previous' })} aria-current={props.which === 'previous' ? 'page' : undefined}>
          {t('con-pr-previous')}
        </a>
        {props.unitId ? <a href="/console/progress">{t('con-pr-top')}</a> : null}
      </nav>
      {total ? (
        <p class="summary">
          {t('con-pr-summary', {
            period: fmtPeriod(total.period),
            due: fmtDay(total.due),
            expected: total.expected,
            onTime: total.onTime,
            late: total.late,
            missing: total.missing,
          })}
        </p>
      ) : (
        <p>{t('con-none')}</p>
      )}
      <StackTable
        label={t('con-nav-progress')}
        rows={view.rows}
        cols={[
          {
            head: t('con-col-unit'),
            cell: (r) =>
              r.unitId === props.unitId || props.leaf ? r.name : <a href={`/console/progress${qs({ unit: r.unitId, which: props.which })}`}>{r.name}</a>,
          },
          { head: t('con-pr-expected'), cell: (r) => r.expected },
          { head: t('con-pr-on-time'), cell: (r) => r.onTime },
          { head: t('con-pr-late'), cell: (r) => r.late },
          { head: t('con-pr-missing'), cell: (r) => r.missing },
          {
            head: t('con-pr-rate'),
            cell: (r) => (
              <>
                <meter min={0} max={100} value={Math.round(((r.onTime + r.late) / Math.max(1, r.expected)) * 100)} aria-label={r.name}></meter>{' '}
                {pct(r.onTime + r.late, r.expected)}
              </>
            ),
          },
        ]}
      />
      {total && total.missingPeople.length > 0 ? (
        <section aria-labelledby="pr-missing">
          <h2 id="pr-missing">{t('con-pr-missing-list', { n: total.missingPeople.length })}</h2>
          <ul class="columns">
            {total.missingPeople.slice(0, 500).map((n) => (
              <li>{n}</li>
            ))}
          </ul>
          <form method="post" action={link({})} class="action">
            <Csrf ctx={ctx} />
            <button type="submit" class="primary">
              {t('con-pr-remind')}
            </button>
          </form>
        </section>
      ) : null}
    </Layout>
  );
}
