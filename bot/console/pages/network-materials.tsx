import { formatDate } from '../../../core/kernel/datetime.js';
import type { MaterialRow } from '../../../core/network/material-list.js';
import { Layout, TableWrap } from '../layout.js';
import type { PageCtx } from '../page-context.js';
import { HeadRow } from '../widgets.js';

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
        <TableWrap label={t('network-mat-console-title')}>
          <table>
            <HeadRow
              cols={[
                t('network-mat-console-date'),
                t('network-mat-console-topic'),
                t('network-mat-console-material'),
                t('network-mat-console-unit'),
                t('network-mat-console-read'),
              ]}
            />
            <tbody>
              {rows.map((m) => (
                <tr>
                  <td>{formatDate(m.createdAt, ctx.timeZone)}</td>
                  <td>{m.topic}</td>
                  <th scope="row">
                    {m.title}
                    <br />
                    <small>
                      {t(`network-mat-kind-${m.kind}`)}
                      {m.status === 'awaiting_approval' ? ` — ${t('network-mat-console-awaiting')}` : ''}
                    </small>
                  </th>
                  <td>{m.unitName}</td>
                  <td>{t('network-mat-console-read-count', { read: m.read, audience: m.audience })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </Layout>
  );
}
