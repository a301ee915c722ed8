import type { PollResults } from '../../../core/polls/results.js';
import { MIN_CELL } from '../../../core/surveys/results.js';
import { Flash, HBar, PeriodField, pct } from '../widgets.js';
import { StackTable } from './stack-table.js';
import { Csrf, Layout } from '../layout.js';
import { fmtTime, type PageCtx } from '../page-context.js';
import type { UnitChoice } from '../routes/common.js';

export function PollsPage(props: { ctx: PageCtx; polls: { id: string; question: string; status: string; closesAt: Date; unitName: string }[] }) {
  const t = props.ctx.t;
  return (
    <Layout ctx={props.ctx} title={t('con-nav-polls')} active="polls">
      {props.polls.length === 0 ? <p>{t('con-none')}</p> : null}
      <ul class="cards">
        {props.polls.map((p) => (
          <li>
            <a href={`/console/polls/${p.id}`}>{p.question}</a>
            <div class="muted">
              {p.unitName} · {t('con-poll-state', { status: p.status, when: fmtTime(p.closesAt, props.ctx.timeZone) })}
            </div>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

export function PollPage(props: { ctx: PageCtx; r: PollResults }) {
  const { ctx, r } = props;
  const t = ctx.t;
  const options = r.poll.options;
  return (
    <Layout ctx={ctx} title={r.poll.question} active="polls">
      <p>
        <a href="/console/polls">‹ {t('con-back-list')}</a>
      </p>
      <p>
        {t('con-poll-state', { status: r.poll.status, when: fmtTime(r.poll.closesAt, ctx.timeZone) })} ·{' '}
        {t('con-poll-answered', { n: r.answered, total: r.recipients, pct: pct(r.answered, r.recipients) })}
      </p>
      <section aria-labelledby="poll-by-option">
        <h2 id="poll-by-option">{t('con-poll-by-option')}</h2>
        <div class="hbars">
          {options.map((o, i) => (
            <HBar label={o} n={r.totals[i] ?? 0} of={r.answered} />
          ))}
        </div>
      </section>
      <section aria-labelledby="poll-by-unit">
        <h2 id="poll-by-unit">{t('con-poll-by-unit')}</h2>
        <StackTable
          label={t('con-poll-by-unit')}
          rows={r.byUnit}
          cols={[
            { head: t('con-col-unit'), cell: (u) => u.unitName, rowHead: true },
            { head: t('con-poll-asked'), cell: (u) => u.recipients },
            { head: t('con-poll-answers'), cell: (u) => u.answered },
            // A unit too small to show its answers: one cell across the options says so.
            ...options.map((o, i) => ({
              head: o,
              cell: (u: (typeof r.byUnit)[number]) => (u.counts ? (u.counts[i] ?? 0) : t('con-poll-hidden', { min: MIN_CELL })),
              span: (u: (typeof r.byUnit)[number]) => (u.counts ? 1 : options.length),
            })),
          ]}
        />
      </section>
    </Layout>
  );
}

export function SynthesisPage(props: {
  ctx: PageCtx;
  runs: { id: string; periodText: string; status: string; unit_name: string; report_count: number | null; docx: boolean; md: boolean }[];
  units: UnitChoice[];
  message?: { ok: boolean; text: string };
}) {
  const { ctx } = props;
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t('con-nav-synthesis')} active="synthesis">
      <Flash message={props.message} />
      <form method="post" action="/console/synthesis" class="filters">
        <Csrf ctx={ctx} />
        <div class="field">
          <label for="s-unit">{t('con-f-unit')}</label>
          <select id="s-unit" name="unit">
            {props.units.map((u) => (
              <option value={u.value}>{u.label}</option>
            ))}
          </select>
        </div>
        <PeriodField ctx={ctx} id="s-period" hint={t('con-syn-period-hint')} />
        <button type="submit" class="primary">
          {t('con-syn-generate')}
        </button>
      </form>
      <SynthesisRuns ctx={ctx} runs={props.runs} />
    </Layout>
  );
}

/**
 * The runs of the official's subtree, newest first. While one is queued or being written the list
 * refreshes itself every 3 s (htmx), so the official sees it finish without reloading.
 */
export function SynthesisRuns(props: { ctx: PageCtx; runs: Parameters<typeof SynthesisPage>[0]['runs'] }) {
  const t = props.ctx.t;
  const pending = props.runs.some((r) => r.status === 'queued' || r.status === 'running');
  const poll = pending ? { 'hx-get': '/console/synthesis/runs', 'hx-trigger': 'every 3s', 'hx-swap': 'outerHTML' } : {};
  if (!props.runs.length) return <p id="synthesis-runs">{t('con-syn-none')}</p>;
  return (
    <div id="synthesis-runs" aria-live="polite" {...poll}>
      <StackTable
        label={t('con-nav-synthesis')}
        rows={props.runs}
        cols={[
          { head: t('con-f-period'), cell: (r) => r.periodText },
          { head: t('con-col-unit'), cell: (r) => r.unit_name },
          { head: t('con-col-status'), cell: (r) => t(`con-syn-${r.status}`) },
          { head: t('con-syn-reports'), cell: (r) => r.report_count ?? '' },
          {
            head: t('con-syn-files'),
            cell: (r) => (
              <>
                {r.docx ? <a href={`/console/synthesis/${r.id}/docx`}>DOCX</a> : null} {r.md ? <a href={`/console/synthesis/${r.id}/md`}>Markdown</a> : null}
              </>
            ),
          },
        ]}
      />
    </div>
  );
}
