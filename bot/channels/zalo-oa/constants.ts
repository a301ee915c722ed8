/** Zalo OA platform limits (reference/zalo-api.md §2, §4.3). Named so the lanes and render share them. */

/** Text per consultation message (Zalo counts characters; we split on UTF-16 units, which is stricter). */
export const ZALO_MAX_TEXT = 2000;
/** Buttons per message. Beyond this, choices become a numbered list. */
export const ZALO_MAX_BUTTONS = 5;
/** A choice list may spread its buttons over this many messages; longer lists are numbered text only. */
export const ZALO_MAX_BUTTON_MESSAGES = 3;
export const ZALO_MAX_BUTTON_TITLE = 100;
export const ZALO_MAX_BUTTON_PAYLOAD = 1000;
/** After error -32 we do not know when the minute resets; waiting a full minute is always enough. */
export const ZALO_RATE_LIMIT_RETRY_MS = 60_000;
/** Zalo expects the webhook answered within 2 s; we answer by this soft deadline at the latest. */
export const ZALO_WEBHOOK_SOFT_DEADLINE_MS = 1500;
export const ZALO_WEBHOOK_MAX_BODY = 256 * 1024;
/**
 * Zalo re-sends an event it could not deliver after 30 s, 5, 15, 30 min and 1 h, with the
 * original body (and timestamp) and a `num_retry` header — about 2 h 20 min in all if the waits
 * add up. Signed events are accepted this long after their timestamp; processed update keys
 * are kept for days (RETENTION_UPDATES_DAYS ≥ 2), so a late retry is still a duplicate.
 */
export const ZALO_WEBHOOK_MAX_AGE_MS = 3 * 3600_000;
/** A timestamp ahead of our clock by more than this is refused (clock skew, not a retry). */
export const ZALO_WEBHOOK_MAX_SKEW_MS = 5 * 60_000;

/**
 * Button payloads we create start with this, so a click (which arrives as ordinary
 * `user_send_text`) can be told apart from typed text and mapped back to a choice.
 */
export const ZALO_CHOICE_PREFIX = '#c ';
