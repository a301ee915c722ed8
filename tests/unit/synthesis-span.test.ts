import { describe, expect, it } from 'vitest';
import { matchKey } from '../../core/kernel/text.js';
import { parseSpan, parseSpanArg, parseSynthesisArgs, spansEndingWith } from '../../core/synthesis/span.js';
import { monthDueSoon } from '../../core/synthesis/schedule.js';

describe('synthesis spans', () => {
  it('parses months, quarters, half years and years into their reporting months', () => {
    expect(parseSpan('2026-11')).toMatchObject({ kind: 'month', index: 11, months: ['2026-11'] });
    expect(parseSpan('2026-Q4')).toMatchObject({ kind: 'quarter', index: 4, months: ['2026-10', '2026-11', '2026-12'] });
    expect(parseSpan('2026-H1')!.months).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
    expect(parseSpan('2026')!.months).toHaveLength(12);
    for (const bad of ['2026-13', '2026-Q5', '2026-H3', '26', 'abc']) expect(parseSpan(bad)).toBeNull();
  });

  it('reads what officials type after /tonghop, accents and case aside', () => {
    const key = (s: string) => parseSpanArg(matchKey(s))?.key ?? null;
    expect(key('11/2026')).toBe('2026-11');
    expect(key('2026-11')).toBe('2026-11');
    expect(key('Quý4/2026')).toBe('2026-Q4');
    expect(key('q1-2027')).toBe('2027-Q1');
    expect(key('2026-Q2')).toBe('2026-Q2');
    expect(key('6tháng2/2026')).toBe('2026-H2');
    expect(key('h1/2026')).toBe('2026-H1');
    expect(key('năm2026')).toBe('2026');
    expect(key('2026')).toBe('2026');
    expect(key('13/2026')).toBeNull();
    expect(key('quy5/2026')).toBeNull();
  });

  it('takes a span and a unit code in any order, and names a bad token', () => {
    expect(parseSynthesisArgs('XA-AB quy4/2026', matchKey)).toEqual({ unitCode: 'XA-AB', period: '2026-Q4', bad: null });
    expect(parseSynthesisArgs('', matchKey)).toEqual({ unitCode: null, period: null, bad: null });
    expect(parseSynthesisArgs('13/2026', matchKey).bad).toBe('13/2026');
    expect(parseSynthesisArgs('11/2026 12/2026', matchKey).bad).toBe('12/2026');
    expect(parseSynthesisArgs('đơn/vị', matchKey).bad).toBe('đơn/vị');
  });

  it('a closing month brings its quarter, half year and year along', () => {
    expect(spansEndingWith('2026-11')).toEqual(['2026-11']);
    expect(spansEndingWith('2026-09')).toEqual(['2026-09', '2026-Q3']);
    expect(spansEndingWith('2026-06')).toEqual(['2026-06', '2026-Q2', '2026-H1']);
    expect(spansEndingWith('2026-12')).toEqual(['2026-12', '2026-Q4', '2026-H2', '2026']);
  });

  it('the schedule window runs from the lead day to the deadline', () => {
    const s = { deadlineDay: 20, cutoffDay: 20, lockDays: 5 };
    const on = (day: number, month = 11) => monthDueSoon({ year: 2026, month, day }, s, 2);
    expect([17, 18, 19, 20, 21].map((d) => on(d))).toEqual([null, '2026-11', '2026-11', '2026-11', null]);
    // A deadline on the 2nd (cycle ending the 25th) falls in the next calendar month.
    expect(monthDueSoon({ year: 2026, month: 12, day: 1 }, { deadlineDay: 2, cutoffDay: 25, lockDays: 0 }, 2)).toBe('2026-12');
  });
});
