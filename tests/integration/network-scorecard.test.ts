import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { OutboundMessage } from '../../core/kernel/messages.js';
import { addDays, dueDate, lastDuePeriod, shiftPeriod } from '../../core/kernel/periods.js';
import { localDate, zonedInstant } from '../../core/kernel/zoned-time.js';
import { defaultsFromConfig, settingsOfUnit } from '../../core/people/unit-tree.js';
import type { Intake } from '../../bot/engine/intake.js';
import { auditLog, people, reportRatings } from '../../db/schema/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import type { ChatUser, SeenMessage } from '../helpers/chat-driver.js';
import { intakeUser } from '../helpers/intake-user.js';
import { createCollectingIntake } from '../helpers/real-intake.js';
import { fileReport, periodicDraft } from './reporting-fixtures.js';
import { addPerson, seedTree, type Tree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';

/**
 * Issue 17 item 3 through the real intake: an official rates a report "hữu ích" in one tap
 * (once; outside the subtree refused), and a collaborator's card opens their scorecard —
 * periodic reports on time / late / missing over the last INACTIVE_PERIODS periods, ratings,
 * and the reasons to review.
 */
let db: TestDatabase;
let tree: Tree;
let intake: Intake;
const outbox = new Map<string, OutboundMessage[]>();
const config = testConfig({ QUIET_HOURS: '', INACTIVE_PERIODS: '3' });
let official: ChatUser;
let neighbour: ChatUser;
let ctvId = '';
let onTimeReport = '';

const user = (accountId: string) => intakeUser(() => intake, outbox, accountId);
const text = (seen: SeenMessage[]) => seen.map((m) => m.text).join('\n');

beforeAll(async () => {
  db = await createTestDatabase();
  tree = await seedTree(db.db);
  intake = createCollectingIntake(db.db, config, outbox);
  official = user((await addPerson(db.db, tree.province, 'official', 'Cán bộ tỉnh')).accountId);
  neighbour = user((await addPerson(db.db, tree.otherCommune, 'official', 'Cán bộ xã bên')).accountId);
  ctvId = (await addPerson(db.db, tree.commune, 'collaborator', 'Phạm Văn Đức')).id;
  await db.db
    .update(people)
    .set({ createdAt: new Date(Date.now() - 400 * 86_400_000) })
    .where(eq(people.id, ctvId));
  // Last due period on time, the one before late, the one before that missing.
  const { settings } = (await settingsOfUnit(db.db, defaultsFromConfig(config), tree.commune))!;
  const p0 = lastDuePeriod(localDate(new Date(), config.TIMEZONE), settings);
  const at = (d: ReturnType<typeof dueDate>) => zonedInstant(d, 9, 0, config.TIMEZONE);
  const r = await fileReport(db.db, { id: ctvId }, tree.commune, periodicDraft(p0), at(dueDate(p0, settings)));
  onTimeReport = (r as { reportId: string }).reportId;
  const p1 = shiftPeriod(p0, -1);
  await fileReport(db.db, { id: ctvId }, tree.commune, periodicDraft(p1), at(addDays(dueDate(p1, settings), 2)));
});
afterAll(async () => db?.close());

describe('scorecards and one-tap ratings', () => {
  it('an official rates a report "hữu ích" once; a second tap says so; outside the subtree refused', async () => {
    expect(onTimeReport).toMatch(/^[0-9a-f-]{36}$/);
    expect(text(await official.press(`nw:u:${onTimeReport}`))).toContain('là hữu ích. Cảm ơn đồng chí');
    expect(text(await official.press(`nw:u:${onTimeReport}`))).toContain('đã đánh giá báo cáo này là hữu ích trước đó');
    expect(text(await neighbour.press(`nw:u:${onTimeReport}`))).toContain('ngoài phạm vi');
    expect(await db.db.select().from(reportRatings).where(eq(reportRatings.reportId, onTimeReport))).toHaveLength(1);
    const audits = await db.db.select().from(auditLog).where(eq(auditLog.action, 'report.rate'));
    expect(audits.map((a) => `${a.outcome}:${a.targetType}`).sort()).toEqual(['ok:report', 'refused:unit']);
  });

  it('the card opens the scorecard: on time, late, missing, rated useful; reasons to review', async () => {
    let seen = await official.send('/mangluoi');
    const name = seen.flatMap((m) => m.choices).find((c) => c.label.includes('Phạm Văn Đức'))!;
    seen = await official.press(name.data);
    const btn = seen.flatMap((m) => m.choices).find((c) => c.label.includes('Kết quả hoạt động'))!;
    seen = await official.press(btn.data);
    const out = text(seen);
    expect(out).toContain('KẾT QUẢ HOẠT ĐỘNG — Phạm Văn Đức (3 kỳ gần nhất)');
    expect(out).toContain('Báo cáo định kỳ: 1 đúng hạn, 1 muộn, 1 không gửi');
    expect(out).toContain('Được cán bộ đánh giá hữu ích: 1');
    expect(out).toMatch(/Từng kỳ: tháng \d+\/\d+: đúng hạn; tháng \d+\/\d+: gửi muộn; tháng \d+\/\d+: không gửi/);
    expect(out).toContain('Không có điểm cần lưu ý.');
    expect(text(await neighbour.press(btn.data))).toContain('ngoài phạm vi');
  });
});
