import type { PollResults } from '../../../core/polls/results.js';
import { Csrf, Layout, Pager, TableWrap } from '../layout.js';
import { fmtTime, qs, type PageCtx } from '../page-context.js';
import type { UnitChoice } from '../routes/common.js';

const pct = (n: number, of: number) => (of === 0 ? '—' : `${Math.round((n / of) * 100)}%`);

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
              {p.unitName} · {t(`con-poll-${p.status}`)} · {t('con-poll-closes', { when: fmtTime(p.closesAt, props.ctx.timeZone) })}
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
      <p>{t('con-poll-answered', { n: r.answered, total: r.recipients, pct: pct(r.answered, r.recipients) })}</p>
      <section aria-labelledby="poll-options">
        <h2 id="poll-options">{t('con-poll-by-option')}</h2>
        <div class="hbars">
          {options.map((o, i) => (
            <div class="hbar">
              <span class="hbar-label">{o}</span>
              <span class="hbar-track">
                <span class="hbar-fill" data-pct={Math.round(((r.totals[i] ?? 0) / Math.max(1, r.answered)) * 100)}></span>
              </span>
              <span class="hbar-value">{`${r.totals[i] ?? 0} (${pct(r.totals[i] ?? 0, r.answered)})`}</span>
            </div>
          ))}
        </div>
      </section>
      <section aria-labelledby="poll-units">
        <h2 id="poll-units">{t('con-poll-by-unit')}</h2>
        <TableWrap label={t('con-poll-by-unit')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('con-col-unit')}</th>
                <th scope="col">{t('con-poll-asked')}</th>
                <th scope="col">{t('con-poll-answers')}</th>
                {options.map((o) => (
                  <th scope="col">{o}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {r.byUnit.map((u) => (
                <tr>
                  <th scope="row">{u.unitName}</th>
                  <td>{u.recipients}</td>
                  <td>{u.answered}</td>
                  {u.counts ? options.map((_o, i) => <td>{u.counts![i] ?? 0}</td>) : <td colspan={options.length}>{t('con-poll-hidden')}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </section>
    </Layout>
  );
}

export function SynthesisPage(props: {
  ctx: PageCtx;
  runs: { id: string; period: string; status: string; unit_name: string; createdAt: Date; report_count: number | null; docx: boolean; md: boolean }[];
  units: UnitChoice[];
  message?: { ok: boolean; text: string };
}) {
  const { ctx } = props;
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t('con-nav-synthesis')} active="synthesis">
      {props.message ? (
        <p class={props.message.ok ? 'flash ok' : 'flash error'} role="status">
          {props.message.text}
        </p>
      ) : null}
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
        <div class="field">
          <label for="s-period">{t('con-f-period')}</label>
          <input id="s-period" type="month" name="period" />
        </div>
        <button type="submit" class="primary">
          {t('con-syn-generate')}
        </button>
      </form>
      <TableWrap label={t('con-nav-synthesis')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('con-f-period')}</th>
              <th scope="col">{t('con-col-unit')}</th>
              <th scope="col">{t('con-col-status')}</th>
              <th scope="col">{t('con-syn-reports')}</th>
              <th scope="col">{t('con-syn-files')}</th>
            </tr>
          </thead>
          <tbody>
            {props.runs.map((r) => (
              <tr>
                <td>{r.period}</td>
                <td>{r.unit_name}</td>
                <td>{t(`con-syn-${r.status}`)}</td>
                <td>{r.report_count ?? ''}</td>
                <td>
                  {r.docx ? <a href={`/console/synthesis/${r.id}/docx`}>DOCX</a> : null} {r.md ? <a href={`/console/synthesis/${r.id}/md`}>Markdown</a> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </Layout>
  );
}

export function NetworkPage(props: {
  ctx: PageCtx;
  unitId: string | null;
  summary: { unit_id: string; unit_name: string; active: number; inactive: number; total: number }[];
  people: { name: string; unit_name: string; sector: string | null; stratum: string | null; status: string; last: Date | null }[];
  page: number;
  pages: number;
  stratum: (code: string | null) => string;
}) {
  const { ctx } = props;
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t('con-nav-network')} active="network">
      <TableWrap label={t('con-net-by-unit')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('con-col-unit')}</th>
              <th scope="col">{t('con-net-active')}</th>
              <th scope="col">{t('con-net-inactive')}</th>
            </tr>
          </thead>
          <tbody>
            {props.summary.map((s) => (
              <tr>
                <th scope="row">
                  <a href={`/console/network${qs({ unit: s.unit_id })}`}>{s.unit_name}</a>
                </th>
                <td>{s.active}</td>
                <td>{s.inactive}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <h2>{t('con-net-people')}</h2>
      <TableWrap label={t('con-net-people')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('con-net-name')}</th>
              <th scope="col">{t('con-col-unit')}</th>
              <th scope="col">{t('con-net-sector')}</th>
              <th scope="col">{t('con-net-stratum')}</th>
              <th scope="col">{t('con-col-status')}</th>
              <th scope="col">{t('con-net-last')}</th>
            </tr>
          </thead>
          <tbody>
            {props.people.map((p) => (
              <tr>
                <td>{p.name}</td>
                <td>{p.unit_name}</td>
                <td>{p.sector ?? ''}</td>
                <td>{props.stratum(p.stratum)}</td>
                <td>{t(`con-ps-${p.status}`)}</td>
                <td>{fmtTime(p.last, ctx.timeZone)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <Pager ctx={ctx} page={props.page} pages={props.pages} link={(p) => `/console/network${qs({ unit: props.unitId, page: p + 1 })}`} />
    </Layout>
  );
}

export function AuditPage(props: {
  ctx: PageCtx;
  rows: { id: number; at: string; action: string; outcome: string; target_type: string | null; target_id: string | null; actor: string | null }[];
  next: number | null;
}) {
  const { ctx } = props;
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t('con-nav-audit')} active="audit">
      <TableWrap label={t('con-nav-audit')}>
        <table>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('con-col-time')}</th>
              <th scope="col">{t('con-audit-actor')}</th>
              <th scope="col">{t('con-audit-action')}</th>
              <th scope="col">{t('con-audit-outcome')}</th>
              <th scope="col">{t('con-audit-target')}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr class={r.outcome === 'refused' ? 'refused' : undefined}>
                <td>{r.id}</td>
                <td>{fmtTime(new Date(r.at), ctx.timeZone)}</td>
                <td>{r.actor ?? ''}</td>
                <td>
                  <code>{r.action}</code>
                </td>
                <td>{r.outcome}</td>
                <td>{r.target_type ? `${r.target_type} ${r.target_id ?? ''}` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {props.next ? (
        <p>
          <a href={`/console/audit?before=${props.next}`}>{t('con-next')} ›</a>
        </p>
      ) : null}
    </Layout>
  );
}
