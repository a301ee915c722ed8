import type { Checklist } from '../../../core/hot-spots/playbook-steps.js';
import type { HandlingDue } from '../../../core/hot-spots/follow-up.js';
import { fmtTime, type PageCtx } from '../page-context.js';

/**
 * The alert's response playbook as a checklist (issue 13 §5), the console side of the chat's
 * /kichban: a step still to do has a button that ticks it through the same core function
 * (core/hot-spots/playbook-steps.ts), so the tick lands on the timeline and in the synthesis.
 */
export function PlaybookChecklist(props: { ctx: PageCtx; hotSpotId: string; list: Checklist | null; live: boolean }) {
  const { ctx, list } = props;
  const t = ctx.t;
  if (!list) return <p class="muted">{t('hot-spots-plan-none')}</p>;
  const pb = list.playbook;
  const done = list.ticked.size;
  if (!props.live) return <PlaybookRecord ctx={ctx} list={list} />;
  return (
    <div class="playbook">
      <p>
        <strong>{pb.title}</strong> — {t('con-pb-progress', { done, total: pb.steps.length })}
      </p>
      <ol class="checklist">
        {pb.steps.map((s, i) => {
          const ticked = list.ticked.has(s.id);
          return (
            <li class={ticked ? 'done' : undefined} data-step={s.id}>
              <span class="mark" aria-hidden="true">
                {ticked ? '☑' : '☐'}
              </span>{' '}
              <span>{s.text}</span>
              {ticked ? <span class="visually-hidden"> ({t('con-pb-done')})</span> : null}
              {s.call ? <div class="muted">{t('con-pb-call', { call: s.call })}</div> : null}
              {!ticked && props.live ? (
                <form
                  method="post"
                  action={`/console/hot-spots/${props.hotSpotId}/step`}
                  hx-post={`/console/hot-spots/${props.hotSpotId}/step`}
                  hx-target="#detail"
                  hx-swap="outerHTML"
                  class="inline"
                >
                  <input type="hidden" name="_csrf" value={ctx.user.csrfToken} />
                  <input type="hidden" name="n" value={String(i + 1)} />
                  <button type="submit" class="small" aria-label={t('con-pb-tick-label', { n: i + 1, text: s.text })}>
                    {t('con-pb-tick')}
                  </button>
                </form>
              ) : null}
            </li>
          );
        })}
      </ol>
      {pb.report_up ? <p>{t('con-pb-report-up', { text: pb.report_up })}</p> : null}
    </div>
  );
}

/**
 * A closed alert's playbook as a record of what was ticked while it was handled: empty ☐ boxes on a
 * closed alert read as steps left undone (qa5), so only the ticked steps are listed, with their numbers.
 */
function PlaybookRecord(props: { ctx: PageCtx; list: Checklist }) {
  const t = props.ctx.t;
  const pb = props.list.playbook;
  const ticked = pb.steps.map((s, i) => ({ s, n: i + 1 })).filter(({ s }) => props.list.ticked.has(s.id));
  return (
    <div class="playbook" data-testid="playbook-record">
      <p>
        <strong>{pb.title}</strong> — {t('con-pb-record', { done: ticked.length, total: pb.steps.length })}
      </p>
      {ticked.length ? (
        <ol class="checklist">
          {ticked.map(({ s, n }) => (
            <li class="done" value={String(n)} data-step={s.id}>
              <span class="mark" aria-hidden="true">
                ☑
              </span>{' '}
              <span>{s.text}</span>
            </li>
          ))}
        </ol>
      ) : (
        <p class="muted">{t('con-pb-record-none')}</p>
      )}
    </div>
  );
}

/** The deadline an official works to now: acknowledgement while open, the next handling update once taken. */
export function DeadlineFacts(props: { ctx: PageCtx; status: string; ackDeadline: Date | null; due: HandlingDue | null; now: Date }) {
  const { ctx, due } = props;
  const t = ctx.t;
  const late = (at: Date) => (at.getTime() < props.now.getTime() ? <strong class="late"> — {t('con-deadline-passed')}</strong> : null);
  if (props.status === 'open' && props.ackDeadline) {
    return (
      <>
        <dt>{t('con-hs-ack-deadline')}</dt>
        <dd data-testid="hs-deadline">
          {fmtTime(props.ackDeadline, ctx.timeZone)}
          {late(props.ackDeadline)}
        </dd>
      </>
    );
  }
  if (!due) return null;
  return (
    <>
      <dt>{t('con-hs-handling-deadline')}</dt>
      <dd data-testid="hs-deadline">
        {due.at ? (
          <>
            {fmtTime(due.at, ctx.timeZone)}
            {late(due.at)}
            <div class="muted">{t('con-hs-handling-every', { hours: Math.round(((due.minutes ?? 0) / 60) * 10) / 10 })}</div>
          </>
        ) : (
          t('con-hs-handling-none')
        )}
      </dd>
    </>
  );
}
