const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/** Accent-insensitive matching key: "Có" = "co" = "CÓ", "đ" = "d", zero-width characters ignored. */
export function matchKey(input: string): string {
  return input
    .replace(ZERO_WIDTH, '')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Invisible characters that are noise in pasted text, except a zero-width joiner inside an emoji
 * sequence (👨‍🌾 is 👨 U+200D 🌾; 🏳️‍🌈 and 🧑🏽‍🌾 carry a variation selector or skin tone before it).
 */
const STRAY_INVISIBLE = /[\u200B\u200C\u2060\uFEFF]|(?<!\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;

/** Cleans user text for storage: NFC, no stray invisible characters, trimmed. Keeps emoji sequences and any script. */
export function cleanText(input: string): string {
  return input.normalize('NFC').replace(STRAY_INVISIBLE, '').trim();
}

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Removes what PostgreSQL cannot store: U+0000 (refused by text, and by jsonb as `\u0000`) and
 * lone UTF-16 surrogates (jsonb refuses their escapes; text would silently get U+FFFD). Every
 * channel parser passes every string it hands the engine through this, so one odd character
 * from a client or a paste can never make an update fail for good (issue 11, item 6).
 */
export function storableText(input: string): string {
  const out = input.includes('\u0000') ? input.replaceAll('\u0000', '') : input;
  return out.replace(LONE_SURROGATE, '');
}

/**
 * Splits text into parts of at most `max` UTF-16 units (Telegram counts that way), preferring
 * paragraph, then line, then word boundaries; never splits a surrogate pair.
 */
export function splitText(text: string, max: number): string[] {
  if (max < 2) throw new RangeError('max too small');
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = lastBoundary(rest, max);
    const chunk = rest.slice(0, cut).trimEnd();
    parts.push(chunk);
    rest = rest.slice(cut).replace(/^\s+/, '');
    if (chunk.length === 0) {
      cut = safeCut(rest, max);
      parts[parts.length - 1] = rest.slice(0, cut);
      rest = rest.slice(cut);
    }
  }
  if (rest.length > 0 || parts.length === 0) parts.push(rest);
  return parts;
}

function lastBoundary(text: string, max: number): number {
  const window = text.slice(0, max + 1);
  for (const sep of ['\n\n', '\n', ' ']) {
    const at = window.lastIndexOf(sep);
    if (at > max / 2) return at;
  }
  return safeCut(text, max);
}

function safeCut(text: string, max: number): number {
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}

export function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

const vietnamese = new Intl.Collator('vi');
/**
 * Vietnamese alphabetical order (Ă after A, Đ after D…). One collator for the process:
 * `localeCompare(x, 'vi')` builds one per call, which dominated sorting a province's 5,000 names.
 */
export function compareVi(a: string, b: string): number {
  return vietnamese.compare(a, b);
}

const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' });

/**
 * Text within `max` UTF-16 units, cut between graphemes (never inside 👨‍🌾, a flag or a letter
 * with its combining marks) and marked with "…" when cut. UTF-16 units are never fewer than what
 * the platforms count.
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const { segment } of graphemes.segment(text)) {
    if (out.length + segment.length > max - 1) break;
    out += segment;
  }
  return `${out.trimEnd()}…`;
}
