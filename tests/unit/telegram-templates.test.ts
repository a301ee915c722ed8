import { describe, expect, it } from 'vitest';
import { createI18n } from '../../core/kernel/i18n.js';
import { TELEGRAM_MAX_PLACEHOLDER } from '../../bot/channels/telegram/limits.js';

const KEYS = ['telegram-location-button', 'telegram-location-placeholder', 'telegram-location-hint'];

describe('telegram templates', () => {
  const i18n = createI18n();
  it.each(['vi', 'en'] as const)('the location keyboard texts exist in %s and fit Telegram', (locale) => {
    expect(KEYS.filter((k) => !i18n.has(locale, k))).toEqual([]);
    expect(i18n.t(locale, 'telegram-location-placeholder').length).toBeLessThanOrEqual(TELEGRAM_MAX_PLACEHOLDER);
  });
});
