/**
 * Personal data in free text (PDP Law 91/2025; opinions are recorded by group, never by named
 * person): phone numbers, identity numbers, e-mail addresses and "Ông/Bà + full name". The chat
 * asks the person to remove them before a report, a hot-spot alert (its description) or a survey
 * questionnaire (its open answers) is sent; the synthesis masks the numbers that still get through
 * (core/synthesis/privacy.ts uses the same patterns).
 *
 *  - phones: 0 or +84/84, then 9–10 digits, spaces, dots or dashes allowed between digits
 *    ("0912 345 678", "+84.912.345.678", "0208 3855 123");
 *  - citizen ID (CCCD, 12 digits), old ID card (CMND, 9 digits), passport (letter + 7 digits):
 *    written as one run, which amounts ("1.500.000 đồng") and dates never are.
 */
export const PHONE_PATTERN = /(?<![\p{L}\p{N}])(?:\+?84|0)(?:[ .-]?\d){9,10}(?!\d)/gu;
export const ID_PATTERN = /(?<![\p{L}\p{N}])(?:\d{12}|\d{9}|[A-Z]\d{7})(?![\p{L}\p{N}])/gu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
/**
 * "Ông Nguyễn Văn Tám", "bà Lê Thị Hoa": the title and at least two capitalised words. One word
 * alone ("Bà Rịa", "Ông Tám") is too often a place or a nickname to ask about.
 */
const NAMED = /(?<!\p{L})(?:[ÔôOo]ng|[Bb]à)\s+(?!Rịa\b)\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,3}/gu;
/** The words that announce a number ("SĐT 0912…", "CCCD: 0010…") go with it when it is removed. */
const PHONE_LEAD = /(?:(?<!\p{L})(?:SĐT|SDT|ĐT|DT|số điện thoại|điện thoại)\s*:?\s*)?/iu;
const ID_LEAD = /(?:(?<!\p{L})(?:CCCD|CMND|căn cước(?: công dân)?|chứng minh(?: nhân dân)?|hộ chiếu)(?:\s+số)?\s*:?\s*)?/iu;

type PersonalDataKind = 'phone' | 'id' | 'email' | 'name';

export interface PersonalDataHit {
  kind: PersonalDataKind;
  text: string;
}

const PATTERNS: [PersonalDataKind, RegExp][] = [
  ['email', EMAIL],
  ['phone', PHONE_PATTERN],
  ['id', ID_PATTERN],
  ['name', NAMED],
];

/** Everything in `text` that looks like personal data, in the order found, each once. */
export function findPersonalData(text: string): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  // An e-mail's digits are not a phone as well: what one pattern took, the next does not see.
  let rest = text;
  for (const [kind, re] of PATTERNS) {
    for (const m of rest.matchAll(re)) if (!hits.some((h) => h.kind === kind && h.text === m[0])) hits.push({ kind, text: m[0] });
    rest = rest.replace(re, ' ');
  }
  return hits;
}

/** `findPersonalData` over several texts (a draft's fields, a questionnaire's open answers), each item once. */
export function findPersonalDataIn(texts: readonly string[]): PersonalDataHit[] {
  const hits = texts.flatMap(findPersonalData);
  return hits.filter((h, i) => hits.findIndex((x) => x.kind === h.kind && x.text === h.text) === i);
}

const REMOVABLE: Record<Exclude<PersonalDataKind, 'name'>, RegExp> = {
  phone: new RegExp(PHONE_LEAD.source + PHONE_PATTERN.source, 'giu'),
  id: new RegExp(ID_LEAD.source + ID_PATTERN.source, 'gu'),
  email: EMAIL,
};

export type RemovableKind = keyof typeof REMOVABLE;

export function isRemovable(kind: PersonalDataKind): kind is RemovableKind {
  return kind in REMOVABLE;
}

/** `text` without the numbers (or addresses) of one kind and the words announcing them, punctuation tidied. */
export function removePersonalData(text: string, kind: RemovableKind): string {
  return text
    .replace(REMOVABLE[kind], '')
    .replace(/[ \t]*([,;])(?:[ \t]*[,;])+/g, '$1')
    .replace(/\(\s*\)/g, '')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/[ \t]+([,.;:])/g, '$1')
    .replace(/^[\s,;]+|[\s,;]+$/g, '');
}

/** Only the last two characters of a number stay: enough to tell two apart, not to call anyone. */
export function maskNumber(match: string): string {
  const digits = [...match].filter((c) => /\d/.test(c)).length;
  let seen = 0;
  return [...match].map((c) => (/[\dA-Z+]/.test(c) && (!/\d/.test(c) || ++seen <= digits - 2) ? '*' : c)).join('');
}
