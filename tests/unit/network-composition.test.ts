import { describe, expect, it } from 'vitest';
import { computeComposition } from '../../core/network/composition.js';
import { reviewReasons } from '../../core/network/scorecard.js';

const children = [
  { id: 'x1', name: 'Xã An Bình' },
  { id: 'x2', name: 'Xã Tân Hòa' },
  { id: 'x3', name: 'Xã Long Đức' },
];

describe('network composition against targets', () => {
  it('counts by child unit, stratum and sector (accents and case ignored) and lists each gap', () => {
    const c = computeComposition({
      children,
      members: [
        { childId: 'x1', stratum: 'nong_dan', sector: 'Hội Nông dân' },
        { childId: 'x1', stratum: 'cong_nhan', sector: 'hoi nong dan' },
        { childId: 'x2', stratum: 'nong_dan', sector: null },
        { childId: null, stratum: null, sector: 'Giáo dục' },
      ],
      targets: [
        { kind: 'area', value: '', minCount: 1 },
        { kind: 'stratum', value: 'nong_dan', minCount: 2 },
        { kind: 'stratum', value: 'ton_giao', minCount: 1 },
        { kind: 'sector', value: 'HỘI NÔNG DÂN', minCount: 2 },
        { kind: 'sector', value: 'Y tế', minCount: 1 },
      ],
    });
    expect(c.total).toBe(4);
    expect(c.byArea.map((a) => [a.label, a.count, a.min])).toEqual([
      ['Xã An Bình', 2, 1],
      ['Xã Tân Hòa', 1, 1],
      ['Xã Long Đức', 0, 1],
    ]);
    expect(c.bySector.find((s) => s.label === 'Hội Nông dân')).toMatchObject({ count: 2, min: 2 });
    expect(c.gaps).toEqual([
      { kind: 'area', unitName: 'Xã Long Đức', count: 0, min: 1 },
      { kind: 'stratum', value: 'ton_giao', count: 0, min: 1 },
      { kind: 'sector', value: 'Y tế', count: 0, min: 1 },
    ]);
  });

  it('no targets: counts only, no gaps', () => {
    const c = computeComposition({ children, members: [{ childId: 'x3', stratum: 'tri_thuc', sector: null }], targets: [] });
    expect(c.gaps).toEqual([]);
    expect(c.byArea.every((a) => a.min === null)).toBe(true);
    expect(c.byStratum).toEqual([{ key: 'tri_thuc', label: 'tri_thuc', count: 1, min: null }]);
  });

  it('a line counted by the loader weighs its n: the same as that many people one by one', () => {
    const targets = [
      { kind: 'area' as const, value: '', minCount: 3 },
      { kind: 'sector' as const, value: 'Y tế', minCount: 4 },
    ];
    const one = { childId: 'x1', stratum: 'nong_dan', sector: 'Y tế' };
    const two = { childId: null, stratum: 'cong_nhan', sector: 'y te' };
    const grouped = computeComposition({
      children,
      members: [
        { ...one, n: 3 },
        { ...two, n: 2 },
      ],
      targets,
    });
    expect(grouped).toEqual(computeComposition({ children, members: [one, one, one, two, two], targets }));
    expect(grouped.total).toBe(5);
    expect(grouped.bySector).toEqual([{ key: 'y te', label: 'Y tế', count: 5, min: 4 }]);
    expect(grouped.gaps).toEqual([
      { kind: 'area', unitName: 'Xã Tân Hòa', count: 0, min: 3 },
      { kind: 'area', unitName: 'Xã Long Đức', count: 0, min: 3 },
    ]);
  });
});

describe('scorecard reasons to review', () => {
  const base = {
    periods: [],
    onTime: 0,
    late: 0,
    missing: 0,
    quick: 0,
    thematic: 0,
    alerts: 0,
    useful: 0,
    needsMore: 0,
    meetingsInvited: 0,
    meetingsAttended: 0,
  };
  it('nothing filed at all in the window; mostly late; sent back more often than found useful', () => {
    // Missing periodic reports count only over a full window (one state per period).
    const window = { periods: ['2026-09', '2026-10', '2026-11'].map((period) => ({ period, state: null })) };
    expect(reviewReasons({ ...base, ...window, missing: 3 })).toEqual(['missing_all']);
    expect(reviewReasons({ ...base, missing: 3 })).toEqual([]);
    expect(reviewReasons({ ...base, ...window, missing: 3, quick: 1 })).toEqual(['missing_periodic']);
    expect(reviewReasons({ ...base, late: 2, onTime: 1 })).toEqual(['mostly_late']);
    expect(reviewReasons({ ...base, late: 1, onTime: 1 })).toEqual([]);
    expect(reviewReasons({ ...base, onTime: 3, needsMore: 2, useful: 1 })).toEqual(['needs_more']);
    expect(reviewReasons({ ...base, onTime: 3 })).toEqual([]);
    expect(reviewReasons({ ...base, onTime: 3, meetingsInvited: 2 })).toEqual(['missed_meetings']);
    expect(reviewReasons({ ...base, onTime: 3, meetingsInvited: 2, meetingsAttended: 1 })).toEqual([]);
  });
});
