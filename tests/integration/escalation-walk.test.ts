import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { hotSpots } from '../../db/schema/index.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { silentLogger } from '../../core/kernel/logger.js';
import type { OutboundMessage } from '../../core/kernel/messages.js';
import { createIntake } from '../../bot/engine/intake.js';
import { createHotSpotsFeature } from '../../bot/features/hot-spots/feature.js';
import { startWorkers, type WorkersHandle } from '../../workers/start.js';
import { createTestDatabase, testQueuePrefix, testRedisUrl, type TestDatabase } from '../helpers/db.js';
import { createRecordingChannel } from '../helpers/recording-channel.js';
import { eventsOf, raiseAlert } from './hotspot-fixtures.js';
import { addPerson, seedTree, type PersonRef, type Tree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';
import { waitFor } from '../helpers/wait.js';

/**
 * The "done when": with deadlines shortened by config, an alert nobody acknowledges
 * climbs commune → province → root, the right officials hear of it at each step, it stops when
 * the root acknowledges, and the reporter hears back (acknowledged, then resolved with the note).
 */
let t: TestDatabase;
let workers: WorkersHandle;
let tree: Tree;
const channel = createRecordingChannel('sandbox');
const replies: { accountId: string; messages: OutboundMessage[] }[] = [];
const who: Record<string, PersonRef> = {};
const config = testConfig({ ESCALATION_TIME_SCALE: '0.002', OUTBOX_POLL_MS: '50', ROOT_REMINDER_REPEATS: '1', BURST_ALERTS: '50' });
let intake: ReturnType<typeof createIntake>;
let update = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedTree(t.db);
  who.reporter = await addPerson(t.db, tree.commune, 'collaborator', 'CTV Lê Thị Hoa');
  who.commune = await addPerson(t.db, tree.commune, 'official', 'Cán bộ xã Trần Văn Bình');
  who.province = await addPerson(t.db, tree.province, 'official', 'Cán bộ tỉnh Phạm Minh');
  who.root = await addPerson(t.db, tree.root, 'official', 'Chuyên viên TW Nguyễn An');
  who.rootAdmin = await addPerson(t.db, tree.root, 'admin', 'Quản trị TW');
  who.sibling = await addPerson(t.db, tree.otherCommune, 'official', 'Cán bộ xã An Lạc');
  workers = await startWorkers({ db: t.db, config, redisUrl: testRedisUrl(), channels: { sandbox: channel }, logger: silentLogger, prefix: testQueuePrefix() });
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

afterAll(async () => {
  await workers?.stop();
  await t?.close();
});

function say(person: PersonRef, payload: { type: 'choice'; data: string } | { type: 'text'; text: string }) {
  return intake.handle({ channel: 'sandbox', updateKey: `u${++update}`, accountId: person.accountId, receivedAt: new Date(), payload });
}

const lastReply = (p: PersonRef) => replies.filter((r) => r.accountId === p.accountId).at(-1)?.messages ?? [];

describe('hot-spot escalation, end to end', () => {
  it('climbs commune → province → root, stops at acknowledgement, and the reporter hears back', async () => {
    const { hotSpotId, receiptNo } = await raiseAlert(t.db, who.reporter!, tree.commune, 4);

    await channel.waitFor((s) => s.some((m) => m.accountId === who.commune!.accountId));
    const first = channel.to(who.commune!.accountId)[0]!;
    expect(first.text).toContain(receiptNo);
    expect(first.buttons).toContain(`h:${hotSpotId}:ack`);
    expect(first.buttons.every((b) => Buffer.byteLength(b) <= 64)).toBe(true);

    await channel.waitFor((s) => s.some((m) => m.accountId === who.province!.accountId));
    expect(channel.to(who.province!.accountId)[0]!.text).toContain('Chuyển lên từ Xã Tân Hòa');
    await channel.waitFor((s) => s.some((m) => m.accountId === who.root!.accountId) && s.some((m) => m.accountId === who.rootAdmin!.accountId));
    expect(channel.to(who.root!.accountId)[0]!.text).toContain('Chuyển lên từ Tỉnh Hải Phòng');
    expect(channel.to(who.sibling!.accountId)).toHaveLength(0);
    expect(channel.to(who.reporter!.accountId)).toHaveLength(0);

    await say(who.root!, { type: 'choice', data: `h:${hotSpotId}:ack` });
    expect(lastReply(who.root!)[0]?.type === 'text' && lastReply(who.root!)[0]).toMatchObject({ text: expect.stringContaining('đã tiếp nhận cảnh báo') });

    const [row] = await t.db.select().from(hotSpots).where(eq(hotSpots.id, hotSpotId));
    expect(row).toMatchObject({ status: 'acknowledged', acknowledgedBy: who.root!.id, escalationStep: 2, levelUnitId: tree.root, ackDeadline: null });

    // The root level's deadline job still fires, finds the alert acknowledged and does nothing.
    const timers = workers.queueSet.get('alert-timers');
    await waitFor(async () => (await timers.getJob(`hs-deadline-${hotSpotId}-2`))?.returnvalue === 'noop', { timeout: 15_000, what: 'root deadline job' });
    const kinds = (await eventsOf(t.db, hotSpotId)).map((e) => e.kind);
    expect(kinds.filter((k) => k === 'escalated')).toHaveLength(2);
    expect(kinds).not.toContain('reminder');
    expect(kinds.slice(-1)).toEqual(['acknowledged']);

    await channel.waitFor((s) => s.some((m) => m.accountId === who.reporter!.accountId));
    expect(channel.to(who.reporter!.accountId)[0]!.text).toContain(`${receiptNo} của đồng chí đã được cán bộ phụ trách tiếp nhận`);
    // The other root official hears who took it.
    await channel.waitFor((s) => s.some((m) => m.accountId === who.rootAdmin!.accountId && m.text.includes('Nguyễn An')));

    // Resolve through the flow: /ketthuc <code> → result note → shareable "Có".
    await say(who.root!, { type: 'text', text: `/ketthuc ${receiptNo}` });
    await say(who.root!, { type: 'text', text: 'Đã đối thoại, người dân giải tán lúc 11 giờ' });
    await say(who.root!, { type: 'text', text: 'có' });
    expect((lastReply(who.root!)[0] as { text: string }).text).toContain('Đã kết thúc cảnh báo');
    await channel.waitFor((s) => s.filter((m) => m.accountId === who.reporter!.accountId).length === 2);
    expect(channel.to(who.reporter!.accountId)[1]!.text).toContain('Kết quả: Đã đối thoại, người dân giải tán lúc 11 giờ');
    // Every official heard of it exactly once per step.
    expect(channel.to(who.commune!.accountId)).toHaveLength(1);
    expect(channel.to(who.province!.accountId)).toHaveLength(1);
    expect(channel.to(who.root!.accountId)).toHaveLength(1);
  });

  it('at the root, unacknowledged alerts are reminded ROOT_REMINDER_REPEATS times, then recorded as unattended', async () => {
    const rootReporter = await addPerson(t.db, tree.root, 'collaborator', 'CTV trung ương');
    const { hotSpotId } = await raiseAlert(t.db, rootReporter, tree.root, 4);
    await waitFor(async () => (await eventsOf(t.db, hotSpotId)).some((e) => e.kind === 'unattended'), { timeout: 20_000, what: 'unattended' });
    const events = await eventsOf(t.db, hotSpotId);
    expect(events.filter((e) => e.kind === 'reminder')).toHaveLength(1);
    expect(events.filter((e) => e.kind === 'notified' && (e.data as { personId: string }).personId === who.root!.id)).toHaveLength(2);
    await channel.waitFor((s) => s.filter((m) => m.accountId === who.root!.accountId && m.text.includes('Nhắc lần 1')).length === 1);
  });
});
