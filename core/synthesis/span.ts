import { formatPeriod, isPeriod, parsePeriod } from '../kernel/periods.js';

/**
 * What a synthesis covers: one reporting month ('2026-11'), a quarter ('2026-Q4'), a half year
 * ('2026-H2') or a year ('2026'). The key is what `synthesis_runs.period` stores; the months are
 * reporting periods, so a span's window runs from its first month's cycle start to its last
 * month's cut-off (domain-vi §1.1: monthly, quarterly, six-month and annual syntheses).
 */
type SpanKind = 'month' | 'quarter' | 'half' | 'year';

export interface Span {
  key: string;
  kind: SpanKind;
  year: number;
  /** Month (1–12), quarter (1–4) or half (1–2); the year itself for 'year'. */
  index: number;
  /** Its reporting periods, oldest first. */
  months: string[];
}

const QUARTER = /^(\d{4})-Q([1-4])$/;
const HALF = /^(\d{4})-H([12])$/;
const YEAR = /^(\d{4})$/;

function build(kind: SpanKind, year: number, index: number, first: number, count: number, key: string): Span {
  return { key, kind, year, index, months: Array.from({ length: count }, (_, i) => formatPeriod(year, first + i)) };
}

export function parseSpan(key: string): Span | null {
  if (isPeriod(key)) {
    const { year, month } = parsePeriod(key);
    return build('month', year, month, month, 1, key);
  }
  const q = QUARTER.exec(key);
  if (q) return build('quarter', Number(q[1]), Number(q[2]), (Number(q[2]) - 1) * 3 + 1, 3, key);
  const h = HALF.exec(key);
  if (h) return build('half', Number(h[1]), Number(h[2]), (Number(h[2]) - 1) * 6 + 1, 6, key);
  const y = YEAR.exec(key);
  if (y) return build('year', Number(y[1]), Number(y[1]), 1, 12, key);
  return null;
}

export function spanOf(key: string): Span {
  const s = parseSpan(key);
  if (!s) throw new Error(`"${key}" is not a synthesis span (YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY)`);
  return s;
}

export const lastMonth = (s: Span): string => s.months[s.months.length - 1]!;

/**
 * What people type after /tonghop: "11/2026", "2026-11", "quy4/2026", "q4-2026", "6thang2/2026",
 * "h1/2026", "nam2026", "2026". Accents and case are ignored by the caller (matchKey).
 */
export function parseSpanArg(token: string): Span | null {
  const t = token.toLowerCase().replace(/\s+/g, '');
  const month = /^(\d{1,2})[/-](\d{4})$/.exec(t) ?? null;
  if (month) return parseSpan(formatPeriod(Number(month[2]), Number(month[1])));
  const iso = /^(\d{4})-(\d{1,2})$/.exec(t);
  if (iso) return parseSpan(formatPeriod(Number(iso[1]), Number(iso[2])));
  const quarter = /^(?:quy|q)([1-4])[/-]?(\d{4})$/.exec(t);
  if (quarter) return parseSpan(`${quarter[2]}-Q${quarter[1]}`);
  const isoQuarter = /^(\d{4})-q([1-4])$/.exec(t);
  if (isoQuarter) return parseSpan(`${isoQuarter[1]}-Q${isoQuarter[2]}`);
  const half = /^(?:6thang|h)([12])[/-]?(\d{4})$/.exec(t);
  if (half) return parseSpan(`${half[2]}-H${half[1]}`);
  const isoHalf = /^(\d{4})-h([12])$/.exec(t);
  if (isoHalf) return parseSpan(`${isoHalf[1]}-H${isoHalf[2]}`);
  const year = /^(?:nam)?(\d{4})$/.exec(t);
  if (year) return parseSpan(year[1]!);
  return null;
}

/** The spans a schedule produces when a month closes: the month, and the quarter/half/year it ends. */
export function spansEndingWith(period: string): string[] {
  const { year, month } = parsePeriod(period);
  const out = [period];
  if (month % 3 === 0) out.push(`${year}-Q${month / 3}`);
  if (month % 6 === 0) out.push(`${year}-H${month / 6}`);
  if (month === 12) out.push(String(year));
  return out;
}

export interface SynthesisArgs {
  unitCode: string | null;
  /** Span key, or null for the last month that fell due. */
  period: string | null;
  /** A token that is neither a span nor a plausible unit code (or a second span). */
  bad: string | null;
}

/** The arguments of /tonghop, in any order: a span ("11/2026", "quy4/2026", "nam2026"…) and a unit code. */
export function parseSynthesisArgs(args: string, normalise: (s: string) => string): SynthesisArgs {
  const out: SynthesisArgs = { unitCode: null, period: null, bad: null };
  for (const token of args.split(/\s+/).filter(Boolean)) {
    const span = parseSpanArg(normalise(token));
    if (span && !out.period) out.period = span.key;
    else if (!span && /^[A-Za-z0-9_.-]{1,40}$/.test(token) && !/^\d{1,2}[/-]\d{4}$|^\d{4}-\d{1,2}$/.test(token) && !out.unitCode) out.unitCode = token;
    else out.bad ??= token;
  }
  return out;
}
