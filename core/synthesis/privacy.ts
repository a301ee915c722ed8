/**
 * Masks phone and identity numbers in free text before it reaches a document, an export or a
 * model prompt, whatever got through the form (PDP Law 91/2025: reports are sensitive data and
 * the people quoted are described by group). Only the last two digits stay, so an official can
 * still tell two numbers apart without being able to call or look anyone up.
 *
 *  - phones: 0 or +84/84, then 9–10 digits, spaces, dots or dashes allowed between digits
 *    ("0912 345 678", "+84.912.345.678", "0208 3855 123");
 *  - citizen ID (CCCD, 12 digits), old ID card (CMND, 9 digits), passport (letter + 7 digits):
 *    written as one run, which amounts ("1.500.000 đồng") and dates never are.
 */
const PHONE = /(?<![\p{L}\p{N}])(?:\+?84|0)(?:[ .-]?\d){9,10}(?!\d)/gu;
const ID = /(?<![\p{L}\p{N}])(?:\d{12}|\d{9}|[A-Z]\d{7})(?![\p{L}\p{N}])/gu;

function keepLastTwo(match: string): string {
  const digits = [...match].filter((c) => /\d/.test(c)).length;
  let seen = 0;
  return [...match].map((c) => (/[\dA-Z+]/.test(c) && (!/\d/.test(c) || ++seen <= digits - 2) ? '*' : c)).join('');
}

export function maskPii(text: string): string {
  return text.replace(PHONE, keepLastTwo).replace(ID, keepLastTwo);
}

export function maskOrNull(text: string | null | undefined): string | null {
  return text == null ? null : maskPii(text);
}
