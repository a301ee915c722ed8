import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDayTime } from '../../core/kernel/datetime.js';

/** What the formatters wrote when they were built on Intl parts (before the cached-offset path). */
function intlParts(at: Date, timeZone: string): Record<string, string> {
  const f = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hourCycle: 'h23',
  });
  return Object.fromEntries(f.formatToParts(at).map((p) => [p.type, p.value]));
}

describe('date and time texts', () => {
  it('pads every field and writes midnight as 00:00 in the zone', () => {
    const at = new Date('2026-03-04T17:05:00Z'); // 00:05 on 5 March in Hanoi
    expect(formatDateTime(at, 'Asia/Ho_Chi_Minh')).toBe('00:05 05/03/2026');
    expect(formatDayTime(at, 'Asia/Ho_Chi_Minh')).toBe('05/03/2026 00:05');
    expect(formatDate(at, 'Asia/Ho_Chi_Minh')).toBe('05/03/2026');
  });

  it('writes what Intl writes, over two years and in DST zones', () => {
    const wrong: string[] = [];
    for (let ms = Date.UTC(2025, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 37_127_000) {
      for (const zone of ['Asia/Ho_Chi_Minh', 'America/New_York', 'Australia/Lord_Howe']) {
        const at = new Date(ms);
        const p = intlParts(at, zone);
        const want = [
          `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`,
          `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`,
          `${p.day}/${p.month}/${p.year}`,
        ];
        const got = [formatDateTime(at, zone), formatDayTime(at, zone), formatDate(at, zone)];
        if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${at.toISOString()} ${zone}: ${got.join(' | ')}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
