import { readFileSync } from 'node:fs';

/**
 * `npx tsx bench/profile-top.ts <file.cpuprofile> [n]`: the top frames of a CPU profile by self
 * time, and by package or project folder, as shares of all samples (idle excluded).
 */
interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const [file, n = '25'] = process.argv.slice(2);
if (!file) {
  console.error('usage: tsx bench/profile-top.ts <file.cpuprofile> [n]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[] };
const byId = new Map(profile.nodes.map((x) => [x.id, x]));
const self = new Map<number, number>();
for (const s of profile.samples) self.set(s, (self.get(s) ?? 0) + 1);

function where(url: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1]!;
  const p = /\/(bot|core|db|bench|testkit)\/([^/]+)/.exec(url);
  if (p) return `${p[1]}/${p[2]}`;
  return url.startsWith('node:') ? url : url ? 'other' : '(native)';
}

const parent = new Map<number, number>();
for (const x of profile.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
/** The nearest caller that is a package or project file: where native and node: time is spent on behalf of. */
function owner(id: number): string {
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const g = where(byId.get(at)!.callFrame.url);
    // The bench's own write counter (cost-meter.ts) wraps every socket write: count past it.
    if (g !== '(native)' && g !== 'other' && !g.startsWith('node:') && !byId.get(at)!.callFrame.url.endsWith('cost-meter.ts')) return g;
  }
  return '(node internals only)';
}

const owners = new Map<string, number>();
const frames = new Map<string, number>();
const groups = new Map<string, number>();
let total = 0;
for (const [id, count] of self) {
  const f = byId.get(id)!.callFrame;
  if (f.functionName === '(idle)') continue;
  total += count;
  const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(node_modules|wt\/[^/]+)\//, '')}:${f.lineNumber + 1}`;
  frames.set(key, (frames.get(key) ?? 0) + count);
  const g = f.functionName.startsWith('(') ? f.functionName : where(f.url);
  groups.set(g, (groups.get(g) ?? 0) + count);
  const o = f.functionName.startsWith('(') ? f.functionName : owner(id);
  owners.set(o, (owners.get(o) ?? 0) + count);
}
const top = (m: Map<string, number>, k: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([key, c]) => `${((100 * c) / total).toFixed(1).padStart(5)} %  ${key}`)
    .join('\n');
console.log(
  `${total} samples (idle excluded)\n\nby package / folder, native and node: frames counted to their nearest package or project caller:\n${top(owners, 20)}\n\nby package / folder (self):\n${top(groups, 12)}\n\ntop frames (self):\n${top(frames, Number(n))}`,
);
