/**
 * Built-in answer scales of DLXH questionnaires. They are part of the instrument (the words the
 * respondent reads), so they live here as data in the questionnaire's language, in order from
 * the first to the last point of the scale.
 */
export const BUILTIN_SCALES = {
  /** Mức độ phổ biến của ý kiến (domain-vi §4, the report forms' prevalence list). */
  prevalence: ['Tuyệt đại đa số', 'Đa số', 'Số đông', 'Nhiều ý kiến', 'Một bộ phận', 'Một số', 'Có người'],
  /** Mức độ đồng tình, 1–5. */
  agreement: ['1 — Hoàn toàn không đồng tình', '2 — Không đồng tình', '3 — Phân vân', '4 — Đồng tình', '5 — Hoàn toàn đồng tình'],
  /** Mức độ hài lòng, 1–5. */
  satisfaction: ['1 — Rất không hài lòng', '2 — Không hài lòng', '3 — Bình thường', '4 — Hài lòng', '5 — Rất hài lòng'],
} as const satisfies Record<string, readonly string[]>;

export type ScaleName = keyof typeof BUILTIN_SCALES;
