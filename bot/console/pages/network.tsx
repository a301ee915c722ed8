import { Layout, Pager } from '../layout.js';
import { StackTable } from './stack-table.js';
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
      <StackTable
        label={t('con-net-by-unit')}
        rows={props.summary}
        cols={[
          { head: t('con-col-unit'), cell: (s) => <a href={`/console/network${qs({ unit: s.unit_id })}`}>{s.unit_name}</a>, rowHead: true },
          { head: t('con-net-active'), cell: (s) => s.active },
          { head: t('con-net-inactive'), cell: (s) => s.inactive },
        ]}
      />
      <CompositionSection ctx={ctx} {...props.composition} stratum={(code) => props.stratum(code)} sector={(code) => props.sector(code)} />
      <h2>{t('con-net-people')}</h2>
      <StackTable
        label={t('con-net-people')}
        rows={props.people}
        cols={[
          { head: t('con-net-name'), cell: (p) => p.name },
          { head: t('con-col-unit'), cell: (p) => p.unit_name },
          { head: t('con-net-sector'), cell: (p) => props.sector(p.sector) },
          { head: t('con-net-stratum'), cell: (p) => props.stratum(p.stratum) },
          { head: t('con-col-status'), cell: (p) => t(`con-ps-${p.status}`) },
          { head: t('con-net-last'), cell: (p) => fmtTime(p.last, ctx.timeZone) },
          { head: t('network-console-actions'), cell: (p) => <MemberActions ctx={ctx} id={p.id} status={p.status} /> },
        ]}
      />
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
      <StackTable
        label={t('con-nav-audit')}
        rows={props.rows}
        rowAttrs={(r) => ({ class: r.outcome === 'refused' ? 'refused' : undefined })}
        cols={[
          { head: '#', cell: (r) => r.id },
          { head: t('con-col-time'), cell: (r) => fmtTime(new Date(r.at), ctx.timeZone) },
          { head: t('con-audit-actor'), cell: (r) => r.actor ?? '' },
          { head: t('con-audit-action'), cell: (r) => <code>{r.action}</code> },
          { head: t('con-audit-outcome'), cell: (r) => r.outcome },
          { head: t('con-audit-target'), cell: (r) => (r.target_type ? `${r.target_type} ${r.target_id ?? ''}` : '') },
        ]}
      />
      {props.next ? (
        <p>
          <a href={`/console/audit?before=${props.next}`}>{t('con-next')} ›</a>
        </p>
      ) : null}
    </Layout>
  );
}
