import { HeadRow } from '../widgets.js';
import { Layout, Pager, TableWrap } from '../layout.js';
import { fmtTime, qs, type PageCtx } from '../page-context.js';
import { ImportForm } from './network-import.js';
import { MemberActions } from './network-actions.js';
import { CompositionSection } from './network-composition.js';
import { MeetingsSection } from './network-meetings.js';
import type { MeetingSummary } from '../../../core/meetings/list.js';
import type { Composition } from '../../../core/network/composition.js';

export function NetworkPage(props: {
  ctx: PageCtx;
  unitId: string | null;
  summary: { unit_id: string; unit_name: string; active: number; inactive: number; total: number }[];
  people: { id: string; name: string; unit_name: string; sector: string | null; stratum: string | null; status: string; last: Date | null }[];
  page: number;
  pages: number;
  stratum: (code: string | null) => string;
  sector: (code: string | null) => string;
  composition: { unitName: string; c: Composition; gapLines: string[] };
  meetings: { upcoming: MeetingSummary[]; past: MeetingSummary[] };
}) {
  const { ctx } = props;
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t('con-nav-network')} active="network">
      <TableWrap label={t('con-net-by-unit')}>
        <table>
          <HeadRow cols={[t('con-col-unit'), t('con-net-active'), t('con-net-inactive')]} />
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
      <CompositionSection ctx={ctx} {...props.composition} stratum={(code) => props.stratum(code)} sector={(code) => props.sector(code)} />
      <h2>{t('con-net-people')}</h2>
      <TableWrap label={t('con-net-people')}>
        <table>
          <HeadRow
            cols={[
              t('con-net-name'),
              t('con-col-unit'),
              t('con-net-sector'),
              t('con-net-stratum'),
              t('con-col-status'),
              t('con-net-last'),
              t('network-console-actions'),
            ]}
          />
          <tbody>
            {props.people.map((p) => (
              <tr>
                <td>{p.name}</td>
                <td>{p.unit_name}</td>
                <td>{props.sector(p.sector)}</td>
                <td>{props.stratum(p.stratum)}</td>
                <td>{t(`con-ps-${p.status}`)}</td>
                <td>{fmtTime(p.last, ctx.timeZone)}</td>
                <td>
                  <MemberActions ctx={ctx} id={p.id} status={p.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <Pager ctx={ctx} page={props.page} pages={props.pages} link={(p) => `/console/network${qs({ unit: props.unitId, page: p + 1 })}`} />
      <MeetingsSection ctx={ctx} list={props.meetings} />
      <p>
        <a href={`/console/network/materials${qs({ unit: props.unitId })}`}>{t('network-mat-console-link')}</a>
      </p>
      <ImportForm ctx={ctx} />
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
