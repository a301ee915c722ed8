import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importQuestionnaire } from '../../core/surveys/store.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import type { SeenMessage } from '../helpers/chat-driver.js';
import { seedTree, type PersonRef, type Tree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';
import { loopWorld, member, type LoopWorld } from './loop-fixtures.js';
import { fixtureQuestionnaire } from './survey-driver.js';

/**
 * /ketquakhaosat typed alone (found in the sandbox): the official was told to type the campaign's
 * number, which nobody remembers a week later. Now the campaigns of their area are listed, newest
 * first, each one a button to its results; another area's official does not see them.
 */
let t: TestDatabase;
let tree: Tree;
let world: LoopWorld;
let official: PersonRef;
let neighbour: PersonRef;
const config = testConfig({ QUIET_HOURS: '' });

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedTree(t.db);
  official = await member(t.db, tree.commune, 'official', 'Cán bộ Bình');
  neighbour = await member(t.db, tree.otherCommune, 'official', 'Cán bộ An Lạc');
  await member(t.db, tree.commune, 'collaborator', 'CTV Hoa');
  await importQuestionnaire(t.db, fixtureQuestionnaire());
  world = loopWorld(t.db, config);
});
afterAll(async () => {
  await t?.close();
});

const all = (seen: SeenMessage[]) => seen.map((m) => m.text).join('\n');
const labels = (seen: SeenMessage[]) => seen.flatMap((m) => m.choices.map((c) => c.label));

describe('/ketquakhaosat without a number', () => {
  it('lists the campaigns of the area with a button to each one’s results', async () => {
    const u = world.user(official);
    expect(all(await u.send('/ketquakhaosat'))).toContain('Chưa có đợt khảo sát nào');
    for (const s of ['/taokhaosat', '1', '1', 'Cộng tác viên', 'Tất cả các nhóm xã hội', 'Tất cả người thuộc đối tượng', 'Không', '7 ngày']) await u.send(s);
    const made = all(await u.send('Gửi khảo sát'));
    const n = /đợt khảo sát số (\d+)/.exec(made)?.[1];
    expect(n, made).toBeDefined();

    let seen = await u.send('/ketquakhaosat');
    expect(all(seen)).toContain(`Số ${n}`);
    expect(all(seen)).toContain('Dư luận về chuyển đổi số ở xã, phường');
    expect(all(seen)).toContain('phiếu gửi đi từ'); // opened by the worker, not run here
    const button = seen.flatMap((m) => m.choices).find((c) => c.label.includes(`Số ${n}`));
    seen = await u.press(button!.data);
    expect(all(seen)).toContain(`KẾT QUẢ KHẢO SÁT SỐ ${n}`);

    seen = await world.user(neighbour).send('/ketquakhaosat');
    expect(all(seen)).toContain('Chưa có đợt khảo sát nào');
    expect(labels(seen)).toEqual([]);
  });
});
