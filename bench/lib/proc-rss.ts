import { readFileSync } from 'node:fs';

/** Resident memory (VmRSS) of a process in MB, from /proc; NaN when it is gone or /proc is absent. */
function rssMbOf(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

export interface RssSample {
  /** ms since the sampler started. */
  at: number;
  mb: number;
}

/**
 * Samples the RSS of named processes (this one, children) every `everyMs`, for a slope over a
 * long run: a leak shows as a line going up once the heaps have grown to their working size.
 */
export function processRssSampler(pids: Record<string, number>, everyMs = 5_000) {
  const started = Date.now();
  const samples: Record<string, RssSample[]> = Object.fromEntries(Object.keys(pids).map((k) => [k, []]));
  const take = () => {
    for (const [name, pid] of Object.entries(pids)) {
      const mb = rssMbOf(pid);
      if (Number.isFinite(mb)) samples[name]!.push({ at: Date.now() - started, mb });
    }
  };
  take();
  const timer = setInterval(take, everyMs);
  timer.unref();
  return {
    samples,
    /** The latest sample of each process (MB). */
    now: (): Record<string, number> => Object.fromEntries(Object.entries(samples).map(([k, xs]) => [k, xs.at(-1)?.mb ?? NaN])),
    /** ms since the sampler started (the time base of the samples). */
    elapsed: () => Date.now() - started,
    stop: () => clearInterval(timer),
  };
}

/** Least-squares slope of the samples taken in [fromMs, toMs], in MB per minute; NaN with fewer than 3. */
export function slopeMbPerMinute(samples: readonly RssSample[], fromMs: number, toMs: number): number {
  const xs = samples.filter((s) => s.at >= fromMs && s.at <= toMs);
  if (xs.length < 3) return NaN;
  const mt = xs.reduce((a, s) => a + s.at, 0) / xs.length;
  const mm = xs.reduce((a, s) => a + s.mb, 0) / xs.length;
  let num = 0;
  let den = 0;
  for (const s of xs) {
    num += (s.at - mt) * (s.mb - mm);
    den += (s.at - mt) ** 2;
  }
  return den === 0 ? NaN : (num / den) * 60_000;
}
