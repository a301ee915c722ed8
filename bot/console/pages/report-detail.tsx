import type { ReportDetail } from '../../../core/reports/detail.js';
import { ConfidentialFact, Flash, UrgentMark } from '../widgets.js';
import { label } from '../../../core/synthesis/labels.js';
import type { Translate } from '../../../core/kernel/i18n.js';
import { Csrf, Layout } from '../layout.js';
import { fmtPeriod, fmtTime, type PageCtx } from '../page-context.js';
import { MediaList } from './media-list.js';

function Field(props: { name: string; value: string | null | undefined }) {
  if (!props.value) return null;
  return (
    <>
      <dt>{props.name}</dt>
      <dd class="pre">{props.value}</dd>
    </>
  );
}

export function ReportDetailPage(props: { ctx: PageCtx; tr: Translate; d: ReportDetail; message?: { ok: boolean; text: string } }) {
  const { ctx, d } = props;
  const t = ctx.t;
  const r = d.report;
  const l = (list: string, code: string | null) => label(props.tr, ctx.lang, list, code);
  return (
    <Layout ctx={ctx} title={`${t(`reports-kind-${r.kind}`)} ${r.receiptNo ?? ''}`} active="reports">
      <p>
        <a href="/console/reports">‹ {t('con-back-list')}</a>
      </p>
      <Flash message={props.message} />
      <dl class="facts">
        <dt>{t('con-col-unit')}</dt>
        <dd>{d.unitName}</dd>
        <dt>{t('con-col-status')}</dt>
        <dd data-testid="report-status">
          {t(`con-rs-${r.status}`)}
          <UrgentMark ctx={ctx} urgent={r.urgent} />
        </dd>
        <ConfidentialFact ctx={ctx} confidentialUnitId={r.confidentialUnitId} unitName={d.unitName} />
        <Field name={t('con-f-period')} value={r.period ? fmtPeriod(r.period) : null} />
        <Field name={t('con-rep-reporter')} value={d.reporterName} />
        <Field name={t('con-col-time')} value={fmtTime(r.submittedAt, ctx.timeZone)} />
        <Field name={t('reports-field-report-title')} value={r.title} />
        <Field name={t('reports-field-assessment')} value={l('assessment', r.assessment)} />
        <Field name={t('reports-field-mood')} value={l('mood', r.mood)} />
        <Field name={t('reports-field-spread')} value={l('spread', r.spread)} />
        <Field name={t('reports-field-rumours')} value={r.rumours} />
        <Field name={t('reports-field-good-practices')} value={r.goodPractices} />
        <Field name={t('reports-field-general-proposals')} value={r.proposals} />
      </dl>
      {d.issues.map((i) => (
        <section class="issue" aria-labelledby={`issue-${i.position}`}>
          <h2 id={`issue-${i.position}`}>{t('reports-review-issue', { n: i.position, title: i.title })}</h2>
          <dl class="facts">
            <Field name={t('reports-field-topic')} value={i.topic?.[ctx.lang] ?? i.topicCode} />
            <Field name={t('reports-field-scope')} value={l('scope', i.scope)} />
            <Field name={t('reports-field-summary')} value={i.summary} />
            <Field name={t('reports-field-causes')} value={i.causes} />
            <Field name={t('reports-field-forecast')} value={i.forecast} />
            <Field name={t('reports-field-proposals')} value={i.proposals} />
            <Field name={t('reports-field-source')} value={l('source', i.source)} />
            <Field name={t('reports-field-reliability')} value={l('reliability', i.reliability)} />
          </dl>
          {i.streams.length ? (
            <ul class="streams">
              {i.streams.map((s) => (
                <li>
                  <strong>{l('stance', s.stance)}</strong> · {l('prevalence', s.prevalence)} · {l('stratum', s.holderGroup)}
                  <div class="pre">{s.content}</div>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}
      {d.exchange.length ? (
        <section aria-labelledby="rep-exchange">
          <h2 id="rep-exchange">{t('con-rep-exchange')}</h2>
          <ul class="streams">
            {d.exchange.map((e) => (
              <li>
                <strong>{t(`con-rep-${e.action}`)}</strong> · {fmtTime(e.at, ctx.timeZone)}
                <div class="pre">{e.note}</div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="rep-media">
        <h2 id="rep-media">{t('con-hs-media')}</h2>
        <MediaList ctx={ctx} items={d.media} />
      </section>
      <section aria-labelledby="rep-review">
        <h2 id="rep-review">{t('con-rep-review')}</h2>
        <form method="post" action={`/console/reports/${r.id}/received`} class="action">
          <Csrf ctx={ctx} />
          <button type="submit" class="primary">
            {t('con-rep-received')}
          </button>
        </form>
        <form method="post" action={`/console/reports/${r.id}/more`} class="action">
          <Csrf ctx={ctx} />
          <label for="more-note">{t('con-rep-more-note')}</label>
          <textarea id="more-note" name="note" required maxlength={2000} rows={3}></textarea>
          <button type="submit">{t('con-rep-more')}</button>
        </form>
      </section>
    </Layout>
  );
}
