import type { Executor } from '../../db/client.js';
import type { Locale, Translate } from '../kernel/i18n.js';
import type { Choice, OutboundMessage } from '../kernel/messages.js';
import { parsePeriod, type CivilDate } from '../kernel/periods.js';
import { clipText, splitText } from '../kernel/text.js';
import type { OfficialRow } from '../people/inactive.js';
import type { UnitTree } from '../people/unit-tree.js';
import { gapsByOfficial, gapsText, type UnitGaps } from './gap-report.js';
import { findForReview, type ReviewEntry } from './review-list.js';

/**
 * The monthly message to each official (issue 17 items 2–3): the collaborators of the units they
 * hear of who need a look («cần xem xét»), each with the reasons, and the roster actions as
 * buttons for the first few (Thẻ opens the card, Tạm dừng asks before suspending, Thay thế starts
 * /thaythe); then the unit's make-up gaps. The reminder scan (core/reports/reminders.ts) claims and
 * queues one per official per month.
 */
export interface MonthlyReview {
  official: OfficialRow;
  message: OutboundMessage;
}

/** People given buttons in the message; the rest are one /mangluoi away. 3 × 3 + 1 stays within Zalo OA's 15 buttons. */
const WITH_BUTTONS = 3;
const LABEL_MAX = 60;
/** One message on every channel (Zalo: 2,000 characters). */
const TEXT_LIMIT = 1900;

type Entry = ReviewEntry & { unitName: string };

function periodText(t: Translate, locale: Locale, period: string): string {
  const { month, year } = parsePeriod(period);
  return t(locale, 'reports-period', { month: String(month), year: String(year) });
}

function reviewLine(t: Translate, locale: Locale, n: number, e: Entry, i: number): string {
  const reasons = e.reasons.map((r) => t(locale, `network-score-reason-${r}`, { n }));
  const missed = e.missed.length > 0 ? [t(locale, 'network-review-missed', { periods: e.missed.map((p) => periodText(t, locale, p)).join(', ') })] : [];
  return t(locale, 'network-review-line', { i: i + 1, name: e.displayName, unit: e.unitName, reasons: [...reasons, ...missed].join('; ') });
}

function reviewChoices(t: Translate, locale: Locale, entries: Entry[]): Choice[] {
  const label = (key: string, name: string) => clipText(t(locale, key, { name }), LABEL_MAX);
  const out = entries.slice(0, WITH_BUTTONS).flatMap((e) => [
    { label: label('network-review-btn-card', e.displayName), data: `nw:p:${e.personId}` },
    { label: label('network-review-btn-suspend', e.displayName), data: `nw:z:${e.personId}` },
    { label: label('network-review-btn-replace', e.displayName), data: `/thaythe ${e.personId}` },
  ]);
  return entries.length > WITH_BUTTONS ? [...out, { label: t(locale, 'network-review-all'), data: '/mangluoi' }] : out;
}

function reviewText(t: Translate, locale: Locale, n: number, entries: Entry[], gaps: UnitGaps[] | undefined): string {
  const parts: string[] = [];
  if (entries.length > 0) {
    const lines = entries.map((e, i) => reviewLine(t, locale, n, e, i));
    parts.push([t(locale, 'network-review-title', { n, count: entries.length }), ...lines, '', t(locale, 'network-review-footer')].join('\n'));
  }
  if (gaps) parts.push(gapsText(t, locale, gaps));
  const text = parts.join('\n\n');
  return text.length <= TEXT_LIMIT ? text : `${splitText(text, TEXT_LIMIT - 120)[0]}\n${t(locale, 'network-review-truncated')}`;
}

/** Every official's monthly message (those with nobody to review and no gap get none). */
export async function monthlyReviews(
  db: Executor,
  env: { t: Translate; timeZone: string; periods: number; today: CivilDate; now: Date; tree: UnitTree; route: (unitId: string) => OfficialRow[] },
): Promise<{ reviews: MonthlyReview[]; flagged: number }> {
  const { tree, route, t } = env;
  const found = await findForReview(db, tree, tree.subtree('/'), { today: env.today, now: env.now }, env.timeZone, env.periods);
  const perOfficial = new Map<string, { official: OfficialRow; entries: Entry[] }>();
  for (const e of found) {
    for (const o of route(e.unitId)) {
      const slot = perOfficial.get(o.id) ?? { official: o, entries: [] };
      slot.entries.push({ ...e, unitName: tree.get(e.unitId)?.name ?? '' });
      perOfficial.set(o.id, slot);
    }
  }
  const gaps = await gapsByOfficial(db, route);
  for (const [id, g] of gaps) if (!perOfficial.has(id)) perOfficial.set(id, { official: g.official, entries: [] });
  const reviews = [...perOfficial.values()].map(({ official, entries }) => {
    const locale = official.locale;
    const choices = reviewChoices(t, locale, entries);
    const text = reviewText(t, locale, env.periods, entries, gaps.get(official.id)?.units);
    return { official, message: { type: 'text' as const, text, ...(choices.length ? { choices } : {}) } };
  });
  return { reviews, flagged: found.length };
}
