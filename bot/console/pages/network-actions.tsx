import { Csrf, Layout } from '../layout.js';
import type { PageCtx } from '../page-context.js';

/** The per-person buttons of the Mạng lưới table: the same actions as the chat card. */
export function MemberActions(props: { ctx: PageCtx; id: string; status: string }) {
  const { ctx, id, status } = props;
  const t = ctx.t;
  const current = status === 'active' || status === 'suspended';
  const card = (
    <a href={`/console/network/${id}/scorecard`} class="row-link">
      {t('network-btn-scorecard')}
    </a>
  );
  if (!current) return card;
  const post = (verb: string, label: string) => (
    <form method="post" action={`/console/network/${id}/${verb}`} class="inline">
      <Csrf ctx={ctx} />
      <button type="submit">{label}</button>
    </form>
  );
  return (
    <div class="row-actions">
      {card}
      {status === 'active' ? post('suspend', t('network-btn-suspend')) : post('reactivate', t('network-btn-reactivate'))}
      <details>
        <summary>{t('network-btn-replace')}</summary>
        <form method="post" action={`/console/network/${id}/replace`}>
          <Csrf ctx={ctx} />
          <label for={`nw-r-${id}`}>{t('network-console-successor')}</label>
          <input id={`nw-r-${id}`} name="name" required minlength={2} maxlength={120} autocomplete="off" />
          <button type="submit">{t('network-btn-replace')}</button>
        </form>
      </details>
      <details>
        <summary>{t('network-btn-left')}</summary>
        <form method="post" action={`/console/network/${id}/leave`}>
          <Csrf ctx={ctx} />
          <button type="submit">{t('network-btn-left-confirm')}</button>
        </form>
      </details>
    </div>
  );
}

/** What an action did (or why it was refused), and for a replacement the code to hand over. */
export function MemberActionResultPage(props: { ctx: PageCtx; ok: boolean; lines: string[] }) {
  const { ctx } = props;
  return (
    <Layout ctx={ctx} title={ctx.t('con-nav-network')} active="network">
      <div role={props.ok ? 'status' : 'alert'} class={props.ok ? 'ok' : 'refused'}>
        {props.lines.map((l) => (
          <p>{l}</p>
        ))}
      </div>
      <p>
        <a href="/console/network">{ctx.t('network-console-back')}</a>
      </p>
    </Layout>
  );
}
