import { STANCES } from '../reports/draft.js';
import type { SynthesisInput } from './collect.js';
import { compareVi } from '../kernel/text.js';

/**
 * Month-over-month figures of a multi-month synthesis (quarter, half year, year): per topic the
 * number of issues reported and their stance mix, hot spots per category, and each unit's
 * share of periodic reports filed on time. Pure; the trends section turns them into tables and
 * charts.
 */
export interface Series {
  name: string;
  /** One value per month of the span; null where there is nothing to measure (no one expected). */
  values: (number | null)[];
}

export interface Trends {
  months: string[];
  topics: Series[];
  /** Per topic (the busiest few), streams per stance summed over the span, then per month. */
  stanceByTopic: { topic: string; byMonth: Record<string, number>[] }[];
  stances: Series[];
  hotSpots: Series[];
  timeliness: Series[];
}

const MAX_TOPICS = 6;
const MAX_UNITS = 8;

const total = (s: Series) => s.values.reduce<number>((a, v) => a + (v ?? 0), 0);

export function computeTrends(input: SynthesisInput, stanceOrder: readonly string[] = STANCES): Trends {
  const months = input.span.months;
  const at = (p: string) => months.indexOf(p);
  const topicCounts = new Map<string, number[]>();
  const stanceByTopic = new Map<string, Record<string, number>[]>();
  const stances = new Map<string, number[]>(stanceOrder.map((s) => [s, months.map(() => 0)]));
  for (const r of input.reports) {
    const i = at(r.period);
    if (i < 0) continue;
    for (const issue of r.issues) {
      const name = input.topics[issue.topicCode]?.name ?? issue.topicCode;
      const counts = topicCounts.get(name) ?? months.map(() => 0);
      counts[i]!++;
      topicCounts.set(name, counts);
      const mix = stanceByTopic.get(name) ?? months.map((): Record<string, number> => ({}));
      for (const s of issue.streams) {
        mix[i]![s.stance] = (mix[i]![s.stance] ?? 0) + 1;
        if (!stances.has(s.stance))
          stances.set(
            s.stance,
            months.map(() => 0),
          );
        stances.get(s.stance)![i]!++;
      }
      stanceByTopic.set(name, mix);
    }
  }
  const topics = [...topicCounts.entries()].map(([name, values]) => ({ name, values })).sort((a, b) => total(b) - total(a) || compareVi(a.name, b.name));
  const spots = new Map<string, number[]>();
  for (const h of input.hotSpots) {
    const i = at(h.period);
    if (i < 0) continue;
    const v = spots.get(h.category) ?? months.map(() => 0);
    v[i]!++;
    spots.set(h.category, v);
  }
  return {
    months,
    topics: topics.slice(0, MAX_TOPICS),
    stanceByTopic: topics.slice(0, 3).map((t) => ({ topic: t.name, byMonth: stanceByTopic.get(t.name)! })),
    stances: [...stances.entries()].map(([name, values]) => ({ name, values })).filter((s) => total(s) > 0),
    hotSpots: [...spots.entries()].map(([name, values]) => ({ name, values })).sort((a, b) => total(b) - total(a) || a.name.localeCompare(b.name)),
    timeliness: timeliness(input),
  };
}

/** Per unit, the percentage of expected periodic reports filed on time, month by month. */
function timeliness(input: SynthesisInput): Series[] {
  const byUnit = new Map<string, { expected: number; values: (number | null)[] }>();
  input.completeness.forEach(({ view }, i) => {
    for (const u of view.rows) {
      const entry = byUnit.get(u.name) ?? { expected: 0, values: input.span.months.map(() => null) };
      entry.values[i] = u.expected ? Math.round((u.onTime / u.expected) * 100) : null;
      entry.expected += u.expected;
      byUnit.set(u.name, entry);
    }
  });
  return [...byUnit.entries()]
    .sort((a, b) => b[1].expected - a[1].expected || compareVi(a[0], b[0]))
    .slice(0, MAX_UNITS)
    .map(([name, e]) => ({ name, values: e.values }));
}
