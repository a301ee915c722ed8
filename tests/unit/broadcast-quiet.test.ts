import { describe, expect, it } from 'vitest';
import { isQuiet, parseQuietHours, quietEnd } from '../../core/broadcasts/quiet.js';
import { effectiveStart, reminderTime, validateDraft, type BroadcastDraft } from '../../core/broadcasts/broadcast.js';

const TZ = 'Asia/Ho_Chi_Minh';
/** 2026-11-20 at hh:mm Vietnam time (UTC+7). */
const vn = (hh: number, mm = 0, day = 20) => new Date(Date.UTC(2026, 10, day, hh - 7, mm));

describe('quiet hours (22:00–06:00 Asia/Ho_Chi_Minh)', () => {
  const q = parseQuietHours('22:00-06:00', TZ);

  it('wraps midnight', () => {
    expect(isQuiet(vn(21, 59), q)).toBe(false);
    expect(isQuiet(vn(22, 0), q)).toBe(true);
    expect(isQuiet(vn(23, 30), q)).toBe(true);
    expect(isQuiet(vn(3, 0), q)).toBe(true);
    expect(isQuiet(vn(5, 59), q)).toBe(true);
    expect(isQuiet(vn(6, 0), q)).toBe(false);
    expect(isQuiet(vn(12, 0), q)).toBe(false);
  });

  it('ends at the next 06:00 local, the same or the next day', () => {
    expect(quietEnd(vn(23, 15), q).toISOString()).toBe(vn(6, 0, 21).toISOString());
    expect(quietEnd(vn(2, 40), q).toISOString()).toBe(vn(6, 0).toISOString());
    expect(quietEnd(vn(12, 0), q).toISOString()).toBe(vn(12, 0).toISOString());
  });

  it('a window inside one day, none at all, and a bad setting', () => {
    const day = parseQuietHours('12:00-13:30', TZ);
    expect(isQuiet(vn(12, 45), day)).toBe(true);
    expect(isQuiet(vn(13, 30), day)).toBe(false);
    expect(parseQuietHours('', TZ)).toBeNull();
    expect(isQuiet(vn(23), null)).toBe(false);
    expect(() => parseQuietHours('25:00-06:00', TZ)).toThrow(RangeError);
  });
});

describe('drafts', () => {
  const now = vn(10);
  const base: BroadcastDraft = { title: 'Tiêu đề', body: 'Nội dung', unitId: 'u', filters: {}, requireAck: false, urgent: false };
  const s = { maxBody: 100, quiet: parseQuietHours('22:00-06:00', TZ) };

  it('refuses an empty title or body, an oversized body, deadlines in the past or before the start', () => {
    expect(validateDraft(base, s, now)).toEqual([]);
    expect(validateDraft({ ...base, title: '  ' }, s, now)).toEqual(['title_empty']);
    expect(validateDraft({ ...base, title: 'x'.repeat(201) }, s, now)).toEqual(['title_too_long']);
    expect(validateDraft({ ...base, body: ' \n ' }, s, now)).toEqual(['body_empty']);
    expect(validateDraft({ ...base, body: 'x'.repeat(101) }, s, now)).toEqual(['body_too_long']);
    expect(validateDraft({ ...base, requireAck: true, ackDeadline: vn(9) }, s, now)).toEqual(['deadline_past']);
    expect(validateDraft({ ...base, requireAck: true, ackDeadline: vn(12), scheduledAt: vn(13) }, s, now)).toEqual(['deadline_before_start']);
    expect(validateDraft({ ...base, scheduledAt: vn(9) }, s, now)).toEqual(['schedule_past']);
  });

  it('a normal broadcast composed at night starts when quiet hours end; an urgent one at once', () => {
    expect(effectiveStart(base, s, vn(23)).toISOString()).toBe(vn(6, 0, 21).toISOString());
    expect(effectiveStart({ ...base, urgent: true }, s, vn(23)).toISOString()).toBe(vn(23).toISOString());
    expect(effectiveStart({ ...base, scheduledAt: vn(15) }, s, now).toISOString()).toBe(vn(15).toISOString());
  });

  it('the one reminder comes after the configured delay, or halfway to an earlier deadline', () => {
    const fourHours = 4 * 3600_000;
    expect(reminderTime(vn(10), null, fourHours).toISOString()).toBe(vn(14).toISOString());
    expect(reminderTime(vn(10), vn(20), fourHours).toISOString()).toBe(vn(14).toISOString());
    expect(reminderTime(vn(10), vn(12), fourHours).toISOString()).toBe(vn(11).toISOString());
  });
});
