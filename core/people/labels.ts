import { OTHER_HOLDER_PREFIX } from '../reports/draft.js';

type T = (key: string) => string;

/** A code without a template, as words: "cong_doan_khu_cn" → "Cong doan khu cn" (never the bare code with underscores). */
export function humanizeCode(code: string): string {
  const words = code.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function fromTemplate(t: T, key: string, code: string): string {
  const text = t(key);
  return text === key ? humanizeCode(code) : text;
}

/** "mttq" → "Mặt trận Tổ quốc" (templates people-sector-*). */
export const sectorLabel = (t: T, code: string) => fromTemplate(t, `people-sector-${code}`, code);
/** "cong_nhan" → "Công nhân"; "khac:<typed>" → the typed text (templates reports-opt-stratum-*). */
export const stratumLabel = (t: T, code: string) =>
  code.startsWith(OTHER_HOLDER_PREFIX) ? code.slice(OTHER_HOLDER_PREFIX.length) : fromTemplate(t, `reports-opt-stratum-${code}`, code);
/** "official" → "Cán bộ phụ trách". */
export const roleLabel = (t: T, code: string) => fromTemplate(t, `people-role-${code}`, code);
