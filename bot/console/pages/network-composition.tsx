import type { Composition, Count } from '../../../core/network/composition.js';
import { TableWrap } from '../layout.js';
import type { PageCtx } from '../page-context.js';
import { HeadRow } from '../widgets.js';

/** Cơ cấu: the unit's active collaborators by area, stratum and sector against its targets; gaps first. */
export function CompositionSection(props: {
  ctx: PageCtx;
  unitName: string;
  c: Composition;
  gapLines: string[];
  stratum: (code: string) => string;
  sector: (code: string) => string;
}) {
  const { ctx, c } = props;
  const t = ctx.t;
  const table = (title: string, rows: Count[], label: (r: Count) => string) =>
    rows.length === 0 ? null : (
      <TableWrap label={title}>
        <table>
          <caption>{title}</caption>
          <HeadRow cols={[t('network-comp-group'), t('network-comp-count'), t('network-comp-target')]} />
          <tbody>
            {rows.map((r) => (
              <tr class={r.min !== null && r.count < r.min ? 'refused' : undefined}>
                <th scope="row">{label(r)}</th>
                <td>{r.count}</td>
                <td>{r.min ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    );
  return (
    <section aria-labelledby="net-comp">
      <h2 id="net-comp">{t('network-comp-title', { unit: props.unitName, total: c.total })}</h2>
      {props.gapLines.length > 0 ? (
        <div role="status" class="refused">
          <p>{t('network-comp-gaps')}</p>
          <ul>
            {props.gapLines.map((l) => (
              <li>{l.replace(/^•\s*/, '')}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p>{t('network-comp-no-gaps')}</p>
      )}
      {table(t('network-comp-by-area'), c.byArea, (r) => r.label)}
      {table(t('network-comp-by-stratum'), c.byStratum, (r) => props.stratum(r.key))}
      {table(t('network-comp-by-sector'), c.bySector, (r) => props.sector(r.label))}
    </section>
  );
}
