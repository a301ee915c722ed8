import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZALO_ID_BASE } from '../../bench/lib/seed-users.js';
import type { FakeZalo } from '../../testkit/fake-zalo.js';
import { waitFor } from '../helpers/wait.js';
import { startBotStage, type BotStage } from './lib/bot-stage.js';
import { report } from './lib/verdict.js';

/**
 * Issue 12 item 1: "webhook answered within 2 s while the platform API is rate-limiting". The
 * whole bot in its own process, Zalo OA by signed webhook, 30 registered collaborators writing
 * at once while every send is refused with -32 (4,000 requests/min exceeded) for a while. Zalo
 * wants HTTP 200 within 2 s and does not retry a 5xx; before the fix the route slept on the
 * rate limit inside the request and answered 503 for updates already committed.
 */
const USERS = 30;
let stage: BotStage;
let zalo: FakeZalo;

beforeAll(async () => {
  stage = await startBotStage({ telegram: 0, zalo: USERS });
  zalo = stage.zalo;
});
afterAll(async () => stage?.stop());

describe('webhook answered within 2 s while the platform API is rate-limiting', () => {
  it('every webhook is answered 200 at once; every reply arrives once the limit lifts', async () => {
    const users = Array.from({ length: USERS + 1 }, (_, i) => String(ZALO_ID_BASE + i));
    // One warm-up exchange (a running server is warm), then every send refused once: Zalo asks for 60 s.
    const warm = users.shift()!;
    await stage.zaloText(warm, '/help');
    await waitFor(() => zalo.messages.some((m) => m.userId === warm), { timeout: 10_000, what: 'the warm-up reply' });
    const started = Date.now();
    zalo.failNext('*', -32, USERS);
    // Five at a time, as a busy OA sees them.
    const answers: { status: number; ms: number }[] = [];
    for (let i = 0; i < users.length; i += 5) {
      answers.push(
        ...(await Promise.all(
          users.slice(i, i + 5).map(async (u) => {
            const t0 = performance.now();
            const status = await stage.zaloText(u, '/help');
            return { status, ms: performance.now() - t0 };
          }),
        )),
      );
    }
    const replies = (u: string) => zalo.messages.filter((m) => m.userId === u).length;
    const allAnswered = await waitFor(() => users.every((u) => replies(u) >= 1), { timeout: 120_000, interval: 50 }).then(
      () => true,
      () => false,
    );
    // Late duplicates would show up here.
    await new Promise((r) => setTimeout(r, 500));
    const slowest = Math.max(...answers.map((a) => a.ms));
    const lost = users.filter((u) => replies(u) === 0).length;
    const duplicated = users.reduce((n, u) => n + Math.max(0, replies(u) - 1), 0);
    report({
      scenario: `${USERS} Zalo OA webhooks at once while the sends are refused -32 (rate limit, retry in 60 s)`,
      sent: USERS,
      lost,
      duplicated,
      duplicateBound: 0,
      recoveredSeconds: (Date.now() - started) / 1000,
      notes: `webhook answers ${[...new Set(answers.map((a) => a.status))].join('/')}, slowest ${slowest.toFixed(0)} ms`,
    });
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(slowest).toBeLessThan(2_000);
    expect(allAnswered).toBe(true);
    expect(lost).toBe(0);
    expect(duplicated).toBe(0);
  });
});
