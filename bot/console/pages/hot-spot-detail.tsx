import type { HotSpotDetail } from '../../../core/hot-spots/detail.js';
import { ConfidentialFact, Flash } from '../widgets.js';
import { isActive } from '../../../core/hot-spots/queries.js';
import { Layout } from '../layout.js';
import { fmtTime, type PageCtx } from '../page-context.js';
import { SeverityBadge } from './hot-spots.js';
import { MediaList } from './media-list.js';
import { DeadlineFacts, PlaybookChecklist } from './hot-spot-playbook.js';
import type { Checklist } from '../../../core/hot-spots/playbook-steps.js';
import type { HandlingDue } from '../../../core/hot-spots/follow-up.js';

/** The alert as the console shows it: the core detail, its playbook checklist and the deadline now running. */
export type ConsoleHotSpot = HotSpotDetail & { checklist: Checklist | null; due: HandlingDue | null; now: Date };

/** The same actions as the chat's buttons; each form posts to /console/hot-spots/:id/:verb. */
function ActionForm(props: { ctx: PageCtx; id: string; verb: string; label: string; children?: unknown; danger?: boolean }) {
  return (
    <form
      method="post"
      action={`/console/hot-spots/${props.id}/${props.verb}`}
      hx-post={`/console/hot-spots/${props.id}/${props.verb}`}
      hx-target="#detail"
      hx-swap="outerHTML"
      class="action"
    >
      <input type="hidden" name="_csrf" value={props.ctx.user.csrfToken} />
      {props.children}
      <button type="submit" class={props.danger ? 'danger' : 'primary'}>
        {props.label}
      </button>
    </form>
  );
}

function Actions(props: { ctx: PageCtx; d: ConsoleHotSpot }) {
  const { ctx, d } = props;
  const t = ctx.t;
  const id = d.hs.id;
  if (!isActive(d.hs.status)) return <p>{t('con-hs-closed')}</p>;
  return (
    <div class="actions">
      {d.hs.status === 'open' ? <ActionForm ctx={ctx} id={id} verb="ack" label={t('hot-spots-btn-ack')} /> : null}
      {d.hs.status !== 'handling' ? <ActionForm ctx={ctx} id={id} verb="work" label={t('hot-spots-btn-work')} /> : null}
      <ActionForm ctx={ctx} id={id} verb="up" label={t('hot-spots-btn-up')} />
      <ActionForm ctx={ctx} id={id} verb="false" label={t('hot-spots-btn-false')} danger />
      <ActionForm ctx={ctx} id={id} verb="done" label={t('hot-spots-btn-done')}>
        <label for="resolve-note">{t('con-hs-result-note')}</label>
        <textarea id="resolve-note" name="note" required maxlength={2000} rows={2}></textarea>
        <label class="check">
          <input type="checkbox" name="shareable" value="1" /> {t('con-hs-shareable')}
        </label>
      </ActionForm>
      <ActionForm ctx={ctx} id={id} verb="note" label={t('hot-spots-btn-note')}>
        <label for="note-text">{t('con-hs-note')}</label>
        <textarea id="note-text" name="note" required maxlength={2000} rows={2}></textarea>
      </ActionForm>
      <ActionForm ctx={ctx} id={id} verb="merge" label={t('hot-spots-btn-merge')}>
        <label for="merge-target">{t('con-hs-merge-target')}</label>
        <input id="merge-target" name="target" required maxlength={40} autocomplete="off" />
      </ActionForm>
    </div>
  );
}

export function HotSpotDetailPart(props: { ctx: PageCtx; d: ConsoleHotSpot; message?: { ok: boolean; text: string } }) {
  const { ctx, d } = props;
  const t = ctx.t;
  const hs = d.hs;
  return (
    <div id="detail">
      <Flash message={props.message} />
      <dl class="facts">
        <dt>{t('con-col-severity')}</dt>
        <dd>
          <SeverityBadge ctx={ctx} severity={hs.severity} />
        </dd>
        <dt>{t('con-col-status')}</dt>
        <dd data-testid="hs-status">{t(`hot-spots-status-${hs.status}`)}</dd>
        <DeadlineFacts ctx={ctx} status={hs.status} ackDeadline={hs.ackDeadline} due={d.due} now={d.now} />
        <dt>{t('con-col-category')}</dt>
        <dd>{t(`hot-spots-opt-category-${hs.category}`)}</dd>
        <dt>{t('con-col-unit')}</dt>
        <dd>{d.unitName}</dd>
        <ConfidentialFact ctx={ctx} confidentialUnitId={hs.confidentialUnitId} unitName={d.unitName} />
        <dt>{t('con-hs-level')}</dt>
        <dd>{d.levelName}</dd>
        <dt>{t('con-hs-place')}</dt>
        <dd>{[hs.placeText, hs.latitude !== null ? `${hs.latitude}, ${hs.longitude}` : null].filter(Boolean).join(' · ')}</dd>
        <dt>{t('con-hs-people')}</dt>
        <dd>{hs.peopleEstimate ?? ''}</dd>
        <dt>{t('con-hs-description')}</dt>
        <dd class="pre">{hs.description ?? ''}</dd>
        {hs.resultNote ? (
          <>
            <dt>{t('con-hs-result-note')}</dt>
            <dd class="pre">{hs.resultNote}</dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="actions-title">
        <h2 id="actions-title">{t('con-hs-actions')}</h2>
        <Actions ctx={ctx} d={d} />
      </section>
      <section aria-labelledby="hs-media-title">
        <h2 id="hs-media-title">{t('con-hs-media')}</h2>
        <MediaList ctx={ctx} items={d.media} />
      </section>
      <section aria-labelledby="playbook-title">
        <h2 id="playbook-title">{t('con-hs-playbook')}</h2>
        <PlaybookChecklist ctx={ctx} hotSpotId={hs.id} list={d.checklist} live={isActive(hs.status)} />
      </section>
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('con-hs-timeline')}</h2>
        <ol class="timeline">
          {d.events.map((e) => (
            <li>
              <time>{fmtTime(e.createdAt, ctx.timeZone)}</time> <strong>{t(`hot-spots-ev-${e.kind}`)}</strong>
              {e.actorName ? ` — ${e.actorName}` : ''}
              {e.note ? <div class="pre">{e.note}</div> : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

export function HotSpotDetailPage(props: { ctx: PageCtx; d: ConsoleHotSpot; message?: { ok: boolean; text: string } }) {
  return (
    <Layout ctx={props.ctx} title={`${props.ctx.t('con-hs-title')} ${props.d.hs.receiptNo}`} active="hot-spots">
      <p>
        <a href="/console/hot-spots">‹ {props.ctx.t('con-back-list')}</a>
      </p>
      <HotSpotDetailPart {...props} />
    </Layout>
  );
}
