import { formatDate } from '../../../core/kernel/datetime.js';
import type { MaterialRow } from '../../../core/network/material-list.js';
import { Layout } from '../layout.js';
import type { PageCtx } from '../page-context.js';
import { StackTable } from './stack-table.js';

/**
 * Tài liệu bồi dưỡng (issue 17 §2): the training library as the unit's officials see it in
 * /tailieu, newest first, with «Ai đã đọc» counted among the people of the unit's subtree.
 */
export function MaterialsPage(props: { ctx: PageCtx; unitName: string; rows: MaterialRow[] }) {
  const { ctx, rows } = props;
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t('network-mat-console-title')} active="network">
      <p>{t('network-mat-console-note', { unit: props.unitName })}</p>
      {rows.length === 0 ? (
        <p>{t('network-mat-console-empty')}</p>
      ) : (
        <StackTable
          label={t('network-mat-console-title')}
          rows={rows}
          cols={[
            { head: t('network-mat-console-date'), cell: (m) => formatDate(m.createdAt, ctx.timeZone) },
            { head: t('network-mat-console-topic'), cell: (m) => m.topic },
            {
              head: t('network-mat-console-material'),
              rowHead: true,
              cell: (m) => (
                <>
                  {m.title}
                  <br />
                  <small>
                    {t(`network-mat-kind-${m.kind}`)}
                    {m.status === 'awaiting_approval' ? ` — ${t('network-mat-console-awaiting')}` : ''}
                  </small>
                </>
              ),
            },
            { head: t('network-mat-console-unit'), cell: (m) => m.unitName },
            { head: t('network-mat-console-read'), cell: (m) => t('network-mat-console-read-count', { read: m.read, audience: m.audience }) },
          ]}
        />
      )}
    </Layout>
  );
}
