import { describe, expect, it } from 'vitest';
import { parseNumbers } from '../../bot/features/meetings/attendance-flow.js';
import { splitPlace } from '../../bot/features/meetings/create-flow.js';
import { highlightsOf } from '../../core/meetings/highlights.js';
import { reminderTimes, windowState } from '../../core/meetings/meeting.js';

const HOUR = 3_600_000;

describe('giao ban meetings: the pure parts', () => {
  it('a place typed with an online link is split into both; either may be missing', () => {
    expect(splitPlace('Hội trường UBND xã, https://meet.google.com/abc-defg-hij')).toEqual({
      place: 'Hội trường UBND xã',
      link: 'https://meet.google.com/abc-defg-hij',
    });
    expect(splitPlace('https://zoom.us/j/123')).toEqual({ place: null, link: 'https://zoom.us/j/123' });
    expect(splitPlace('Nhà văn hóa thôn 3')).toEqual({ place: 'Nhà văn hóa thôn 3', link: null });
  });

  it('the attendance list reads numbers, lists and ranges, and nothing else', () => {
    expect(parseNumbers('2', 5)).toEqual([2]);
    expect(parseNumbers('2, 5 3-4', 5)).toEqual([2, 5, 3, 4]);
    expect(parseNumbers('6', 5)).toBeNull();
    expect(parseNumbers('4-2', 5)).toBeNull();
    expect(parseNumbers('hai', 5)).toBeNull();
    expect(parseNumbers('  ', 5)).toBeNull();
  });

  it('reminders a day and an hour before, only those still ahead of the invitation', () => {
    const start = new Date('2026-12-15T01:00:00Z');
    expect(reminderTimes(new Date(start.getTime() - 3 * 24 * HOUR), start).map((r) => r.kind)).toEqual(['day', 'hour']);
    expect(reminderTimes(new Date(start.getTime() - 5 * HOUR), start).map((r) => r.kind)).toEqual(['hour']);
    expect(reminderTimes(new Date(start.getTime() - 30 * 60_000), start)).toEqual([]);
  });

  it('the check-in window opens half an hour before the start and closes at the end', () => {
    const m = { startsAt: new Date('2026-12-15T01:00:00Z'), endsAt: new Date('2026-12-15T04:00:00Z') };
    expect(windowState(m, new Date('2026-12-15T00:29:00Z'))).toBe('before');
    expect(windowState(m, new Date('2026-12-15T00:30:00Z'))).toBe('open');
    expect(windowState(m, new Date('2026-12-15T04:00:00Z'))).toBe('open');
    expect(windowState(m, new Date('2026-12-15T04:00:01Z'))).toBe('over');
  });

  it('the highlights of a synthesis: its first section and the issues it raised, as plain text', () => {
    const md = [
      '# BÁO CÁO',
      '### I. TÌNH HÌNH TƯ TƯỞNG CHUNG',
      '',
      'Tình hình nhìn chung **cơ bản ổn định**.[^1]',
      '',
      'Trong cán bộ, đảng viên: đồng tình với các biện pháp bình ổn giá.[^2]',
      '',
      'Đoạn thứ ba không lấy.',
      '### II. DƯ LUẬN XÃ HỘI',
      '##### a) Kỳ họp cuối năm của Quốc hội',
      'Nội dung.',
      '##### b) Giá phân bón tăng',
    ].join('\n');
    expect(highlightsOf(md)).toBe(
      'Tình hình nhìn chung cơ bản ổn định.\nTrong cán bộ, đảng viên: đồng tình với các biện pháp bình ổn giá.\n– Kỳ họp cuối năm của Quốc hội\n– Giá phân bón tăng',
    );
    expect(highlightsOf('# nothing here')).toBeNull();
  });
});
