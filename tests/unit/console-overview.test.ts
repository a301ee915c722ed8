import { describe, expect, it } from 'vitest';
import { OverviewPage, type OverviewData } from '../../bot/console/pages/overview.js';
import { pageCtxFor } from '../helpers/page-ctx.js';

const ctx = (lang: 'vi' | 'en') => pageCtxFor(lang, '/console');
const data = (over: Partial<NonNullable<OverviewData['completeness']>>): OverviewData => ({
  alerts: [],
  guidance: [],
  activity: [],
  completeness: {
    unitId: 'x',
    code: 'X',
    name: 'Xã',
    path: '/x/',
    period: '2026-12',
    due: '2026-12-25',
    overdue: false,
    expected: 11,
    onTime: 7,
    late: 0,
    missing: 4,
    ...over,
  },
});
const figure = async (lang: 'vi' | 'en', d: OverviewData) => {
  const html = String(await Promise.resolve(OverviewPage({ ctx: ctx(lang), data: d }).toString())).replace(/\s+/g, ' ');
  return /data-testid="ov-on-time"[^>]*>(.*?)<\/a>/
    .exec(html)![1]!
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
};

describe('the overview’s periodic-report figures', () => {
  it('mid-period, the on-time figure counts the reports on time beside the late ones — not a share of all expected, which read as units being late', async () => {
    expect(await figure('vi', data({}))).toBe('7 nộp đúng hạn · 0 nộp muộn');
    expect(await figure('en', data({ onTime: 5, late: 2 }))).toBe('5 on time · 2 late');
  });
});
