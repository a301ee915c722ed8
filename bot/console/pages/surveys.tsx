import type { CampaignListItem } from '../../../core/surveys/console-access.js';
import { compareResults, type SurveyResults } from '../../../core/surveys/results.js';
import { Flash, HBar, pct } from '../widgets.js';
import { StackTable } from './stack-table.js';
import { Csrf, Layout } from '../layout.js';
import { fmtTime, type PageCtx } from '../page-context.js';

/** Open answers shown per question; the exports carry every one. */
const OPEN_SHOWN = 20;

export function SurveysPage(props: { ctx: PageCtx; campaigns: CampaignListItem[] }) {
  const { ctx } = props;
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t('con-nav-surveys')} active="surveys">
      <p>
        <a class="button primary" href="/console/surveys/new">
          {t('con-sva-title')}
        </a>
      </p>
      {props.campaigns.length === 0 ? <p>{t('con-sv-none')}</p> : null}
      <ul class="cards">
        {props.campaigns.map((s) => (
          <li>
            <a href={`/console/surveys/${s.id}`}>{t('con-sv-item', { number: s.number, title: s.title })}</a>
            <div class="muted">
              {s.unitName} · {t(`con-sv-status-${s.status}`)} · {fmtTime(s.opensAt, ctx.timeZone)} – {fmtTime(s.closesAt, ctx.timeZone)} ·{' '}
              {t('con-sv-responded', { n: s.responded, total: s.recipients, pct: pct(s.responded, s.recipients), responses: s.responses })}
            </div>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

/** «Share back» for the campaign's author once it closed (`can`), the time it was shared, or nothing. */
export type ShareState = 'can' | { sharedAt: Date } | null;

export function SurveyPage(props: {
  ctx: PageCtx;
  r: SurveyResults;
  baseline: SurveyResults | null;
  share: ShareState;
  message?: { ok: boolean; text: string };
}) {
  const { ctx, r } = props;
  const t = ctx.t;
  const file = (name: string) => `/console/surveys/${r.campaignId}/${name}`;
  return (
    <Layout ctx={ctx} title={t('con-sv-item', { number: r.number, title: r.title })} active="surveys">
      <p>
        <a href="/console/surveys">‹ {t('con-back-list')}</a>
      </p>
      <Flash message={props.message} />
      <p>
        {t(`con-sv-status-${r.status}`)} · {t('con-sv-responses', { n: r.respondents })}
      </p>
      <ShareBack ctx={ctx} r={r} share={props.share} />
      <p class="exports" aria-label={t('con-sv-exports')}>
        <a class="button" href={file('answers.csv')} download>
          {t('con-sv-export-answers-csv')}
        </a>{' '}
        <a class="button" href={file('answers.xlsx')} download>
          {t('con-sv-export-answers-xlsx')}
        </a>{' '}
        <a class="button" href={file('tallies.xlsx')} download>
          {t('con-sv-export-tallies')}
        </a>{' '}
        <a class="button primary" href={file('report.docx')} download>
          {t('con-sv-export-report')}
        </a>
      </p>
      <section aria-labelledby="sv-completion">
        <h2 id="sv-completion">{t('con-sv-completion')}</h2>
        <SurveyCompletion ctx={ctx} r={r} />
      </section>
      <section aria-labelledby="sv-results">
        <h2 id="sv-results">{t('con-sv-results')}</h2>
        {r.questions.map((q, i) => (
          <article class="question">
            <h3>{t('con-sv-question', { n: i + 1, text: q.text, answered: q.answered })}</h3>
            <QuestionResult ctx={ctx} q={q} />
          </article>
        ))}
        {r.hidden.unit.length || r.hidden.stratum.length ? (
          <p class="muted">{t('con-sv-hidden', { units: r.hidden.unit.length, strata: r.hidden.stratum.length })}</p>
        ) : null}
      </section>
      {props.baseline ? <BeforeAfter ctx={ctx} before={props.baseline} after={r} /> : null}
    </Layout>
  );
}

/** The author's button, behind a confirmation (a summary goes to every respondent, once). */
function ShareBack(props: { ctx: PageCtx; r: SurveyResults; share: ShareState }) {
  const { ctx, r, share } = props;
  const t = ctx.t;
  if (!share) return null;
  if (share !== 'can') return <p class="muted">{t('con-sv-shared-at', { when: fmtTime(share.sharedAt, ctx.timeZone) })}</p>;
  return (
    <details class="share-back">
      <summary>{t('con-sv-share')}</summary>
      <form method="post" action={`/console/surveys/${r.campaignId}/share`}>
        <Csrf ctx={ctx} />
        <p>{t('con-sv-share-confirm-text', { n: r.responded })}</p>
        <button type="submit" class="primary">
          {t('con-sv-share-confirm')}
        </button>
      </form>
    </details>
  );
}

/** Completion per unit; while the campaign is open it refreshes itself every 10 s (htmx). */
export function SurveyCompletion(props: { ctx: PageCtx; r: SurveyResults }) {
  const { ctx, r } = props;
  const t = ctx.t;
  const poll = r.status === 'open' ? { 'hx-get': `/console/surveys/${r.campaignId}/completion`, 'hx-trigger': 'every 10s', 'hx-swap': 'outerHTML' } : {};
  return (
    <div id="survey-completion" aria-live="polite" {...poll}>
      <p>{t('con-sv-responded-total', { n: r.responded, total: r.recipients, pct: pct(r.responded, r.recipients) })}</p>
      <StackTable
        label={t('con-sv-completion')}
        rows={r.completion}
        cols={[
          { head: t('con-col-unit'), cell: (u) => u.unitName, rowHead: true },
          { head: t('con-sv-sampled'), cell: (u) => u.recipients },
          { head: t('con-sv-answered'), cell: (u) => u.responded },
          {
            head: t('con-sv-rate'),
            cell: (u) => (
              <>
                <meter min={0} max={100} value={Math.round((u.responded / Math.max(1, u.recipients)) * 100)} aria-label={u.unitName}></meter>{' '}
                {pct(u.responded, u.recipients)}
              </>
            ),
          },
        ]}
      />
    </div>
  );
}

function QuestionResult(props: { ctx: PageCtx; q: SurveyResults['questions'][number] }) {
  const { ctx, q } = props;
  const t = ctx.t;
  if (q.counts && q.options) {
    return (
      <div class="hbars">
        {q.options.map((o, i) => (
          <HBar label={o} n={q.counts![i] ?? 0} of={q.answered} />
        ))}
      </div>
    );
  }
  if (q.number) {
    const round = (v: number) => Math.round(v * 10) / 10;
    return <p>{t('con-sv-number', { mean: round(q.number.mean), median: round(q.number.median), min: q.number.min, max: q.number.max })}</p>;
  }
  const open = q.open ?? [];
  return (
    <>
      <ul>
        {open.slice(0, OPEN_SHOWN).map((a) => (
          <li>{a}</li>
        ))}
      </ul>
      {open.length > OPEN_SHOWN ? <p class="muted">{t('con-sv-more-open', { n: open.length - OPEN_SHOWN })}</p> : null}
    </>
  );
}

function BeforeAfter(props: { ctx: PageCtx; before: SurveyResults; after: SurveyResults }) {
  const t = props.ctx.t;
  const { changes } = compareResults(props.before, props.after);
  const sign = (d: number) => `${d > 0 ? '+' : ''}${Math.round(d * 10) / 10}`;
  return (
    <section aria-labelledby="sv-compare">
      <h2 id="sv-compare">{t('con-sv-compare', { before: props.before.number, after: props.after.number })}</h2>
      <StackTable
        label={t('con-sv-compare', { before: props.before.number, after: props.after.number })}
        rows={changes}
        cols={[
          { head: t('con-sv-question-col'), cell: (c) => c.text },
          { head: t('con-sv-option-col'), cell: (c) => c.option },
          { head: `#${props.before.number}`, cell: (c) => `${c.before}%` },
          { head: `#${props.after.number}`, cell: (c) => `${c.after}%` },
          { head: t('con-sv-change-col'), cell: (c) => sign(c.after - c.before) },
        ]}
      />
    </section>
  );
}
