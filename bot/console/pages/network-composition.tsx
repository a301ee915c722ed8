import type { Composition, Count } from '../../../core/network/composition.js';
import type { PageCtx } from '../page-context.js';
import { StackTable } from './stack-table.js';

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
      <StackTable
        label={title}
        caption={title}
        rows={rows}
        rowAttrs={(r) => ({ class: r.min !== null && r.count < r.min ? 'refused' : undefined })}
        cols={[
          { head: t('network-comp-group'), cell: label, rowHead: true },
          { head: t('network-comp-count'), cell: (r) => r.count },
          { head: t('network-comp-target'), cell: (r) => r.min ?? '—' },
        ]}
      />
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
