import { compareVi } from '../../../core/kernel/text.js';
import type { RequestStatus } from '../../../core/reports/requests/status.js';
import { StackTable } from './stack-table.js';
import { Layout } from '../layout.js';
import { fmtTime, type PageCtx } from '../page-context.js';

/** Yêu cầu báo cáo (issue 13 §6): the requests of the official's subtree and who answered, unit by unit. */

function Due(props: { ctx: PageCtx; at: Date; now: Date }) {
  const past = props.at.getTime() < props.now.getTime();
  return (
    <>
      {fmtTime(props.at, props.ctx.timeZone)}
      {past ? <span class="muted"> ({props.ctx.t('con-rq-due-passed')})</span> : null}
    </>
  );
}

export function RequestsPage(props: { ctx: PageCtx; requests: RequestStatus[]; now: Date }) {
  const { ctx } = props;
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t('con-nav-requests')} active="requests">
      <p class="muted">{t('con-rq-intro')}</p>
      {props.requests.length === 0 ? (
        <p>{t('con-rq-none')}</p>
      ) : (
        <StackTable
          label={t('con-nav-requests')}
          rows={props.requests}
          cols={[
            { head: t('con-rq-col-subject'), cell: (r) => <a href={`/console/requests/${r.id}`}>{r.subject}</a> },
            { head: t('con-rq-col-sent-to'), cell: (r) => r.unitName },
            { head: t('con-rq-col-due'), cell: (r) => <Due ctx={ctx} at={r.dueAt} now={props.now} /> },
            { head: t('con-rq-col-answered'), cell: (r) => `${r.answered.length}/${r.asked}` },
          ]}
        />
      )}
    </Layout>
  );
}

interface UnitRow {
  unitName: string;
  answered: RequestStatus['answered'];
  pending: RequestStatus['pending'];
}

/** Recipients grouped by their unit, in the order the core lists them (unit name, then person). */
function byUnit(r: RequestStatus): UnitRow[] {
  const rows = new Map<string, UnitRow>();
  const row = (unitName: string) => rows.get(unitName) ?? rows.set(unitName, { unitName, answered: [], pending: [] }).get(unitName)!;
  for (const a of r.answered) row(a.unitName).answered.push(a);
  for (const p of r.pending) row(p.unitName).pending.push(p);
  return [...rows.values()].sort((a, b) => compareVi(a.unitName, b.unitName));
}

export function RequestPage(props: { ctx: PageCtx; r: RequestStatus; now: Date }) {
  const { ctx, r } = props;
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={r.subject} active="requests">
      <p>
        <a href="/console/requests">‹ {t('con-back-list')}</a>
      </p>
      <dl class="facts">
        <dt>{t('con-rq-col-sent-to')}</dt>
        <dd>{r.unitName}</dd>
        <dt>{t('con-rq-col-due')}</dt>
        <dd>
          <Due ctx={ctx} at={r.dueAt} now={props.now} />
        </dd>
        <dt>{t('con-rq-col-answered')}</dt>
        <dd data-testid="rq-answered">{`${r.answered.length}/${r.asked}`}</dd>
      </dl>
      <section aria-labelledby="rq-by-unit">
        <h2 id="rq-by-unit">{t('con-rq-by-unit')}</h2>
        <StackTable
          label={t('con-rq-by-unit')}
          rows={byUnit(r)}
          cols={[
            { head: t('con-col-unit'), cell: (u) => u.unitName, rowHead: true },
            { head: t('con-rq-col-answered'), cell: (u) => `${u.answered.length}/${u.answered.length + u.pending.length}` },
            {
              head: t('con-rq-col-who-done'),
              cell: (u) =>
                u.answered.map((a, i) => (
                  <>
                    {i > 0 ? ', ' : ''}
                    {a.name}
                    {a.reportId ? (
                      <>
                        {' '}
                        (<a href={`/console/reports/${a.reportId}`}>{a.receiptNo}</a>)
                      </>
                    ) : null}
                    {a.late ? <span class="muted"> ({t('con-rq-late')})</span> : null}
                  </>
                )),
            },
            { head: t('con-rq-col-who-pending'), cell: (u) => u.pending.map((p) => p.name).join(', ') },
          ]}
        />
      </section>
    </Layout>
  );
}
