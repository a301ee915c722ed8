import type { UnitStats } from '../../../core/reports/completeness.js';
import type { CompletenessView } from '../../../core/reports/completeness-view.js';
import type { Locale, Translate } from '../../../core/kernel/i18n.js';
import { isPeriod } from '../../../core/kernel/periods.js';
import { periodLabel } from '../../../core/reports/reminder-messages.js';
import { dmy } from '../../../core/synthesis/prose.js';

/** Chat rendering of /thongke (pure). */
const MAX_ROWS = 30;

function periodText(t: Translate, locale: Locale, s: UnitStats): string {
  return s.period
    .split(',')
    .filter(isPeriod)
    .map((p) => periodLabel(t, locale, p))
    .join(', ');
}

function counts(t: Translate, locale: Locale, s: UnitStats, key: string, unit?: string): string {
  return t(locale, key, {
    unit: unit ?? s.name,
    expected: s.expected,
    onTime: s.onTime,
    late: s.late,
    missing: s.missing,
    pending: s.overdue ? '' : t(locale, 'reports-stats-pending'),
  });
}

/** A section's heading when nobody had to report (no deadline to show): the period alone, never "Kỳ trước (, hạn ):". */
const HEAD_WITHOUT_DUE: Record<string, string> = {
  'reports-stats-current': 'reports-stats-current-short',
  'reports-stats-previous': 'reports-stats-previous-short',
  'reports-stats-period': 'reports-stats-period-short',
};

function sectionText(t: Translate, locale: Locale, headKey: string, view: CompletenessView, leaf: boolean, period?: string): string[] {
  const total = view.total;
  if (!total || total.expected === 0) {
    const head = period && isPeriod(period) ? t(locale, HEAD_WITHOUT_DUE[headKey] ?? headKey, { period: periodLabel(t, locale, period) }) : null;
    return [...(head ? [head] : []), t(locale, 'reports-stats-none')];
  }
  const lines = [t(locale, headKey, { period: periodText(t, locale, total), due: dmy(total.due) }), counts(t, locale, total, 'reports-stats-total')];
  for (const row of view.rows.slice(0, MAX_ROWS)) lines.push(counts(t, locale, row, 'reports-stats-row'));
  if (view.rows.length > MAX_ROWS) lines.push(t(locale, 'reports-stats-more', { n: view.rows.length - MAX_ROWS }));
  if (leaf && total.missingPeople.length) lines.push(t(locale, 'reports-stats-missing-names', { names: total.missingPeople.join(', ') }));
  return lines;
}

export function statsText(
  t: Translate,
  locale: Locale,
  unitName: string,
  sections: { headKey: string; view: CompletenessView; period?: string }[],
  leaf: boolean,
): string {
  const parts = [t(locale, 'reports-stats-title', { unit: unitName })];
  for (const s of sections) parts.push('', ...sectionText(t, locale, s.headKey, s.view, leaf, s.period));
  if (!leaf) parts.push('', t(locale, 'reports-stats-drill'));
  return parts.join('\n');
}
