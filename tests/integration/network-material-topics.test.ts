import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { materials } from '../../db/schema/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import type { ChatUser, SeenMessage } from '../helpers/chat-driver.js';
import { seedTree, type PersonRef, type Tree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';
import { loopWorld, member, type LoopWorld } from './loop-fixtures.js';

/**
 * /tailieu_moi's topic typed rather than pressed (found in the sandbox): «ky nang nam bat du luan»
 * made a second topic beside «Kỹ năng nắm bắt dư luận», splitting the library collaborators
 * browse; an emoji-only topic («📚🔥») was taken and became a library shelf named by pictures.
 * Reading one, a collaborator was told «Xã Tân Hòa gửi ngày …» — their own commune as the
 * sender, when the province sent it to the commune.
 */
let t: TestDatabase;
let tree: Tree;
let world: LoopWorld;
let official: PersonRef;
let reader: PersonRef;
const config = testConfig({ QUIET_HOURS: '' });

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedTree(t.db);
  official = await member(t.db, tree.commune, 'official', 'Cán bộ Bình');
  reader = await member(t.db, tree.commune, 'collaborator', 'CTV Hoa');
  world = loopWorld(t.db, config);
});
afterAll(async () => {
  await t?.close();
});

const lastText = (seen: SeenMessage[]) => seen.at(-1)!.text;

async function publishNote(u: ChatUser, topic: string, title: string): Promise<SeenMessage[]> {
  await u.send('/tailieu_moi');
  await u.send(topic);
  await u.send('Ghi chú ngắn');
  await u.send(title);
  await u.send('Khi nắm bắt dư luận cần ghi rõ nguồn, thời gian, địa điểm.');
  await u.send('1');
  return u.send('Gửi tài liệu');
}

describe('/tailieu_moi topics typed by hand', () => {
  it('a topic typed without accents or capitals is the existing one, also beyond the eight offered as buttons', async () => {
    const u = world.user(official);
    await publishNote(u, 'Kỹ năng nắm bắt dư luận', 'Bài 1');
    for (let i = 1; i <= 8; i++) await publishNote(u, `Chủ đề ${i}`, `Bài chủ đề ${i}`);
    await publishNote(u, '  ky nang  nam bat du luan ', 'Bài 2');
    const rows = await t.db.select({ topic: materials.topic, title: materials.title }).from(materials);
    expect(rows.filter((r) => r.title.startsWith('Bài ') && !r.title.includes('chủ đề')).map((r) => r.topic)).toEqual([
      'Kỹ năng nắm bắt dư luận',
      'Kỹ năng nắm bắt dư luận',
    ]);
  });

  it('a topic of emoji only is asked again', async () => {
    const u = world.user(official);
    await u.send('/tailieu_moi');
    const seen = await u.send('📚🔥');
    expect(seen.map((m) => m.text).join('\n')).toContain('Chủ đề cần');
    expect(lastText(seen)).toContain('Tài liệu thuộc chủ đề nào?');
    await u.send('/huy');
  });

  it('the library says whom a material was sent to, not that the receiving unit sent it', async () => {
    const province = await member(t.db, tree.province, 'official', 'Cán bộ tỉnh');
    const u = world.user(province);
    await u.send('/tailieu_moi');
    for (const s of ['Văn bản mới', 'Ghi chú ngắn', 'Bài của tỉnh', 'Nội dung bài của tỉnh.', 'Xã Tân Hòa']) await u.send(s);
    await u.send('Gửi tài liệu');
    const c = world.user(reader);
    await c.send('/tailieu');
    await c.send('Văn bản mới');
    const seen = await c.send('1');
    expect(lastText(seen)).toContain('gửi tới Xã Tân Hòa ngày');
    expect(lastText(seen)).not.toContain('Xã Tân Hòa gửi');
  });
});
