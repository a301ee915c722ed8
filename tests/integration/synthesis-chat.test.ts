import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { synthesisRuns } from '../../db/schema/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { createChatDriver, type ChatPerson } from './synthesis-chat-driver.js';
import { vn } from './reporting-fixtures.js';
import { addPerson, seedUnits, type PersonRef, type Unit } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';

/** /tonghop through the real intake: months, quarters, half years and years; bad and future spans refused. */
let t: TestDatabase;
let u: Record<string, Unit>;
let po: PersonRef;
let official: ChatPerson;

beforeAll(async () => {
  t = await createTestDatabase();
  u = await seedUnits(t.db, [{ key: 'p', name: 'Tỉnh Thái Nguyên', deadlineDay: 20 }]);
  po = await addPerson(t.db, u.p!.id, 'official', 'Cán bộ tỉnh');
  const d = createChatDriver(t.db, testConfig());
  d.at(vn('2026-12-22T09:00:00'));
  official = d.chat(po);
});
afterAll(async () => t?.close());

async function say(text: string): Promise<string> {
  await official.say(text);
  return official.lastText();
}

describe('/tonghop', () => {
  it('queues a month, a quarter, a half year and a year, typed as people type them', async () => {
    expect(await say('/tonghop')).toContain('Đang tổng hợp báo cáo tháng 12/2026 của Tỉnh Thái Nguyên');
    expect(await say('/tonghop Quý4/2026')).toContain('Đang tổng hợp báo cáo quý IV năm 2026 của Tỉnh Thái Nguyên');
    expect(await say('/tonghop 6thang2/2026')).toContain('6 tháng cuối năm 2026');
    expect(await say(`/tonghop ${u.p!.code} nam2026`)).toContain('năm 2026');
    const runs = await t.db.select().from(synthesisRuns).where(eq(synthesisRuns.requestedBy, po.id));
    expect(runs.map((r) => r.period).sort()).toEqual(['2026', '2026-12', '2026-H2', '2026-Q4']);
  });

  it('refuses a span not yet begun and a token it cannot read, changing nothing', async () => {
    // On 22/12 the cycle of January 2027 has begun (cut-off on the 20th), so 2027 may be asked for; 2028 not.
    expect(await say('/tonghop nam2028')).toContain('chưa bắt đầu');
    expect(await say('/tonghop quy5/2026')).toContain('Không hiểu tham số «quy5/2026». Cách dùng: /tonghop [kỳ] [mã đơn vị]');
    expect(await t.db.select().from(synthesisRuns).where(eq(synthesisRuns.requestedBy, po.id))).toHaveLength(4);
  });
});
