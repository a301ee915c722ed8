import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../db/client.js';
import { fillUntilReceipt } from '../helpers/chat-driver.js';
import { startScaleOutStage, SECRET, type ScaleOutStage } from './lib/scale-out-stage.js';
import { report } from './lib/verdict.js';
import { createWebhookCrowd } from './lib/webhook-user.js';

const COLLABORATORS = 200;
const AT_ONCE = 16;
const BODY = 'Định hướng dư luận mở rộng: thông tin chính thức về dự án đường ven biển.';
let stage: ScaleOutStage;

beforeAll(async () => {
  stage = await startScaleOutStage({ collaborators: COLLABORATORS });
}, 180_000);
afterAll(async () => {
  await stage?.stop();
});

const count = async (query: ReturnType<typeof sql>) => rowsOf<{ n: number }>(await stage.db.db.execute(query))[0]?.n ?? 0;

/** "chat receipt" → how many alert messages the ledger says were sent there for that alert. */
async function ledgerAlertSends(): Promise<Map<string, number>> {
  const rows = rowsOf<{ chat: string; receipt: string; n: number }>(
    await stage.db.db.execute(sql`
      select s.account_id as chat, h.receipt_no as receipt, count(*)::int as n
      from sends s join hot_spots h on s.purpose like 'hs-' || h.id || '-s%'
      where s.state = 'sent' group by 1, 2`),
  );
  return new Map(rows.map((r) => [`${r.chat} ${r.receipt}`, r.n]));
}

/** The same, as the platform received it. */
function platformAlertSends(receipts: string[], chats: Set<string>): Map<string, number> {
  const seen = new Map<string, number>();
  for (const m of stage.tg.messages) {
    if (!chats.has(m.chatId)) continue;
    for (const r of receipts) if (m.text.includes(r)) seen.set(`${m.chatId} ${r}`, (seen.get(`${m.chatId} ${r}`) ?? 0) + 1);
  }
  return seen;
}

describe('scale-out: two bot and two worker processes on one PostgreSQL and one Redis', () => {
  it('webhooks over both bots, 200 alerts escalating, one broadcast: every update applied once, every step and every delivery sent once', async () => {
    const crowd = createWebhookCrowd({ bots: stage.bots, tg: stage.tg, secret: SECRET, duplicateEvery: 7 });
    const started = Date.now();
    const receipts: string[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: AT_ONCE }, async () => {
        while (next < stage.chats.length) {
          const user = crowd.user(stage.chats[next++]!);
          receipts.push((await fillUntilReceipt(user, await user.send('/diemnong'))).receipt);
        }
      }),
    );
    const raisedIn = (Date.now() - started) / 1000;
    const broadcastId = await stage.broadcast(BODY);

    const unattended = await stage.until(
      sql`select count(distinct hot_spot_id)::int as n from hot_spot_events where kind = 'unattended'`,
      COLLABORATORS,
      180_000,
    );
    const finished = await stage.until(
      sql`select count(*)::int as n from sends where broadcast_id = ${broadcastId} and state not in ('queued', 'sending')`,
      COLLABORATORS,
      120_000,
    );
    await sleep(2_000); // a late repeat from any process would show here

    // Updates: each committed once, whichever bot got it, however often it was sent.
    const updates = crowd.sent.length;
    const committed = await count(sql`select count(*)::int as n from processed_updates where channel = 'telegram'`);
    const applied = await stage.metric('dlxh_updates_total{channel="telegram",outcome="applied"}');
    const doubled = crowd.sent.filter((u) => u.statuses.length > 1).length;

    // Escalation: the ledger's steps, and what the platform received per official and alert.
    const officialChats = new Set([...stage.officials.map((o) => o.accountId), stage.authorChat]);
    const ledger = await ledgerAlertSends();
    const platform = platformAlertSends(receipts, officialChats);
    const stepsPerAlert = rowsOf<{ steps: number }>(
      await stage.db.db.execute(sql`
        select count(distinct split_part(s.purpose, '-s', 2))::int as steps
        from sends s join hot_spots h on s.purpose like 'hs-' || h.id || '-s%' group by h.id`),
    ).map((r) => r.steps);
    const platformTotal = [...platform.values()].reduce((a, b) => a + b, 0);
    const ledgerTotal = [...ledger.values()].reduce((a, b) => a + b, 0);
    const mismatched = [...new Set([...ledger.keys(), ...platform.keys()])].filter((k) => ledger.get(k) !== platform.get(k));

    // The broadcast: exactly one message per collaborator.
    const perChat = new Map<string, number>();
    for (const m of stage.tg.messages) if (m.text.includes(BODY)) perChat.set(m.chatId, (perChat.get(m.chatId) ?? 0) + 1);
    const bcSent = await count(sql`select count(*)::int as n from sends where broadcast_id = ${broadcastId} and state = 'sent'`);
    const bcDuplicated = [...perChat.values()].reduce((s, n) => s + Math.max(0, n - 1), 0);

    report({
      scenario: `scale-out: 2 bots + 2 workers, ${COLLABORATORS} alerts raised over webhooks in ${raisedIn.toFixed(0)} s, 1 broadcast`,
      sent: updates,
      lost: updates - committed + (COLLABORATORS - perChat.size) + (ledgerTotal - Math.min(ledgerTotal, platformTotal)),
      duplicated: applied - committed + bcDuplicated + Math.max(0, platformTotal - ledgerTotal),
      duplicateBound: 0,
      recoveredSeconds: (Date.now() - started) / 1000,
      notes: `${updates} updates (${doubled} sent to both bots), ${committed} committed, ${applied} applied; ${ledgerTotal} escalation sends in the ledger, ${platformTotal} at the platform; broadcast ${bcSent}/${COLLABORATORS} sent`,
    });

    expect(receipts).toHaveLength(COLLABORATORS);
    expect(new Set(receipts).size).toBe(COLLABORATORS);
    expect(doubled).toBeGreaterThan(20);
    expect(committed).toBe(updates);
    expect(applied).toBe(updates);
    expect(unattended).toBe(COLLABORATORS);
    // Commune → province → one reminder at the province: three steps for every alert.
    expect(stepsPerAlert.filter((s) => s === 3)).toHaveLength(COLLABORATORS);
    expect(mismatched).toEqual([]);
    expect(platformTotal).toBe(ledgerTotal);
    expect(finished).toBe(COLLABORATORS);
    expect(bcSent).toBe(COLLABORATORS);
    expect(perChat.size).toBe(COLLABORATORS);
    expect(bcDuplicated).toBe(0);
  }, 600_000);
});
