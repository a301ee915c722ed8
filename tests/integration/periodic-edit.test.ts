import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createIntake } from '../../bot/engine/intake.js';
import { createFeatures } from '../../bot/features/index.js';
import { configSchema } from '../../core/platform/config.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { silentLogger } from '../../core/kernel/logger.js';
import type { OutboundMessage } from '../../core/kernel/messages.js';
import { importUnits } from '../../core/people/units.js';
import { channelAccounts, people, reportIssues, reports, reportVersions, units } from '../../db/schema/index.js';
import { fillUntilReceipt, RECEIPT, type ChatUser, type SeenMessage } from '../helpers/chat-driver.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { collectInto, intakeUser } from '../helpers/intake-user.js';

let t: TestDatabase;
let now = new Date('2026-11-10T03:00:00Z');
const outbox = new Map<string, OutboundMessage[]>();

beforeAll(async () => {
  t = await createTestDatabase();
  await importUnits(t.db, [{ code: 'XA', name: 'Xã A', kind: 'xa', parentCode: null, deadlineDay: 20 }]);
  const [xa] = await t.db.select().from(units);
  const [p] = await t.db.insert(people).values({ displayName: 'CTV', role: 'collaborator', unitId: xa!.id, consentAt: new Date() }).returning();
  await t.db.insert(channelAccounts).values({ personId: p!.id, channel: 'sandbox', externalId: 'ctv' });
  const [p2] = await t.db.insert(people).values({ displayName: 'CTV 2', role: 'collaborator', unitId: xa!.id, consentAt: new Date() }).returning();
  await t.db.insert(channelAccounts).values({ personId: p2!.id, channel: 'sandbox', externalId: 'ctv2' });
});
afterAll(async () => t.close());

const config = configSchema.parse({ REPORT_LOCK_DAYS: '5' });
const engine = () =>
  createIntake({
    db: t.db,
    features: createFeatures({ config, i18n: createI18n() }),
    t: createI18n().t,
    logger: silentLogger,
    maxTextLength: 4000,
    defaultLocale: 'vi',
    deliver: collectInto(outbox),
    clock: () => now,
  });

const editButton = (seen: SeenMessage[]) => seen.flatMap((m) => m.choices).find((c) => /Sửa báo cáo này/.test(c.label))!.data;

/** Like fillUntilReceipt, but types an answer where the only button is "skip", so every section has content. */
async function fillTyping(me: ChatUser, seen: SeenMessage[]): Promise<{ receipt: string }> {
  for (let step = 0; step < 80; step++) {
    const receipt = seen.map((m) => RECEIPT.exec(m.text)?.[0]).find(Boolean);
    if (receipt) return { receipt };
    const choices = seen.at(-1)?.choices ?? [];
    const pick =
      choices.find((c) => /(Gửi|Xong, tiếp tục|Không, tiếp tục|Đồng ý)/u.test(c.label)) ??
      choices.find((c) => !/^(✏️|🗑|‹|Xem thêm|Thêm|Bỏ qua|Không có|Sửa|Hủy|Nhóm khác)/u.test(c.label));
    seen = pick ? await me.press(pick.data) : await me.send(`Nội dung ${step}: ý kiến của nhóm tiểu thương`);
  }
  throw new Error('no receipt');
}

describe('periodic report for the unit’s cycle', () => {
  it('a second /baocao in the same period becomes version 2 of the same report; after the lock it files the next period', async () => {
    const me = intakeUser(engine, outbox, 'ctv');
    const first = await fillUntilReceipt(me, await me.send('/baocao'));
    now = new Date('2026-11-12T03:00:00Z');
    const again = await fillUntilReceipt(me, await me.press(editButton(await me.send('/baocao'))));
    expect(again.receipt).toBe(first.receipt);
    const [row] = await t.db.select().from(reports).where(eq(reports.receiptNo, first.receipt));
    expect(row!.version).toBe(2);
    expect(await t.db.select().from(reportVersions).where(eq(reportVersions.reportId, row!.id))).toHaveLength(2);
    expect((await t.db.select().from(reports)).length).toBe(1);

    now = new Date('2026-11-27T03:00:00Z'); // past the 20th + 5 lock days
    const next = await fillUntilReceipt(me, await me.send('/baocao'));
    expect(next.receipt).not.toBe(first.receipt);
    const periods = (await t.db.select({ period: reports.period }).from(reports)).map((r) => r.period).sort();
    expect(new Set(periods).size).toBe(2);
    const [locked] = await t.db.select().from(reports).where(eq(reports.receiptNo, first.receipt));
    expect(locked!.version).toBe(2);
  });

  it('a second /baocao opens the filed report pre-filled: sending it unchanged keeps every issue, rumour and proposal (issue 11, item 1)', async () => {
    const me = intakeUser(engine, outbox, 'ctv2');
    now = new Date('2026-12-03T03:00:00Z');
    const first = await fillTyping(me, await me.send('/baocao'));
    const [filed] = await t.db.select().from(reports).where(eq(reports.receiptNo, first.receipt));
    const issuesBefore = await t.db.select().from(reportIssues).where(eq(reportIssues.reportId, filed!.id));
    expect(issuesBefore.length).toBeGreaterThan(0);
    expect(filed!.rumours).toBeTruthy();

    now = new Date('2026-12-05T03:00:00Z');
    const asked = await me.send('/baocao');
    const text = asked.map((m) => m.text).join('\n');
    expect(text).toContain(`Đồng chí đã nộp báo cáo kỳ 12/2026 (${first.receipt}). Sửa báo cáo này?`);
    const review = await me.press(editButton(asked));
    const shown = review.map((m) => m.text).join('\n');
    expect(shown).toContain(issuesBefore[0]!.title);
    expect(shown).toContain(filed!.rumours!.slice(0, 20));
    const send = review.flatMap((m) => m.choices).find((c) => /Gửi báo cáo/.test(c.label))!;
    const sent = (await me.press(send.data)).map((m) => m.text).join('\n');
    expect(sent).toContain('phiên bản 2');
    const [after] = await t.db.select().from(reports).where(eq(reports.id, filed!.id));
    expect(after).toMatchObject({ version: 2, rumours: filed!.rumours, goodPractices: filed!.goodPractices, proposals: filed!.proposals });
    const issuesAfter = await t.db.select().from(reportIssues).where(eq(reportIssues.reportId, filed!.id));
    expect(issuesAfter.map((i) => [i.title, i.summary, i.topicCode])).toEqual(issuesBefore.map((i) => [i.title, i.summary, i.topicCode]));

    // «Giữ nguyên» leaves it as filed and files nothing.
    const keep = await me.send('/baocao');
    const kept = await me.press(keep.flatMap((m) => m.choices).find((c) => /Giữ nguyên/.test(c.label))!.data);
    expect(kept.map((m) => m.text).join('\n')).toContain('giữ nguyên');
    expect((await t.db.select().from(reports).where(eq(reports.id, filed!.id)))[0]!.version).toBe(2);
  });
});
