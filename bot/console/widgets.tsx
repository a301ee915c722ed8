import type { PageCtx } from './page-context.js';

/** Small pieces every console page repeats. */

export const pct = (n: number, of: number): string => (of === 0 ? '—' : `${Math.round((n / of) * 100)}%`);

/** A horizontal bar: `n` of `of`, its width set by console.js from data-pct (no inline style under the CSP). */
export function HBar(props: { label: string; n: number; of: number }) {
  return (
    <div class="hbar">
      <span class="hbar-label">{props.label}</span>
      <span class="hbar-track">
        <span class="hbar-fill" data-pct={Math.round((props.n / Math.max(1, props.of)) * 100)}></span>
      </span>
      <span class="hbar-value">{`${props.n}/${props.of} (${pct(props.n, props.of)})`}</span>
    </div>
  );
}

export function Flash(props: { message?: { ok: boolean; text: string } }) {
  if (!props.message) return null;
  return (
    <p class={props.message.ok ? 'flash ok' : 'flash error'} role="status">
      {props.message.text}
    </p>
  );
}

const day = (d: Date | null | undefined) => d?.toISOString().slice(0, 10) ?? '';
/** The filters' "to" bound is exclusive (the next day's start); the field shows the day itself. */
const lastDay = (d: Date | null | undefined) => (d ? day(new Date(d.getTime() - 86_400_000)) : '');

export function DateRange(props: { ctx: PageCtx; from?: Date | null; to?: Date | null }) {
  const t = props.ctx.t;
  return (
    <>
      <div class="field">
        <label for="f-from">{t('con-f-from')}</label>
        <input id="f-from" type="date" name="from" value={day(props.from)} />
      </div>
      <div class="field">
        <label for="f-to">{t('con-f-to')}</label>
        <input id="f-to" type="date" name="to" value={lastDay(props.to)} />
      </div>
    </>
  );
}

export const dateParams = (from?: Date | null, to?: Date | null) => ({ from: from ? day(from) : null, to: to ? lastDay(to) : null });

/** «Khẩn»: a report its reporter sent as urgent (issue 13 §1), marked wherever reports are listed. */
export function UrgentMark(props: { ctx: PageCtx; urgent: boolean }) {
  if (!props.urgent) return null;
  return (
    <>
      {' '}
      <span class="urgent" title={props.ctx.t('con-urgent-title')}>
        {props.ctx.t('con-urgent')}
      </span>
    </>
  );
}

/**
 * «🔒 Chỉ cấp trên» (issue 13 §7) on a report's and an alert's page alike: who cannot see it
 * (`unitName`, the sender's unit, and the levels skipped); nothing when it was sent the usual way.
 */
export function ConfidentialFact(props: { ctx: PageCtx; confidentialUnitId: string | null; unitName: string }) {
  if (!props.confidentialUnitId) return null;
  return (
    <>
      <dt>{props.ctx.t('confidential-console-label')}</dt>
      <dd data-testid="confidential">{props.ctx.t('confidential-console-value', { unit: props.unitName })}</dd>
    </>
  );
}
