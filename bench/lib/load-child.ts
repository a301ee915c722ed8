import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';
import { zaloSignature } from '../../bot/channels/zalo-oa/signature.js';
import { TELEGRAM_ID_BASE, ZALO_ID_BASE } from './seed-users.js';

/**
 * The load generator, run as its own process (bench/lib/load.ts forks it) so that building,
 * signing and timing requests never competes with the server's event loop. Simulated users
 * take turns (round robin), so no two requests of one user are in flight at once, as with
 * real people; each sends text from a small mix (free text → main menu, /menu, /trangthai), the mix the same in any window.
 */
export interface LoadSpec {
  url: string;
  mode: 'closed' | 'open';
  /** closed: requests in flight; open: connections. */
  concurrency: number;
  /** open: requests per second offered, latency counted from the intended send time. */
  rate?: number;
  warmupMs: number;
  durationMs: number;
  users: { telegram: number; zalo: number };
  telegramSecret: string;
  zalo: { appId: string; oaSecretKey: string };
  /** First update_id / message counter, so consecutive phases never repeat an update key. */
  firstSeq: number;
}

export interface LoadResult {
  sent: number;
  /** 2xx answers to requests meant to go out in the measured window (their latencies are kept). */
  ok: number;
  /** 2xx answers that arrived in the measured window: the rate actually achieved. */
  okInWindow: number;
  statuses: Record<string, number>;
  latenciesMs: number[];
  /** 2xx answers in every phase, warm-up included (each must be a committed update). */
  okAll: number;
  measuredMs: number;
  lastSeq: number;
  /** Per-user latency in the measured window (issue 16 item 5: no user starved by per-user serialisation). */
  fairness: { users: number; samplesPerUserMedian: number; worstUserP99Ms: number };
}

const TEXTS = ['Xin chào', '/menu', '/trangthai', 'Báo cáo tình hình'];

/** The (channel, update key) the intake records for request `seq`. */
export function updateKeyOf(spec: Pick<LoadSpec, 'users'>, seq: number): { channel: 'telegram' | 'zalo'; key: string } {
  const k = seq % (spec.users.telegram + spec.users.zalo);
  return k < spec.users.telegram ? { channel: 'telegram', key: String(seq) } : { channel: 'zalo', key: `bench${seq.toString(16)}` };
}

export function buildRequest(
  spec: Pick<LoadSpec, 'users' | 'telegramSecret' | 'zalo'>,
  seq: number,
): { path: string; headers: Record<string, string>; body: string } {
  const total = spec.users.telegram + spec.users.zalo;
  const k = seq % total;
  // Consecutive requests rotate through the texts (and each user's text changes from turn to turn), so any
  // few seconds of load carry the same mix: with the text changing only once all users had had their turn,
  // a 15 s round could be nearly all /trangthai (three more statements) and the next nearly none.
  const text = TEXTS[(seq + Math.floor(seq / total)) % TEXTS.length]!;
  if (k < spec.users.telegram) {
    const id = TELEGRAM_ID_BASE + k;
    const body = JSON.stringify({
      update_id: seq,
      message: {
        message_id: seq,
        from: { id, is_bot: false, first_name: 'CTV', language_code: 'vi' },
        chat: { id, type: 'private', first_name: 'CTV' },
        date: Math.floor(Date.now() / 1000),
        text,
      },
    });
    return { path: '/telegram/webhook', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': spec.telegramSecret }, body };
  }
  const userId = String(ZALO_ID_BASE + (k - spec.users.telegram));
  const timestamp = String(Date.now());
  const body = JSON.stringify({
    app_id: spec.zalo.appId,
    user_id_by_app: `app-${userId}`,
    sender: { id: userId },
    recipient: { id: '388613280878808645' },
    event_name: 'user_send_text',
    message: { msg_id: `bench${seq.toString(16)}`, text },
    timestamp,
  });
  const signature = zaloSignature(Buffer.from(body), spec.zalo.appId, timestamp, spec.zalo.oaSecretKey);
  return { path: '/zalo/webhook', headers: { 'content-type': 'application/json', 'x-zevent-signature': signature }, body };
}

async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const pool = new Pool(spec.url, { connections: spec.concurrency, pipelining: 1 });
  let seq = spec.firstSeq;
  const result: LoadResult = {
    sent: 0,
    ok: 0,
    okInWindow: 0,
    okAll: 0,
    statuses: {},
    latenciesMs: [],
    measuredMs: spec.durationMs,
    lastSeq: seq,
    fairness: { users: 0, samplesPerUserMedian: 0, worstUserP99Ms: NaN },
  };
  const total = spec.users.telegram + spec.users.zalo;
  const byUser = new Map<number, number[]>();
  const start = performance.now();
  const measureFrom = start + spec.warmupMs;
  const end = measureFrom + spec.durationMs;

  const one = async (intended: number): Promise<void> => {
    const user = seq % total;
    const req = buildRequest(spec, seq++);
    let status = 'error';
    try {
      const res = await pool.request({ method: 'POST', ...req });
      await res.body.dump();
      status = String(res.statusCode);
    } catch (err) {
      status = (err as { code?: string }).code ?? 'error';
    }
    const done = performance.now();
    if (status === '200') result.okAll++;
    if (status === '200' && done >= measureFrom && done < end) result.okInWindow++;
    if (intended < measureFrom || intended >= end) return;
    result.sent++;
    result.statuses[status] = (result.statuses[status] ?? 0) + 1;
    if (status === '200') {
      result.ok++;
      result.latenciesMs.push(done - intended);
      const mine = byUser.get(user) ?? [];
      mine.push(done - intended);
      byUser.set(user, mine);
    }
  };

  if (spec.mode === 'closed') {
    await Promise.all(
      Array.from({ length: spec.concurrency }, async () => {
        while (performance.now() < end) await one(performance.now());
      }),
    );
  } else {
    await openLoop(spec.rate ?? 1000, start, end, one);
  }
  await pool.close();
  result.lastSeq = seq;
  result.fairness = fairness(byUser);
  return result;
}

/** Each user's p99 (nearest rank: with few samples, the user's worst), the worst of them, and how many samples users had. */
function fairness(byUser: Map<number, number[]>): LoadResult['fairness'] {
  let worst = NaN;
  const counts: number[] = [];
  for (const xs of byUser.values()) {
    xs.sort((a, b) => a - b);
    const p99 = xs[Math.min(xs.length - 1, Math.max(0, Math.ceil(0.99 * xs.length) - 1))]!;
    if (!(p99 <= worst)) worst = p99;
    counts.push(xs.length);
  }
  counts.sort((a, b) => a - b);
  return { users: byUser.size, samplesPerUserMedian: counts[Math.floor(counts.length / 2)] ?? 0, worstUserP99Ms: worst };
}

/**
 * Issues requests on a fixed schedule whatever the latency (no coordinated omission): request i
 * is due at start + i × interval and sent as soon as that time has come (`+ 1`: request i is due
 * once i intervals have passed, not i + 1 — which added a whole interval to every paced latency).
 */
export async function openLoop(rate: number, start: number, end: number, one: (intended: number) => Promise<void>): Promise<void> {
  const interval = 1000 / rate;
  const inflight = new Set<Promise<void>>();
  let issued = 0;
  while (performance.now() < end) {
    const due = Math.floor((performance.now() - start) / interval) + 1;
    for (; issued < due; issued++) {
      const p = one(start + issued * interval);
      inflight.add(p);
      void p.finally(() => inflight.delete(p));
    }
    await new Promise((r) => setTimeout(r, 2));
  }
  await Promise.all(inflight);
}

// Only as the forked entry point: importing this module (tests do) starts nothing.
if (process.send && import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.once('message', (spec: LoadSpec) => {
    runLoad(spec).then(
      (r) => process.send!({ ok: true, result: r }, () => process.exit(0)),
      (err: unknown) => process.send!({ ok: false, error: String(err) }, () => process.exit(1)),
    );
  });
}
