import { matchKey } from '../kernel/text.js';

/**
 * The network's make-up under one unit against the targets set on it (issue 17 item 2). Pure:
 * the loader (./targets.ts) gives the unit, its child units, the active collaborators of the
 * subtree (with the child they sit under) and the targets; this counts and lists the gaps.
 */
export interface Target {
  kind: 'area' | 'stratum' | 'sector';
  /** '' for area; a stratum code; a sector as typed (compared without accents or case). */
  value: string;
  minCount: number;
}

export interface CompositionInput {
  children: { id: string; name: string }[];
  /**
   * Active collaborators of the subtree; `childId` null for those directly in the unit. `n`: how
   * many people the line stands for (the loader counts alike people in SQL), 1 when absent.
   */
  members: { childId: string | null; stratum: string | null; sector: string | null; n?: number }[];
  targets: Target[];
}

export interface Count {
  key: string;
  label: string;
  count: number;
  /** The minimum a target asks for, when one does. */
  min: number | null;
}

export type Gap = { kind: 'area'; unitName: string; count: number; min: number } | { kind: 'stratum' | 'sector'; value: string; count: number; min: number };

export interface Composition {
  total: number;
  byArea: Count[];
  byStratum: Count[];
  bySector: Count[];
  gaps: Gap[];
}

/** Counts per key (the first spelling seen is the label), each value weighing its line's `n`. */
function tally(values: [string | null, number][], key: (v: string) => string): Map<string, { label: string; count: number }> {
  const out = new Map<string, { label: string; count: number }>();
  for (const [v, n] of values) {
    if (!v) continue;
    const k = key(v);
    const e = out.get(k) ?? { label: v, count: 0 };
    e.count += n;
    out.set(k, e);
  }
  return out;
}

function withTargets(map: Map<string, { label: string; count: number }>, targets: Target[], key: (v: string) => string): Count[] {
  for (const t of targets) if (!map.has(key(t.value))) map.set(key(t.value), { label: t.value, count: 0 });
  const min = new Map(targets.map((t) => [key(t.value), t.minCount]));
  return [...map.entries()]
    .map(([k, e]) => ({ key: k, label: e.label, count: e.count, min: min.get(k) ?? null }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

export function computeComposition(input: CompositionInput): Composition {
  const area = input.targets.find((t) => t.kind === 'area');
  const perChild = tally(
    input.members.map((m) => [m.childId, m.n ?? 1]),
    (v) => v,
  );
  const byArea = input.children.map((c) => ({ key: c.id, label: c.name, count: perChild.get(c.id)?.count ?? 0, min: area?.minCount ?? null }));
  const strata = input.targets.filter((t) => t.kind === 'stratum');
  const sectors = input.targets.filter((t) => t.kind === 'sector');
  const byStratum = withTargets(
    tally(
      input.members.map((m) => [m.stratum, m.n ?? 1]),
      (v) => v,
    ),
    strata,
    (v) => v,
  );
  const bySector = withTargets(
    tally(
      input.members.map((m) => [m.sector, m.n ?? 1]),
      matchKey,
    ),
    sectors,
    matchKey,
  );
  const gaps: Gap[] = [
    ...byArea.filter((a) => a.min !== null && a.count < a.min).map((a) => ({ kind: 'area' as const, unitName: a.label, count: a.count, min: a.min! })),
    ...strata.flatMap((t) => {
      const count = byStratum.find((s) => s.key === t.value)?.count ?? 0;
      return count < t.minCount ? [{ kind: 'stratum' as const, value: t.value, count, min: t.minCount }] : [];
    }),
    ...sectors.flatMap((t) => {
      const count = bySector.find((s) => s.key === matchKey(t.value))?.count ?? 0;
      return count < t.minCount ? [{ kind: 'sector' as const, value: t.value, count, min: t.minCount }] : [];
    }),
  ];
  return { total: input.members.reduce((a, m) => a + (m.n ?? 1), 0), byArea, byStratum, bySector, gaps };
}
