import type { Executor } from '../../db/client.js';
import { formatDateTime } from '../kernel/datetime.js';
import type { Locale, Translate } from '../kernel/i18n.js';
import { campaignResults, MIN_CELL } from '../surveys/results.js';
import { loadPoll, type Poll } from './poll.js';

/**
 * Live results for the author, read from the poll's campaign (core/surveys/results.ts): totals
 * per option and, per unit of the audience, how many were asked, answered and chose what.
 * Anonymous polls hide the choices of units with fewer than MIN_CELL answers, so a small unit's
 * answer cannot be told apart; a named poll hides none.
 */
interface UnitResult {
  unitId: string;
  unitName: string;
  recipients: number;
  answered: number;
  counts: number[] | null;
}

export interface PollResults {
  poll: Poll;
  recipients: number;
  answered: number;
  totals: number[];
  byUnit: UnitResult[];
}

export async function pollResults(db: Executor, pollId: string): Promise<PollResults | null> {
  const poll = await loadPoll(db, pollId);
  const r = poll && (await campaignResults(db, pollId));
  if (!poll || !r) return null;
  const q = r.questions[0];
  const zero = () => poll.options.map(() => 0);
  const byUnit = r.completion.map((u) => ({
    unitId: u.unitId,
    unitName: u.unitName,
    recipients: u.recipients,
    answered: r.groups.unit[u.unitId] ?? 0,
    counts: q?.byUnit?.[u.unitId] ?? (poll.anonymous ? null : zero()),
  }));
  return { poll, recipients: byUnit.reduce((s, u) => s + u.recipients, 0), answered: r.respondents, totals: q?.counts ?? zero(), byUnit };
}

const pct = (n: number, of: number) => (of === 0 ? 0 : Math.round((n * 100) / of));

export function resultsText(t: Translate, locale: Locale, r: PollResults, timeZone: string, final: boolean): string {
  const p = r.poll;
  const lines = [
    t(locale, final ? 'poll-results-final-title' : 'poll-results-title'),
    p.question,
    t(locale, 'poll-results-turnout', { answered: r.answered, recipients: r.recipients, closes: formatDateTime(p.closesAt, timeZone) }),
    '',
    ...p.options.map((o, i) => t(locale, 'poll-results-option', { n: i + 1, option: o, count: r.totals[i] ?? 0, pct: pct(r.totals[i] ?? 0, r.answered) })),
  ];
  if (r.byUnit.length > 1 || p.anonymous) {
    lines.push('', t(locale, 'poll-results-by-unit'));
    for (const u of r.byUnit) {
      const counts = u.counts ? u.counts.map((c, i) => `${i + 1}: ${c}`).join(' · ') : t(locale, 'poll-results-hidden', { min: MIN_CELL });
      lines.push(t(locale, 'poll-results-unit', { unit: u.unitName, answered: u.answered, recipients: u.recipients, counts }));
    }
  }
  return lines.join('\n');
}

/** The question as recipients see it; buttons carry `p:<pollId>:<option index>` (≤ 42 bytes). */
export function pollQuestion(
  t: Translate,
  locale: Locale,
  poll: Poll,
  timeZone: string,
  chosen: number[] = [],
): { text: string; options: { label: string; data: string }[] } {
  const how = t(locale, poll.multi ? 'poll-how-multi' : 'poll-how-single');
  const lines = [t(locale, 'poll-title'), poll.question, '', `${how} ${t(locale, 'poll-closes', { closes: formatDateTime(poll.closesAt, timeZone) })}`];
  if (poll.anonymous) lines.push(t(locale, 'poll-anonymous-note'));
  if (chosen.length) lines.push(t(locale, 'poll-your-answer', { answer: chosen.map((c) => poll.options[c]).join('; ') }));
  lines.push(t(locale, 'poll-hint'));
  return {
    text: lines.join('\n'),
    options: poll.options.map((o, i) => ({ label: chosen.includes(i) ? `✓ ${o}` : o, data: `p:${poll.id}:${i}` })),
  };
}

/** What those who answered receive when the author shares the results: the question, turnout and totals, no units. */
export function sharedText(t: Translate, locale: Locale, r: PollResults): string {
  const p = r.poll;
  return [
    t(locale, 'poll-shared-intro'),
    '',
    t(locale, 'poll-results-final-title'),
    p.question,
    t(locale, 'poll-shared-turnout', { answered: r.answered, recipients: r.recipients }),
    '',
    ...p.options.map((o, i) => t(locale, 'poll-results-option', { n: i + 1, option: o, count: r.totals[i] ?? 0, pct: pct(r.totals[i] ?? 0, r.answered) })),
  ].join('\n');
}
