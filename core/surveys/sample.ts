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

/** "nong_dan=5, cong_nhan=3" → quotas; null when a part is not "code=n". */
export function parseQuotas(text: string): Record<string, number> | null {
  const out: Record<string, number> = {};
  for (const part of text
    .split(/[,;\n]+/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^([a-z_]{2,30})\s*[=:]\s*(\d{1,5})$/i.exec(part);
    if (!m || Number(m[2]) < 1) return null;
    out[m[1]!.toLowerCase()] = Number(m[2]);
  }
  return Object.keys(out).length ? out : null;
}
