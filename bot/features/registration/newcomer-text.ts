import { INVITE_ALPHABET, INVITE_CODE_LENGTH, normalizeInviteCode } from '../../../core/people/invites.js';
import { matchKey } from '../../../core/kernel/text.js';

/**
 * What an unregistered person's text is, so that only an attempt at a code costs an attempt:
 * - `code`: a valid-looking invite code (alone or inside a sentence: "mã của tôi là BCGH-2K9M");
 * - `attempt`: shaped like a code (one run of Latin letters and digits with a digit in it) but not one;
 * - `about-code`: asks about the invite code ("Mã mời là gì vậy?");
 * - `question`: a question or a longer message from someone who may not be a member at all;
 * - `chat`: a greeting or a short word ("alo", "ok").
 */
export type NewcomerText = { kind: 'code'; code: string } | { kind: 'attempt' | 'about-code' | 'question' | 'chat' };

const isInviteCode = (code: string) => code.length === INVITE_CODE_LENGTH && [...code].every((c) => INVITE_ALPHABET.includes(c));

const CODE_IN_TEXT = /(?:^|[^A-Za-z0-9])([A-Za-z0-9]{4}[ -]?[A-Za-z0-9]{4})(?![A-Za-z0-9])/g;
const CODE_LIKE = /^[A-Za-z0-9][A-Za-z0-9 ._-]*$/;
/** «tôi được xã giới thiệu làm cộng tác viên», «đăng ký tham gia mạng lưới» (accents off). */
const JOINING = /\b(cong tac vien|ctv|dang ky|tham gia mang luoi|moi tham gia)\b/;

export function classifyNewcomerText(text: string): NewcomerText {
  const trimmed = text.trim();
  const whole = normalizeInviteCode(trimmed);
  if (CODE_LIKE.test(trimmed) && isInviteCode(whole)) return { kind: 'code', code: whole };
  for (const m of trimmed.matchAll(CODE_IN_TEXT)) {
    const code = normalizeInviteCode(m[1] ?? '');
    if (isInviteCode(code)) return { kind: 'code', code };
  }
  if (CODE_LIKE.test(trimmed) && whole.length >= 6 && whole.length <= 12 && /\d/.test(whole)) return { kind: 'attempt' };
  const key = matchKey(trimmed);
  // Asking about the code, or saying they are joining the network: the way in is the invite code.
  if (/\b(ma|ma moi|code|invite)\b/.test(key) || JOINING.test(key)) return { kind: 'about-code' };
  if (trimmed.includes('?') || key.split(/\s+/).length >= 6) return { kind: 'question' };
  return { kind: 'chat' };
}
