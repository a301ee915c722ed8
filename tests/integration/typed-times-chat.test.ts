import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localTime } from '../../core/kernel/zoned-time.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import type { ChatUser, SeenMessage } from '../helpers/chat-driver.js';
import { seedTree, type PersonRef, type Tree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';
import { loopWorld, member, type LoopWorld } from './loop-fixtures.js';

/**
 * Times as officials type them when scheduling a giao ban or closing a poll (found by using the
 * sandbox): «2 giờ chiều» was read as 02:00, «15-12-2026» and «15.12» were refused, and a poll
 * closing on a day earlier in the calendar than today («17:00 5/1» typed in December) was refused
 * as past instead of meaning next year's; «8:00 31/11» was taken as 1 December.
 */
let t: TestDatabase;
let tree: Tree;
let world: LoopWorld;
let official: PersonRef;
const config = testConfig({ QUIET_HOURS: '' });
const DAY = 24 * 3_600_000;
/** Late December: «5/1» is next month. */
const clock = new Date('2026-12-20T03:00:00Z');

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedTree(t.db);
  await member(t.db, tree.commune, 'collaborator', 'CTV Hoa');
  official = await member(t.db, tree.commune, 'official', 'Cán bộ Bình');
  world = loopWorld(t.db, config, () => clock);
});
afterAll(async () => {
  await t?.close();
});

const lastText = (seen: SeenMessage[]) => seen.at(-1)!.text;
const day = (offsetDays: number) => localTime(new Date(clock.getTime() + offsetDays * DAY), config.TIMEZONE);
const pad = (n: number) => String(n).padStart(2, '0');

/** Fills in a meeting with the time typed as given, up to its preview (returned), then cancels it. */
async function meetingPreview(u: ChatUser, typed: string): Promise<string> {
  await u.send('/giaoban_moi');
  await u.send('Giao ban cộng tác viên');
  let seen = await u.send(typed);
  expect(lastText(seen)).toContain('Địa điểm');
  await u.send('Hội trường UBND xã');
  await u.send('Không ghi chương trình');
  await u.send('1');
  seen = await u.send('Chỉ cộng tác viên');
  await u.send('Hủy'); // the preview's button: nothing is sent
  return lastText(seen);
}

describe('times typed the way officials write them', () => {
  it('«2 giờ chiều», «7h tối» are afternoon and evening hours', async () => {
    const u = world.user(official);
    const d = day(3);
    expect(await meetingPreview(u, `2 giờ chiều ${d.day}/${d.month}`)).toContain(`Thời gian: 14:00 ${pad(d.day)}/${pad(d.month)}/${d.year}`);
    expect(await meetingPreview(u, `${d.day}/${d.month} 7h30 tối`)).toContain(`Thời gian: 19:30 ${pad(d.day)}/${pad(d.month)}/${d.year}`);
    expect(await meetingPreview(u, `8 giờ sáng ${d.day}/${d.month}`)).toContain(`Thời gian: 08:00 ${pad(d.day)}/${pad(d.month)}/${d.year}`);
  });

  it('dates written with dashes or dots', async () => {
    const u = world.user(official);
    const d = day(4);
    expect(await meetingPreview(u, `14h ${d.day}-${d.month}-${d.year}`)).toContain(`Thời gian: 14:00 ${pad(d.day)}/${pad(d.month)}/${d.year}`);
    expect(await meetingPreview(u, `${pad(d.day)}.${pad(d.month)} 8:30`)).toContain(`Thời gian: 08:30 ${pad(d.day)}/${pad(d.month)}/${d.year}`);
  });

  it('a poll closing typed «17:00 5/1» in December closes in January of next year', async () => {
    const u = world.user(official);
    const d = day(16);
    expect(d.year).toBe(2027);
    await u.send('/taothamdo');
    for (const s of ['Câu hỏi thử', 'Có\nKhông', '1', '2', `17:00 ${d.day}/${d.month}`]) await u.send(s);
    for (const s of ['1', 'Tất cả']) await u.send(s); // own unit, every group
    const seen = await u.send('Chỉ cộng tác viên');
    expect(lastText(seen)).toContain(`hạn trả lời 17:00 ${pad(d.day)}/${pad(d.month)}/2027`);
  });

  it('a day the month does not have is refused, not moved to the next month', async () => {
    const u = world.user(official);
    await u.send('/giaoban_moi');
    await u.send('Giao ban cộng tác viên');
    for (const typed of ['8:00 31/11', '8:00 30/2/2027']) {
      const seen = await u.send(typed);
      expect(seen.map((m) => m.text).join('\n')).toContain('Chưa đọc được thời gian');
    }
    await u.send('/huy');
    await u.send('/huy');
  });
});
