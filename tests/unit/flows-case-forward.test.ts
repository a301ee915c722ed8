import { describe, expect, it } from 'vitest';
import { forwardFlow } from '../../bot/features/cases/forward-flow.js';
import { FlowDriver, makeCtx } from './flows-harness.js';

/** /chuyenxuly up to «Hạn xử lý», the prepare effect answered with one issue and one body. */
function toDue(ctx = makeCtx({ person: { ...makeCtx().person!, role: 'official' } })) {
  const d = new FlowDriver(forwardFlow, ctx).start('BN-2026-11-000001');
  d.result('cases.prepare', {
    ok: true,
    sourceType: 'report',
    sourceId: '00000000-0000-4000-8000-0000000000aa',
    receiptNo: 'BN-2026-11-000001',
    title: 'Giá điện tăng',
    issues: [{ id: 'i1', title: 'Giá điện tăng' }],
    bodies: [{ id: 'b1', name: 'Công an xã Tân Hòa' }],
    timeZone: 'Asia/Ho_Chi_Minh',
  });
  d.choose('b1');
  expect(d.state?.step).toBe('due');
  return d;
}

describe('«Hạn xử lý» of a forwarded case', () => {
  it('offers the spans an official sets (1, 3, 7, 15, 30 days) and its hint names the same, not 10, 15, 30 beside buttons 1–5', () => {
    const d = toDue();
    expect(d.choices().map((c) => c.label)).toEqual(['1 ngày', '3 ngày', '7 ngày', '15 ngày', '30 ngày']);
    expect(d.last().text).toContain('việc gấp: 1 hoặc 3 ngày; thông thường: 7, 15 hoặc 30 ngày');
  });

  it('a typed number is that many days, whether a button shows it or not', () => {
    for (const [typed, days] of [
      ['3', 3],
      ['2', 2],
      ['15', 15],
      ['10', 10],
      ['45 ngày', 45],
    ] as const) {
      const d = toDue().type(typed);
      expect(d.state?.days, typed).toBe(days);
    }
  });

  it('a draft with a body chosen is not dropped by /huy without asking (it has answers)', () => {
    const d = toDue();
    expect(forwardFlow.hasAnswers?.(d.state)).toBe(true);
  });
});
