import { SEVERITIES, type UnitPolicyRow } from '../../../core/hot-spots/policy-table.js';
import { Flash } from '../widgets.js';
import { StackTable } from './stack-table.js';
import { Csrf, Layout, Select } from '../layout.js';
import { qs, type PageCtx } from '../page-context.js';

/** "2 giờ", "30 phút", "1 ngày 2 giờ"; null = no follow-up. */
function duration(ctx: PageCtx, minutes: number | null): string {
  if (minutes === null) return ctx.t('con-pol-none');
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const parts = [d ? ctx.t('con-pol-days', { n: d }) : '', h ? ctx.t('con-pol-hours', { n: h }) : '', m ? ctx.t('con-pol-minutes', { n: m }) : ''];
  return parts.filter(Boolean).join(' ');
}

/**
 * Chu kỳ đôn đốc điểm nóng đang xử lý (issue 13 §5): per unit of the viewer's subtree and per
 * severity, what is in force (own settings in bold, the rest inherited), and one form to change a
 * unit's setting — the admin CLI's `handling-policy`, with the same core function.
 */
export function PoliciesPage(props: { ctx: PageCtx; rootName: string; unitId: string; rows: UnitPolicyRow[]; message?: { ok: boolean; text: string } }) {
  const { ctx } = props;
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={`${t('con-nav-policies')} — ${props.rootName}`} active="policies">
      <Flash message={props.message} />
      <p>{t('con-pol-intro')}</p>
      <StackTable
        label={t('con-nav-policies')}
        rows={props.rows}
        rowAttrs={(r) => ({ 'data-unit': r.code })}
        cols={[
          {
            head: t('con-col-unit'),
            cell: (r) => (
              <>
                {'— '.repeat(r.depth)}
                {r.depth > 0 ? <a href={`/console/policies${qs({ unit: r.unitId })}`}>{r.name}</a> : r.name}
              </>
            ),
          },
          ...SEVERITIES.map((s) => ({
            head: t('con-pol-severity-n', { n: s }),
            cell: (r: UnitPolicyRow) => {
              const text = duration(ctx, r.effective[`${s}`]);
              return `${s}` in r.own ? <strong title={t('con-pol-own')}>{text}</strong> : <span title={t('con-pol-inherited')}>{text}</span>;
            },
          })),
        ]}
      />
      <p class="hint">{t('con-pol-legend')}</p>
      <section aria-labelledby="pol-edit">
        <h2 id="pol-edit">{t('con-pol-edit')}</h2>
        <form method="post" action={`/console/policies${qs({ unit: props.unitId })}`}>
          <Csrf ctx={ctx} />
          <Select
            name="target"
            label={t('con-col-unit')}
            value={props.rows[0]?.unitId}
            options={props.rows.map((r) => ({ value: r.unitId, label: `${'— '.repeat(r.depth)}${r.name}` }))}
          />
          <Select
            name="severity"
            label={t('con-pol-severity')}
            value="4"
            options={SEVERITIES.map((s) => ({ value: `${s}`, label: t('con-pol-severity-n', { n: s }) }))}
          />
          <Select
            name="mode"
            label={t('con-pol-mode')}
            value="minutes"
            options={['minutes', 'none', 'inherit'].map((m) => ({ value: m, label: t(`con-pol-mode-${m}`) }))}
          />
          <div class="field">
            <label for="f-minutes">{t('con-pol-every')}</label>
            <input id="f-minutes" name="minutes" type="number" min="1" max="10080" step="1" inputmode="numeric" />
          </div>
          <button type="submit">{t('con-pol-save')}</button>
        </form>
      </section>
    </Layout>
  );
}
