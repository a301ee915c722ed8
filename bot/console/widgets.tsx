import { addDays, isoDate } from '../../core/kernel/periods.js';
import { localDate } from '../../core/kernel/zoned-time.js';
import { fmtPeriod, type PageCtx } from './page-context.js';

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

/** One line above the results naming the typed days that were not understood (and so not filtered on). */
export function UnreadDays(props: { ctx: PageCtx; unread?: readonly { field: 'from' | 'to'; value: string }[] }) {
  const t = props.ctx.t;
  if (!props.unread?.length) return null;
  const what = props.unread.map((u) => `${t(`con-f-${u.field}`)} «${u.value}»`).join(', ');
  return (
    <p class="flash error" role="status" data-testid="unread-days">
      {t('con-f-unread-days', { what })}
    </p>
  );
}

/**
 * A filter's day in the province's zone. The bounds are local midnights (routes/common.ts q.day):
 * read in UTC they were the day before, so every «Lọc» moved the range a day back.
 */
const dayOf = (d: Date, timeZone: string) => isoDate(localDate(d, timeZone));
/** The filters' "to" bound is exclusive (the next day's start); the field shows the day itself. */
const lastDayOf = (d: Date, timeZone: string) => isoDate(addDays(localDate(d, timeZone), -1));
const typed = (iso: string) => iso.split('-').reverse().join('/');

/**
 * «Từ ngày» / «Đến ngày» as Vietnamese documents write a date, dd/mm/yyyy: a date input shows
 * the browser's format (mm/dd/yyyy on an English-language browser), so these are text fields
 * with the format named; the routes read dd/mm/yyyy and yyyy-mm-dd (older links) alike.
 */
export function DateRange(props: { ctx: PageCtx; from?: Date | null; to?: Date | null }) {
  const { t, timeZone } = props.ctx;
  const field = (id: string, name: string, label: string, value: string) => (
    <div class="field">
      <label for={id}>
        {label} <span class="muted">({t('con-f-date-format')})</span>
      </label>
      <input
        id={id}
        type="text"
        name={name}
        value={value}
        inputmode="numeric"
        autocomplete="off"
        placeholder={t('con-f-date-format')}
        pattern={DATE_PATTERN}
        title={t('con-f-date-title')}
        maxlength={10}
        size={10}
      />
    </div>
  );
  return (
    <>
      {field('f-from', 'from', t('con-f-from'), props.from ? typed(dayOf(props.from, timeZone)) : '')}
      {field('f-to', 'to', t('con-f-to'), props.to ? typed(lastDayOf(props.to, timeZone)) : '')}
    </>
  );
}

/**
 * A month field («Kỳ báo cáo») written as documents write it, mm/yyyy: not type="month", which
 * shows the browser's format («December 2026») or, in Firefox, a plain box whose typed 11/2026
 * was dropped. The routes read mm/yyyy and yyyy-mm (older links) alike.
 */
export function PeriodField(props: { ctx: PageCtx; id: string; value?: string | null; hint?: string }) {
  const { t } = props.ctx;
  const hintId = `${props.id}-hint`;
  return (
    <div class="field">
      <label for={props.id}>
        {t('con-f-period')} <span class="muted">({t('con-f-period-format')})</span>
      </label>
      <input
        id={props.id}
        type="text"
        name="period"
        value={props.value ? fmtPeriod(props.value) : ''}
        inputmode="numeric"
        autocomplete="off"
        placeholder={t('con-f-period-format')}
        pattern={String.raw`\s*(\d{1,2}[\/.\-]\d{4}|\d{4}-\d{2})\s*`}
        title={t('con-f-period-title')}
        maxlength={7}
        size={7}
        aria-describedby={props.hint ? hintId : undefined}
      />
      {props.hint ? <small id={hintId}>{props.hint}</small> : null}
    </div>
  );
}

/** What the fields accept (the browser checks it before sending): d/m/yyyy or yyyy-mm-dd. */
const DATE_PATTERN = String.raw`\s*(\d{1,2}[\/.\-]\d{1,2}[\/.\-]\d{4}|\d{4}-\d{2}-\d{2})\s*`;

/** The date bounds as links carry them (pages, exports, the map's points): yyyy-mm-dd in the province's zone. */
export const dateParams = (timeZone: string, from?: Date | null, to?: Date | null) => ({
  from: from ? dayOf(from, timeZone) : null,
  to: to ? lastDayOf(to, timeZone) : null,
});

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
