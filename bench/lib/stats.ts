/** Quantile of an ascending-sorted sample (nearest rank); NaN when empty. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export function sortNumbers(xs: readonly number[]): number[] {
  return [...xs].sort((a, b) => a - b);
}

/** Peak resident set size of this process, sampled every 100 ms until `stop()`. */
export function rssSampler(): { stop(): number; peakMb(): number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  timer.unref();
  return {
    peakMb: () => Math.round(peak / 1048576),
    stop() {
      clearInterval(timer);
      return Math.round(peak / 1048576);
    },
  };
}

type Direction = 'min' | 'max';

/** One printed line: figure, target, and figure/target as a ratio (≥ 1 means met). */
export interface Figure {
  what: string;
  value: number;
  unit: string;
  target: number | null;
  /** 'min': the value must reach the target; 'max': it must stay under it. */
  direction: Direction;
}

function met(f: Figure): boolean | null {
  if (f.target === null || !Number.isFinite(f.value)) return f.target === null ? null : false;
  return f.direction === 'min' ? f.value >= f.target : f.value <= f.target;
}

/** Ratio oriented so that ≥ 1 is good in both directions. */
function ratio(f: Figure): number {
  if (f.target === null || !Number.isFinite(f.value)) return NaN;
  if (f.direction === 'min') return f.value / f.target;
  return f.value === 0 ? Infinity : f.target / f.value;
}

const fmt = (n: number) => (!Number.isFinite(n) ? String(n) : Math.abs(n) >= 100 ? Math.round(n).toLocaleString('en') : n.toFixed(n < 10 ? 2 : 1));

export function formatFigures(title: string, figures: Figure[]): string {
  const lines = [title];
  for (const f of figures) {
    const ok = met(f);
    const mark = ok === null ? '·' : ok ? '✔' : '✘';
    const target = f.target === null ? '' : `target ${f.direction === 'min' ? '≥' : '≤'} ${fmt(f.target)} ${f.unit}   ratio ${fmt(ratio(f))}`;
    lines.push(`  ${mark} ${f.what.padEnd(46)} ${`${fmt(f.value)} ${f.unit}`.padStart(16)}   ${target}`);
  }
  return lines.join('\n');
}
