import { describe, expect, it } from 'vitest';
import { PollPage, PollsPage } from '../../bot/console/pages/misc.js';
import type { PollResults } from '../../core/polls/results.js';
import { pageCtxFor } from '../helpers/page-ctx.js';

const ctx = (lang: 'vi' | 'en') => pageCtxFor(lang, '/console/polls');
const closesAt = new Date('2026-12-04T05:08:00Z');
const results: PollResults = {
  poll: {
    id: 'p1',
    number: 1,
    authorId: 'u',
    unitId: 'x',
    question: 'Đồng chí đánh giá thế nào?',
    options: ['Đã đầy đủ', 'Cần công khai thêm'],
    multi: false,
    anonymous: true,
    status: 'closed',
    closesAt,
    createdAt: closesAt,
  },
  recipients: 11,
  answered: 10,
  totals: [6, 4],
  byUnit: [
    { unitId: 'a', unitName: 'Xã An Bình', recipients: 4, answered: 4, counts: null },
    { unitId: 'b', unitName: 'Phường Phú Lợi', recipients: 7, answered: 6, counts: [4, 2] },
  ],
};
const text = async (node: unknown) =>
  String(await Promise.resolve((node as { toString(): string }).toString()))
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('the console poll pages', () => {
  it('a hidden unit says why with the real threshold, as a sentence; the page says when the poll closed', async () => {
    const vi = await text(PollPage({ ctx: ctx('vi'), r: results }));
    // It read «ẩn (dưới 3 câu trả lời…)» in lower case, and the threshold is 5, not 3 (4 answers were hidden).
    expect(vi).toContain('Không hiển thị chi tiết: đơn vị có dưới 5 người trả lời (để bảo đảm ẩn danh)');
    expect(vi).not.toMatch(/ ẩn \(/);
    expect(vi).toContain('đã đóng lúc 04/12/2026 12:08');
    const en = await text(PollPage({ ctx: ctx('en'), r: results }));
    expect(en).toContain('Details hidden: fewer than 5 answers in this unit');
  });

  it('the list says «đã đóng lúc …» once, not «đã đóng · đóng lúc …»', async () => {
    const list = await text(PollsPage({ ctx: ctx('vi'), polls: [{ id: 'p1', question: 'Q', status: 'closed', closesAt, unitName: 'Tỉnh' }] }));
    expect(list).toContain('Tỉnh · đã đóng lúc 04/12/2026 12:08');
    const open = await text(PollsPage({ ctx: ctx('vi'), polls: [{ id: 'p1', question: 'Q', status: 'open', closesAt, unitName: 'Tỉnh' }] }));
    expect(open).toContain('Tỉnh · đang mở, đóng lúc 04/12/2026 12:08');
  });
});
