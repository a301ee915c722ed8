import { and, asc, eq, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client.js';
import { pollAnswers, polls, units } from '../../db/schema/index.js';
import type { Locale, Translate } from '../kernel/i18n.js';
import type { PollRow } from './poll.js';
import { localTime } from '../kernel/zoned-time.js';

/**
 * Live results for the author: totals per option and, per unit of the audience, how many were
 * asked, answered and chose what. Anonymous polls hide the choices of units with fewer than
 * MIN_CELL answers, so a small unit's answer cannot be told apart.
 */
const MIN_CELL = 3;

interface UnitResult {
  unitId: string;
  unitName: string;
  recipients: number;
  answered: number;
  counts: number[] | null;
}

export interface PollResults {
  poll: PollRow;
  recipients: number;
  answered: number;
  totals: number[];
  byUnit: UnitResult[];
}

export async function pollResults(db: Executor, pollId: string): Promise<PollResults | null> {
  const [poll] = await db.select().from(polls).where(eq(polls.id, pollId));
  if (!poll) return null;
  const asked = rowsOf<{ unit_id: string; name: string; n: number }>(
    await db.execute(
      sql`select r.unit_id, u.name, count(*)::int as n from poll_recipients r join ${units} u on u.id = r.unit_id where r.poll_id = ${pollId} group by r.unit_id, u.name order by u.name`,
    ),
  );
  const answers = await db
    .select({ unitId: pollAnswers.unitId, choices: pollAnswers.choices })
    .from(pollAnswers)
    .where(and(eq(pollAnswers.pollId, pollId)))
    .orderBy(asc(pollAnswers.unitId));
  const zero = () => poll.options.map(() => 0);
  const totals = zero();
  const perUnit = new Map<string, { answered: number; counts: number[] }>();
  for (const a of answers) {
    const u = perUnit.get(a.unitId) ?? { answered: 0, counts: zero() };
    u.answered++;
    for (const c of a.choices) {
      if (c >= 0 && c < totals.length) {
        totals[c]!++;
        u.counts[c]!++;
      }
    }
    perUnit.set(a.unitId, u);
  }
  const byUnit = asked.map((r) => {
    const u = perUnit.get(r.unit_id);
    const answered = u?.answered ?? 0;
    const hide = poll.anonymous && answered < MIN_CELL;
    return { unitId: r.unit_id, unitName: r.name, recipients: Number(r.n), answered, counts: hide ? null : (u?.counts ?? zero()) };
  });
  return { poll, recipients: byUnit.reduce((s, u) => s + u.recipients, 0), answered: answers.length, totals, byUnit };
}

export function fmtDateTime(at: Date, timeZone: string): string {
  const l = localTime(at, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(l.hour)}:${two(l.minute)} ${two(l.day)}/${two(l.month)}/${l.year}`;
}

const pct = (n: number, of: number) => (of === 0 ? 0 : Math.round((n * 100) / of));

export function resultsText(t: Translate, locale: Locale, r: PollResults, timeZone: string, final: boolean): string {
  const p = r.poll;
  const lines = [
    t(locale, final ? 'poll-results-final-title' : 'poll-results-title'),
    p.question,
    t(locale, 'poll-results-turnout', { answered: r.answered, recipients: r.recipients, closes: fmtDateTime(p.closesAt, timeZone) }),
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
  poll: PollRow,
  timeZone: string,
  chosen: number[] = [],
): { text: string; options: { label: string; data: string }[] } {
  const how = t(locale, poll.multi ? 'poll-how-multi' : 'poll-how-single');
  const lines = [t(locale, 'poll-title'), poll.question, '', `${how} ${t(locale, 'poll-closes', { closes: fmtDateTime(poll.closesAt, timeZone) })}`];
  if (poll.anonymous) lines.push(t(locale, 'poll-anonymous-note'));
  if (chosen.length) lines.push(t(locale, 'poll-your-answer', { answer: chosen.map((c) => poll.options[c]).join('; ') }));
  lines.push(t(locale, 'poll-hint'));
  return {
    text: lines.join('\n'),
    options: poll.options.map((o, i) => ({ label: chosen.includes(i) ? `✓ ${o}` : o, data: `p:${poll.id}:${i}` })),
  };
}
