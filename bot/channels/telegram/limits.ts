import type { ChannelLimits } from '../../../core/kernel/channel.js';

/** Bot API limits (core.telegram.org/bots/api): text and captions count UTF-16 code units. */
export const TELEGRAM_MAX_TEXT = 4096;
export const TELEGRAM_MAX_CAPTION = 1024;
/** callback_data is 1–64 *bytes*, so Vietnamese labels must never be used as data. */
export const TELEGRAM_MAX_CALLBACK_BYTES = 64;
/** Inline keyboards carry at most 100 buttons; more choices continue on another message. */
export const TELEGRAM_MAX_BUTTONS = 100;
/** Labels up to this many characters sit two to a row; longer ones get a row each. */
export const TELEGRAM_SHORT_LABEL = 14;
/** input_field_placeholder is 1–64 characters. */
export const TELEGRAM_MAX_PLACEHOLDER = 64;
/** A venue's title and address show as a line each under the map; a longer place text is cut (the card above has it whole). */
export const TELEGRAM_MAX_VENUE_FIELD = 256;
/** Text of a follow-up message that only carries overflow buttons (language-neutral on purpose). */
export const CONTINUATION_TEXT = '⋯';

export const telegramLimits: ChannelLimits = {
  maxText: TELEGRAM_MAX_TEXT,
  maxCaption: TELEGRAM_MAX_CAPTION,
  maxButtons: TELEGRAM_MAX_BUTTONS,
  maxCallbackBytes: TELEGRAM_MAX_CALLBACK_BYTES,
  supportsLocationRequest: true,
};

/** The updates we act on; anything else is not even fetched. */
export const ALLOWED_UPDATES = ['message', 'callback_query', 'my_chat_member'] as const;
