import { localeOf, type Locale, type Translate } from '../kernel/i18n.js';
import type { OutboundMessage } from '../kernel/messages.js';
import { parsePeriod, type CivilDate, type CollaboratorStep } from '../kernel/periods.js';
import { splitText } from '../kernel/text.js';

/** Button data of "open my periodic report" on reminders (the `r` action of the reporting feature). */
export const OPEN_REPORT_DATA = 'r:open';
/** Lists to officials stay within one message on every channel (Zalo: 2,000 characters). */
const LIST_LIMIT = 1900;

export const asLocale = localeOf;

export function periodLabel(t: Translate, locale: Locale, period: string): string {
  const { year, month } = parsePeriod(period);
  return t(locale, 'reports-period', { month: String(month), year: String(year) });
}

export function fmtDate(d: CivilDate): string {
  return `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}`;
}

export function collaboratorReminder(
  t: Translate,
  locale: Locale,
  r: { step: CollaboratorStep; period: string; due: CivilDate; name: string },
): OutboundMessage {
  const text = t(locale, `reports-remind-${r.step}`, { name: r.name, period: periodLabel(t, locale, r.period), due: fmtDate(r.due) });
  return { type: 'text', text, choices: [{ label: t(locale, 'reports-remind-open'), data: OPEN_REPORT_DATA }] };
}

/** Keeps a list message within one send; the rest is in /thongke. */
function capList(t: Translate, locale: Locale, text: string): string {
  if (text.length <= LIST_LIMIT) return text;
  return `${splitText(text, LIST_LIMIT - 120)[0]}\n${t(locale, 'reports-list-truncated')}`;
}

export interface LateGroup {
  unitName: string;
  period: string;
  due: CivilDate;
  names: string[];
}

export function lateList(t: Translate, locale: Locale, groups: LateGroup[]): OutboundMessage {
  const lines = [t(locale, 'reports-late-title')];
  for (const g of groups) {
    lines.push('', t(locale, 'reports-late-unit', { unit: g.unitName, period: periodLabel(t, locale, g.period), due: fmtDate(g.due), count: g.names.length }));
    lines.push(...g.names.map((n) => `• ${n}`));
  }
  lines.push('', t(locale, 'reports-late-footer'));
  return { type: 'text', text: capList(t, locale, lines.join('\n')) };
}
