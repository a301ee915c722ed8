import type { Locale, Translate } from '../kernel/i18n.js';
import { compareResults, pct, type SurveyResults } from './results.js';

/**
 * Results as a chat message: completion, then each question's counts (choices), summary
 * (numbers) or the first open answers. `short` is the summary shared back to respondents: no
 * completion by unit and no open answers.
 */
const OPEN_IN_CHAT = 5;

export function resultsText(t: Translate, locale: Locale, r: SurveyResults, opts: { final: boolean; short?: boolean }): string {
  const tr = (k: string, a?: Record<string, string | number>) => t(locale, k, a);
  const lines = [tr(opts.final ? 'surveys-results-final' : 'surveys-results-live', { number: r.number, title: r.title, respondents: r.respondents })];
  if (!opts.short) {
    if (r.recipients > 0)
      lines.push(tr('surveys-results-completion', { responded: r.responded, recipients: r.recipients, percent: pct(r.responded, r.recipients) }));
    for (const u of r.completion) lines.push(`  • ${u.unitName}: ${u.responded}/${u.recipients}`);
  }
  r.questions.forEach((q, n) => {
    lines.push('', tr('surveys-results-question', { n: n + 1, text: q.text, answered: q.answered }));
    if (q.counts) q.options!.forEach((o, i) => lines.push(`  • ${o}: ${q.counts![i]} (${pct(q.counts![i]!, q.answered)}%)`));
    else if (q.number)
      lines.push('  ' + tr('surveys-results-number', { mean: round(q.number.mean), median: round(q.number.median), min: q.number.min, max: q.number.max }));
    else if (q.open && !opts.short) {
      for (const a of q.open.slice(0, OPEN_IN_CHAT)) lines.push(`  – ${a.length > 200 ? a.slice(0, 199) + '…' : a}`);
      if (q.open.length > OPEN_IN_CHAT) lines.push('  ' + tr('surveys-results-more-open', { n: q.open.length - OPEN_IN_CHAT }));
    }
  });
  if (!opts.short && (r.hidden.unit.length || r.hidden.stratum.length))
    lines.push('', tr('surveys-results-hidden', { units: r.hidden.unit.length, strata: r.hidden.stratum.length }));
  return lines.join('\n');
}

const round = (v: number) => Math.round(v * 10) / 10;

/** Before/after in chat: each comparable option's share, then the per-unit changes. */
export function changeText(t: Translate, locale: Locale, before: SurveyResults, after: SurveyResults): string {
  const tr = (k: string, a?: Record<string, string | number>) => t(locale, k, a);
  const { changes, notComparable } = compareResults(before, after);
  const lines = [tr('surveys-compare-title', { before: before.number, after: after.number })];
  let last = '';
  for (const c of changes) {
    if (c.questionId !== last) lines.push('', c.text);
    last = c.questionId;
    const d = round(c.after - c.before);
    lines.push(`  • ${c.option}: ${c.before}% → ${c.after}% (${d > 0 ? '+' : ''}${d})`);
    for (const u of c.byUnit) lines.push(`      ${after.units[u.unitId] ?? before.units[u.unitId] ?? '?'}: ${u.before}% → ${u.after}%`);
  }
  if (notComparable.length) lines.push('', tr('surveys-compare-not-comparable', { ids: notComparable.join(', ') }));
  return lines.join('\n');
}
