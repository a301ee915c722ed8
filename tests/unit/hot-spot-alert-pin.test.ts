import { describe, expect, it } from 'vitest';
import { createI18n } from '../../core/kernel/i18n.js';
import { configSchema } from '../../core/platform/config.js';
import { alertNotification, type HotSpotEnv } from '../../core/hot-spots/messages.js';
import type { HotSpotRow } from '../../core/hot-spots/queries.js';
import { renderOutbound } from '../../bot/channels/telegram/render.js';
import { renderZaloOa } from '../../bot/channels/zalo-oa/render.js';

/** Issue 11 item 13: the official's alert card is followed by the alert's point. */
const i18n = createI18n();
const env: HotSpotEnv = { i18n, config: configSchema.parse({}) };
const at = new Date('2026-12-07T01:00:00Z');
const row = (over: Partial<HotSpotRow> = {}): HotSpotRow => ({
  id: '7a1f5c1e-8d3b-4c55-9f0e-2b1c3d4e5f60',
  receiptNo: 'DN-2026-12-000007',
  category: 'dat_dai',
  severity: 3,
  unitId: 'u1',
  reporterId: null,
  placeText: 'Cổng chợ thôn 3',
  latitude: 20.86,
  longitude: 106.68,
  peopleEstimate: null,
  peopleRange: null,
  peopleText: null,
  description: null,
  status: 'open',
  confidentialUnitId: null,
  levelUnitId: 'u1',
  escalationStep: 0,
  ackDeadline: null,
  acknowledgedBy: null,
  acknowledgedAt: null,
  mergedIntoId: null,
  resultNote: null,
  resultShareable: false,
  createdAt: at,
  updatedAt: at,
  ...over,
});
const names = { unitName: 'Đảng ủy xã An Bình' };
const notice = { reason: 'new' as const, deadline: null };
const labels = { button: 'b', placeholder: 'p', hint: 'h' };
const zaloTexts = { shareLocation: 's', chooseOption: 'c', numberedHint: 'n', moreOptions: () => 'm' };

describe('the alert card and its point', () => {
  it('carries the coordinates as a venue named after the alert, the reporter’s place as its address', () => {
    const m = alertNotification(env, 'vi', row(), names, notice);
    expect(m).toMatchObject({
      type: 'text',
      place: { latitude: 20.86, longitude: 106.68, title: '🚨 Điểm nóng DN-2026-12-000007', address: 'Cổng chợ thôn 3' },
    });
  });

  it('Telegram: the card with its buttons, then sendVenue (sendLocation when no place was typed)', () => {
    const calls = renderOutbound('42', alertNotification(env, 'vi', row(), names, notice), labels);
    expect(calls.map((c) => c.method)).toEqual(['sendMessage', 'sendVenue']);
    expect(calls[1]!.payload).toEqual({
      chat_id: '42',
      latitude: 20.86,
      longitude: 106.68,
      title: '🚨 Điểm nóng DN-2026-12-000007',
      address: 'Cổng chợ thôn 3',
    });
    const bare = renderOutbound('42', alertNotification(env, 'vi', row({ placeText: null }), names, notice), labels);
    expect(bare.map((c) => c.method)).toEqual(['sendMessage', 'sendLocation']);
    expect(bare[1]!.payload).toEqual({ chat_id: '42', latitude: 20.86, longitude: 106.68 });
  });

  it('no coordinates, no pin; Zalo gets the map link in the card text only', () => {
    expect(alertNotification(env, 'vi', row({ latitude: null, longitude: null }), names, notice)).not.toHaveProperty('place');
    const m = alertNotification(env, 'vi', row(), names, notice);
    expect(m.type === 'text' && m.text).toContain('https://maps.google.com/?q=20.860000,106.680000');
    expect(JSON.stringify(renderZaloOa(m, zaloTexts))).toContain('https://maps.google.com/?q=20.860000,106.680000');
  });
});
