import { createHash } from 'node:crypto';
import type { SampleSpec } from '../../db/schema/surveys.js';

/**
 * Drawing the sample (chọn mẫu), reproducibly: every member gets the rank sha256(seed:person) and
 * the lowest ranks are taken, n per unit or n per stratum (quotas). The result depends only on
 * the seed and who is in the audience, never on the order rows come back in, so the draw can be
 * re-done and checked from the recorded seed.
 */
export interface Member {
  personId: string;
  unitId: string;
  stratum: string | null;
}

const rankOf = (seed: string, personId: string): string => createHash('sha256').update(`${seed}:${personId}`).digest('hex');

export function drawSample<M extends Member>(members: M[], spec: SampleSpec, seed: string): M[] {
  if (spec.kind === 'all') return [...members].sort((a, b) => (a.personId < b.personId ? -1 : 1));
  const groups = new Map<string, { m: M; rank: string }[]>();
  for (const m of members) {
    const key = spec.kind === 'per_unit' ? m.unitId : (m.stratum ?? '');
    if (spec.kind === 'quota' && !(key in spec.quotas)) continue;
    const list = groups.get(key) ?? [];
    list.push({ m, rank: rankOf(seed, m.personId) });
    groups.set(key, list);
  }
  const out: { m: M; rank: string }[] = [];
  for (const [key, list] of groups) {
    const n = spec.kind === 'per_unit' ? spec.n : (spec.quotas[key] ?? 0);
    out.push(...list.sort((a, b) => (a.rank < b.rank ? -1 : 1)).slice(0, n));
  }
  return out.sort((a, b) => (a.m.personId < b.m.personId ? -1 : 1)).map((x) => x.m);
}

/**
 * "Nông dân=5, Công nhân: 3" or "nong_dan=5, cong_nhan=3" → quotas by stratum code; null when the
 * text is not a run of "group=n" (a group's name may itself hold a comma: "Công nhân, người lao
 * động=5"). `codeOf` turns a typed group (label or code) into its code (null: unknown); without it
 * only codes are read.
 */
export function parseQuotas(text: string, codeOf?: (typed: string) => string | null): Record<string, number> | null {
  const src = text.trim();
  const part = /([^=:]+?)\s*[=:]\s*(\d{1,5})\s*(?:[,;\n]+\s*|$)/uy;
  const out: Record<string, number> = {};
  for (let at = 0; at < src.length; at = part.lastIndex) {
    part.lastIndex = at;
    const m = part.exec(src);
    if (!m || Number(m[2]) < 1) return null;
    const name = m[1]!.trim();
    const code = codeOf ? codeOf(name) : /^[a-z_]{2,30}$/i.test(name) ? name.toLowerCase() : null;
    if (!code) return null;
    out[code] = Number(m[2]);
  }
  return Object.keys(out).length ? out : null;
}
