import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import type { SeenMessage } from '../helpers/chat-driver.js';
import { seedTree, type PersonRef, type Tree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';
import { loopWorld, member, type LoopWorld } from './loop-fixtures.js';

/**
 * The roster as officials type to it (found in the sandbox): /mangluoi with a unit typed by its
 * name («xã An Bình», accents optional) read only the first word («an»), so a named unit was
 * never found; /moi took «👍» as the invited person's full name.
 */
let t: TestDatabase;
let tree: Tree;
let world: LoopWorld;
let official: PersonRef;
const config = testConfig({ QUIET_HOURS: '' });

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedTree(t.db);
  official = await member(t.db, tree.province, 'official', 'Cán bộ tỉnh');
  for (let i = 1; i <= 9; i++) await member(t.db, tree.commune, 'collaborator', `CTV Tân Hòa ${i}`);
  await member(t.db, tree.otherCommune, 'collaborator', 'CTV An Lạc');
  world = loopWorld(t.db, config);
});
afterAll(async () => {
  await t?.close();
});

const all = (seen: SeenMessage[]) => seen.map((m) => m.text).join('\n');

describe('/mangluoi with a unit typed by name', () => {
  it('reads the whole name, accents optional, and pages within it', async () => {
    const u = world.user(official);
    let seen = await u.send('/mangluoi tan hoa');
    expect(all(seen)).toContain('Xã Tân Hòa: 9 người (trang 1/2)');
    expect(all(seen)).not.toContain('CTV An Lạc');
    const more = seen.flatMap((m) => m.choices).find((c) => c.label.includes('Xem tiếp'));
    seen = await u.press(more!.data);
    expect(all(seen)).toContain('Xã Tân Hòa: 9 người (trang 2/2)');
    seen = await u.send('/mangluoi Xã Tân Hòa 2');
    expect(all(seen)).toContain('(trang 2/2)');
    seen = await u.send('/mangluoi xa an lac');
    expect(all(seen)).toContain('Xã An Lạc: 1 người');
  });
});

describe('/moi, the invited person’s name', () => {
  it('a name without letters (an emoji, a number) is asked again', async () => {
    const u = world.user(official);
    await u.send('/moi');
    for (const typed of ['👍', '12']) {
      const seen = await u.send(typed);
      expect(all(seen)).toContain('Họ tên cần');
      expect(seen.at(-1)!.text).toContain('Họ và tên người được mời');
    }
    expect(all(await u.send('Nguyễn Văn A'))).toContain('thuộc đơn vị nào');
    await u.send('/huy');
  });
});
