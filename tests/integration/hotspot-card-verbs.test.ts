import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleCreated } from '../../core/hot-spots/escalation.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { silentLogger } from '../../core/kernel/logger.js';
import type { OutboundMessage } from '../../core/kernel/messages.js';
import { createIntake } from '../../bot/engine/intake.js';
import { createHotSpotsFeature } from '../../bot/features/hot-spots/feature.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { raiseAlert, sendsTo, testEnv } from './hotspot-fixtures.js';
import { addPerson, seedTree, type PersonRef, type Tree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';

let t: TestDatabase;
let tree: Tree;
let reporter: PersonRef;
let official: PersonRef;
let colleague: PersonRef;
const config = testConfig({ BURST_ALERTS: '50' });
const env = testEnv(config);
const replies: { accountId: string; messages: OutboundMessage[] }[] = [];
let intake: ReturnType<typeof createIntake>;
let n = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedTree(t.db);
  reporter = await addPerson(t.db, tree.commune, 'collaborator', 'CTV Hoa');
  official = await addPerson(t.db, tree.commune, 'official', 'Cán bộ Bình');
  colleague = await addPerson(t.db, tree.commune, 'official', 'Cán bộ Cúc');
  intake = createIntake({
    db: t.db,
    features: [createHotSpotsFeature({ config, i18n: createI18n() })],
    t: createI18n().t,
    deliver: async (account, messages) => void replies.push({ accountId: account.accountId, messages }),
    logger: silentLogger,
    maxTextLength: config.MAX_TEXT_LENGTH,
    defaultLocale: 'vi',
  });
});
afterAll(async () => t?.close());

/** The verbs offered on the last reply to `p` (`h:<id>:<verb>` buttons of this alert). */
async function press(p: PersonRef, data: string, hotSpotId: string): Promise<{ text: string; verbs: string[] }> {
  await intake.handle({ channel: 'sandbox', updateKey: `v${++n}`, accountId: p.accountId, receivedAt: new Date(), payload: { type: 'choice', data } });
  const last = replies.filter((r) => r.accountId === p.accountId).at(-1)!.messages;
  const text = last.map((m) => (m.type === 'text' ? m.text : '')).join('\n');
  const verbs = last.flatMap((m) => m.choices ?? []).flatMap((c) => (c.data.startsWith(`h:${hotSpotId}:`) ? [c.data.split(':')[2]!] : []));
  return { text, verbs };
}

describe('the alert card offers what makes sense for its status (issue 11 item 16)', () => {
  it('«Tiếp nhận» only while nobody took it; «Đang xử lý» until someone is on it', async () => {
    const a = await raiseAlert(t.db, reporter, tree.commune, 3);
    await t.db.transaction((tx) => handleCreated(tx, env, a.hotSpotId));
    const pushed = (await sendsTo(t.db, official.id)).find((s) => s.purpose.startsWith(`hs-${a.hotSpotId}`) && (s.message as OutboundMessage).choices?.length);
    expect((pushed!.message as OutboundMessage).choices!.map((c) => c.data.split(':')[2])).toContain('ack');

    const taken = await press(official, `h:${a.hotSpotId}:ack`, a.hotSpotId);
    expect(taken.text).toContain('đã tiếp nhận cảnh báo');
    expect(taken.verbs).not.toContain('ack');
    expect(taken.verbs).toEqual(expect.arrayContaining(['work', 'done', 'false', 'note']));

    // Tapped twice by the one who took it: told so in the second person, not by their own name.
    const twice = await press(official, `h:${a.hotSpotId}:ack`, a.hotSpotId);
    expect(twice.text).toContain('Đồng chí đã tiếp nhận cảnh báo');
    expect(twice.text).not.toContain('Cán bộ Bình');

    // The colleague's old notification button: told who took it, offered no «Tiếp nhận» again.
    const again = await press(colleague, `h:${a.hotSpotId}:ack`, a.hotSpotId);
    expect(again.text).toContain('đã được Cán bộ Bình tiếp nhận');
    expect(again.verbs).not.toContain('ack');
    expect(again.verbs).toContain('work');

    const detail = await press(colleague, `h:${a.hotSpotId}:view`, a.hotSpotId);
    expect(detail.verbs).not.toContain('ack');
    expect(detail.verbs).toContain('work');

    const handling = await press(official, `h:${a.hotSpotId}:work`, a.hotSpotId);
    expect(handling.verbs).not.toContain('ack');
    expect(handling.verbs).not.toContain('work');
    expect(handling.verbs).toContain('done');
    expect((await press(official, `h:${a.hotSpotId}:view`, a.hotSpotId)).verbs.filter((v) => v !== 'plan')).toEqual(handling.verbs);

    // A fresh alert still offers «Tiếp nhận» on its detail.
    const b = await raiseAlert(t.db, reporter, tree.commune, 2);
    await t.db.transaction((tx) => handleCreated(tx, env, b.hotSpotId));
    expect((await press(official, `h:${b.hotSpotId}:view`, b.hotSpotId)).verbs).toContain('ack');
  });
});
