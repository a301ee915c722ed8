import { describe, expect, it } from 'vitest';
import { parseDeadline, parseDurationHours, parseClosing, parseOptions } from '../../bot/features/polls/create-parse.js';

describe('poll creation parsing', () => {
  it('reads one option per line and strips numbering', () => {
    expect(parseOptions('1. Hợp lý\n2) Chưa hợp lý\n- Không ý kiến\n\n')).toEqual({ ok: true, options: ['Hợp lý', 'Chưa hợp lý', 'Không ý kiến'] });
    expect(parseOptions('a) Có; b) Không')).toEqual({ ok: true, options: ['Có', 'Không'] });
  });

  it('reads one line with commas as the options when it cannot be the whole list (typed on a phone)', () => {
    expect(parseOptions('Dong y, Khong dong y, Can them thong tin')).toEqual({ ok: true, options: ['Dong y', 'Khong dong y', 'Can them thong tin'] });
    // Lines win: a comma inside an option of a list on lines stays.
    expect(parseOptions('Có, nhưng cần hỗ trợ\nKhông')).toEqual({ ok: true, options: ['Có, nhưng cần hỗ trợ', 'Không'] });
    // One question of a report request (one is enough) is not cut at its commas.
    expect(parseOptions('Giá cả, thị trường ra sao?', 1)).toEqual({ ok: true, options: ['Giá cả, thị trường ra sao?'] });
    expect(parseOptions('Chỉ một')).toEqual({ ok: false, code: 'too_few' });
  });

  it('refuses too few, too many, too long and duplicate options', () => {
    expect(parseOptions('Chỉ một')).toEqual({ ok: false, code: 'too_few' });
    expect(parseOptions(Array.from({ length: 11 }, (_, i) => `PA ${i}`).join('\n'))).toEqual({ ok: false, code: 'too_many' });
    expect(parseOptions(`Có\n${'x'.repeat(101)}`)).toEqual({ ok: false, code: 'too_long' });
    expect(parseOptions('Có\ncó\nKhông')).toEqual({ ok: false, code: 'duplicate' });
  });

  it('reads closing times in the usual Vietnamese forms', () => {
    expect(parseClosing('17:00 30/11')).toEqual({ day: 30, month: 11, year: null, hour: 17, minute: 0 });
    expect(parseClosing('30/11/2026 17h30')).toEqual({ day: 30, month: 11, year: 2026, hour: 17, minute: 30 });
    expect(parseClosing('8h 1/12')).toEqual({ day: 1, month: 12, year: null, hour: 8, minute: 0 });
    expect(parseClosing('2 giờ chiều 15-12-2026')).toEqual({ day: 15, month: 12, year: 2026, hour: 14, minute: 0 });
    expect(parseClosing('15.12 7h30 toi')).toEqual({ day: 15, month: 12, year: null, hour: 19, minute: 30 });
    expect(parseClosing('12h trưa 15/12')).toMatchObject({ hour: 12 });
    expect(parseClosing('8 giờ sáng 15/12')).toMatchObject({ hour: 8, day: 15 });
    for (const bad of ['ngày mai', '30/13 10:00', '25:00 30/11', '17:00', 'thứ 2 tuần sau', '15/12', '8:00 31/11', '8:00 30/2', '8:00 29/2/2027'])
      expect(parseClosing(bad)).toBeNull();
    expect(parseClosing('8:00 29/2/2028')).toMatchObject({ day: 29, month: 2, year: 2028 });
  });
});

describe('parseDeadline', () => {
  it('reads a date and time as parseClosing does, and a date alone as the end of that day', () => {
    expect(parseDeadline('17:00 20/12')).toEqual({ day: 20, month: 12, year: null, hour: 17, minute: 0 });
    expect(parseDeadline('20/12')).toEqual({ day: 20, month: 12, year: null, hour: 23, minute: 59 });
    expect(parseDeadline('20-12-2026')).toEqual({ day: 20, month: 12, year: 2026, hour: 23, minute: 59 });
    expect(parseDeadline('hết ngày 20.12')).toMatchObject({ day: 20, month: 12, hour: 23 });
    for (const bad of ['31/11', '20/13', 'tuần sau', '20/12 hoặc 21/12', '29/2/2027']) expect(parseDeadline(bad)).toBeNull();
  });
});

describe('parseDurationHours', () => {
  it('reads a typed duration in hours, days or weeks, accents optional', () => {
    expect(parseDurationHours('2 ngày')).toBe(48);
    expect(parseDurationHours('2 ngay')).toBe(48);
    expect(parseDurationHours('36 giờ')).toBe(36);
    expect(parseDurationHours('36h')).toBe(36);
    expect(parseDurationHours('5 tiếng')).toBe(5);
    expect(parseDurationHours('1 tuần')).toBe(168);
    expect(parseDurationHours('0 ngày')).toBeNull();
    expect(parseDurationHours('100 ngày')).toBeNull(); // more than 60 days
    expect(parseDurationHours('hai ngày')).toBeNull();
    expect(parseDurationHours('17:00 25/12')).toBeNull();
  });
});
