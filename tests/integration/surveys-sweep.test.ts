import { createCollectingIntake } from '../helpers/real-intake.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Job } from 'bullmq';
import { Redis } from 'ioredis';
import { and, eq, inArray, like } from 'drizzle-orm';
import { sends, surveyCampaigns, surveyRecipients } from '../../db/schema/index.js';
import { type Intake } from '../../bot/engine/intake.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { silentLogger } from '../../core/kernel/logger.js';
import type { OutboundMessage } from '../../core/kernel/messages.js';
import { REPORTING_QUEUE } from '../../core/reports/jobs.js';
import type { Questionnaire } from '../../core/surveys/definition.js';
import { closeCampaign, openCampaign } from '../../core/surveys/delivery.js';
import { surveyJobId } from '../../core/surveys/jobs.js';
import { importQuestionnaire } from '../../core/surveys/store.js';
import { surveyEnv } from '../../workers/jobs/reports/reminder-env.js';
import { surveySweepJob } from '../../workers/jobs/surveys/sweep.js';
import { createQueueSet, type QueueSet } from '../../workers/queues.js';
import { createRelay } from '../../workers/relay.js';
import type { ChatUser, SeenMessage } from '../helpers/chat-driver.js';
import { createTestDatabase, testQueuePrefix, testRedisUrl, type TestDatabase } from '../helpers/db.js';
import { testConfig } from '../helpers/config.js';
import { vn } from './reporting-fixtures.js';
import { answerSurvey, choiceOf, fullScript, fixtureQuestionnaire, surveyToTimeLimit } from './survey-driver.js';
import { addPerson, seedUnits, type PersonRef, type Unit } from '../../testkit/seed.js';

/**
 * Issue 18: the survey jobs are delayed jobs in Redis. A Redis that loses them must not leave a
 * campaign unopened, unreminded or open for ever: the sweep (every 5 minutes) opens, reminds and
 * closes what is overdue, and the author gets the results once — never twice, whether the lost
 * job comes back or the sweep runs again. Campaign and quick poll are made through the chat.
 */
let t: TestDatabase;
let u: Record<string, Unit>;
let intake: Intake;
let q: Questionnaire;
let connection: Redis;
let queues: QueueSet;
const T0 = vn('2026-11-20T09:00:00');
let now = T0;
const config = testConfig();
const i18n = createI18n();
const outbox = new Map<string, OutboundMessage[]>();
const official: Record<string, PersonRef> = {};
const ctv: PersonRef[] = [];
const ctx = () => ({ db: t.db, env: { i18n, config, clock: () => now }, logger: silentLogger, afterCommit: () => {} });
const sweep = () => surveySweepJob.run(ctx(), {}, {} as Job);
const at = (hours: number, minutes = 0) => new Date(T0.getTime() + hours * 3600_000 + minutes * 60_000);

let seq = 0;
function chat(p: PersonRef): ChatUser {
  const deliver = async (payload: Parameters<Intake['handle']>[0]['payload']): Promise<SeenMessage[]> => {
    const before = outbox.get(p.accountId)?.length ?? 0;
    await intake.handle({ channel: 'sandbox', accountId: p.accountId, updateKey: `${p.accountId}-${++seq}`, receivedAt: now, payload });
    return (outbox.get(p.accountId) ?? []).slice(before).map((m) => ({ text: m.type === 'text' ? m.text : '', choices: m.choices ?? [] }));
  };
  return { send: (text) => deliver({ type: 'text', text }), press: (data) => deliver({ type: 'choice', data }) };
}
const texts = (seen: SeenMessage[]) => seen.map((m) => m.text).join('\n');
const sendsOf = (campaignId: string, what: string) =>
  t.db
    .select()
    .from(sends)
    .where(eq(sends.purpose, `survey-${campaignId}-${what}`));

beforeAll(async () => {
  t = await createTestDatabase();
  u = await seedUnits(t.db, [
    { key: 'p', name: 'Tỉnh Thái Nguyên' },
    { key: 'a', name: 'Xã Tân Cương', parent: 'p' },
    { key: 'b', name: 'Phường Gia Sàng', parent: 'p' },
  ]);
  official.po = await addPerson(t.db, u.p!.id, 'official', 'Cán bộ tỉnh');
  for (let i = 0; i < 6; i++) ctv.push(await addPerson(t.db, (i % 2 ? u.b : u.a)!.id, 'collaborator', `CTV ${i}`, { stratum: 'nong_dan' }));
  intake = createCollectingIntake(t.db, config, outbox, { clock: () => now, maxTextLength: 4000 });
  q = fixtureQuestionnaire();
  await importQuestionnaire(t.db, q);
  connection = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
  queues = createQueueSet({ connection, prefix: testQueuePrefix(), names: [] });
});
afterAll(async () => {
  await queues?.get(REPORTING_QUEUE).obliterate({ force: true });
  await queues?.close();
  await connection?.quit();
  await t?.close();
});

const ids = { survey: '', poll: '' };

describe('the survey sweep behind lost delayed jobs', () => {
  it('a campaign (one week, reminder half-way) and a quick poll (one day) are made in chat', async () => {
    const me = chat(official.po!);
    let seen = await surveyToTimeLimit(me);
    seen = await me.press(choiceOf(seen.at(-1), '1 tuần').data);
    seen = await me.press(choiceOf(seen.at(-1), /Gửi khảo sát/).data);
    expect(texts(seen)).toMatch(/đợt khảo sát số \d+/);
    for (const s of ['/taothamdo', 'Đồng chí có dùng dịch vụ công trực tuyến không?', 'Có\nKhông', '1', 'khong', '1 ngay', '1', 'tat ca', '1', '1'])
      seen = await me.send(s);
    expect(texts(seen)).toMatch(/đang gửi tới 6 người/);
    const rows = await t.db.select().from(surveyCampaigns).where(eq(surveyCampaigns.authorId, official.po!.id));
    ids.survey = rows.find((c) => c.kind === 'survey')!.id;
    ids.poll = rows.find((c) => c.kind === 'poll')!.id;
    expect(rows.every((c) => c.status === 'scheduled')).toBe(true);
  });

  it('Redis loses their delayed jobs after the relay moved them there', async () => {
    const relay = createRelay({ db: t.db, queues, logger: silentLogger, clock: () => now });
    while ((await relay.runOnce()) > 0);
    const queue = queues.get(REPORTING_QUEUE);
    const jobIds = [
      ...(['open', 'remind', 'close'] as const).map((w) => surveyJobId(w, ids.survey)),
      ...(['open', 'close'] as const).map((w) => surveyJobId(w, ids.poll)),
    ];
    for (const id of jobIds) {
      const job = await queue.getJob(id);
      expect(job, id).toBeDefined();
      await job!.remove();
    }
    for (const id of jobIds) expect(await queue.getJob(id)).toBeUndefined();
  });

  it('the sweep leaves the on-time job its moment, then opens both and invites everyone once', async () => {
    now = at(0, 1);
    expect(await sweep()).toBe('opened 0, invited 0, reminded 0, closed 0');
    now = at(0, 5);
    expect(await sweep()).toBe('opened 2, invited 0, reminded 0, closed 0');
    expect(await sweep()).toBe('opened 0, invited 0, reminded 0, closed 0');
    for (const id of [ids.survey, ids.poll]) {
      const [c] = await t.db.select().from(surveyCampaigns).where(eq(surveyCampaigns.id, id));
      expect([c!.status, c!.recipients, c!.invitedAt?.toISOString()]).toEqual(['open', 6, now.toISOString()]);
      expect((await sendsOf(id, 'invite')).map((s) => s.personId).sort()).toEqual(ctv.map((p) => p.id).sort());
    }
  });

  it('a worker killed half-way through the invitations: the sweep finishes them, nobody invited twice', async () => {
    const cut = ctv.slice(0, 2).map((p) => p.id);
    await t.db.delete(sends).where(and(eq(sends.purpose, `survey-${ids.survey}-invite`), inArray(sends.personId, cut)));
    await t.db.update(surveyCampaigns).set({ invitedAt: null }).where(eq(surveyCampaigns.id, ids.survey));
    now = at(0, 10);
    expect(await sweep()).toBe('opened 0, invited 1, reminded 0, closed 0');
    const invites = await sendsOf(ids.survey, 'invite');
    expect(invites.map((s) => s.personId).sort()).toEqual(ctv.map((p) => p.id).sort());
    // The open job, had it survived, comes too late to do anything.
    expect(await openCampaign(surveyEnv(ctx()), ids.survey)).toBe('noop');
  });

  it('answers come in; the poll closes at its time with its results to the author, once', async () => {
    now = at(1);
    for (const p of ctv.slice(0, 3)) await chat(p).press(`p:${ids.poll}:0`);
    const me = chat(ctv[0]!);
    const out = await answerSurvey(me, q, await me.send(`/khaosat`), fullScript(), { send: true });
    expect(texts(out.last)).toMatch(/Đã ghi nhận phiếu khảo sát/);
    now = at(24, 1);
    expect(await sweep()).toBe('opened 0, invited 0, reminded 0, closed 0');
    now = at(24, 5);
    expect(await sweep()).toBe('opened 0, invited 0, reminded 0, closed 1');
    const results = await sendsOf(ids.poll, 'results');
    expect(results.map((r) => r.personId)).toEqual([official.po!.id]);
    expect((results[0]!.message as { text: string }).text).toMatch(/đã kết thúc/);
  });

  it('the survey’s reminder goes, once, only to those who have not answered', async () => {
    now = at(84, 5);
    expect(await sweep()).toBe('opened 0, invited 0, reminded 1, closed 0');
    expect(await sweep()).toBe('opened 0, invited 0, reminded 0, closed 0');
    const reminded = await sendsOf(ids.survey, 'remind');
    expect(reminded.map((r) => r.personId).sort()).toEqual(
      ctv
        .slice(1)
        .map((p) => p.id)
        .sort(),
    );
  });

  it('the survey closes after its time; the author gets the results once, whatever runs again', async () => {
    now = at(168, 5);
    expect(await sweep()).toBe('opened 0, invited 0, reminded 0, closed 1');
    expect(await sweep()).toBe('opened 0, invited 0, reminded 0, closed 0');
    // The lost close job, had Redis kept it after all, finds the campaign closed.
    expect(await closeCampaign(surveyEnv(ctx()), ids.survey)).toBe('noop');
    const results = await sendsOf(ids.survey, 'results');
    expect(results.map((r) => r.personId)).toEqual([official.po!.id]);
    expect((results[0]!.message as { text: string }).text).toMatch(/KẾT QUẢ KHẢO SÁT SỐ \d+ \(đã kết thúc\)[\s\S]*Số phiếu: 1/);
    const [c] = await t.db.select().from(surveyCampaigns).where(eq(surveyCampaigns.id, ids.survey));
    expect([c!.status, c!.closedAt?.toISOString()]).toEqual(['closed', now.toISOString()]);
    const late = await t.db
      .select()
      .from(surveyRecipients)
      .where(and(eq(surveyRecipients.campaignId, ids.survey), eq(surveyRecipients.personId, ctv[1]!.id)));
    expect(late[0]!.respondedAt).toBeNull();
    expect(texts(await chat(ctv[1]!).send(`/khaosat ${c!.number}`))).toMatch(/đã kết thúc/);
    // Nothing about these two campaigns is left in the outbox for a job that no longer exists.
    expect(
      await t.db
        .select()
        .from(sends)
        .where(like(sends.purpose, `survey-${ids.survey}-results%`)),
    ).toHaveLength(1);
  });

  it('no opening or reminder in quiet hours: the sweep waits for the morning', async () => {
    const [c] = await t.db.select().from(surveyCampaigns).where(eq(surveyCampaigns.id, ids.survey));
    const night = vn('2026-12-01T23:30:00');
    const [copy] = await t.db
      .insert(surveyCampaigns)
      .values({
        ...c!,
        id: undefined,
        number: undefined,
        status: 'scheduled',
        opensAt: night,
        closesAt: vn('2026-12-03T23:00:00'),
        invitedAt: null,
        closedAt: null,
        remindAt: null,
        remindedAt: null,
        recipients: 0,
        createdAt: night,
      })
      .returning();
    now = vn('2026-12-02T01:00:00');
    expect(await sweep()).toBe('opened 0, invited 0, reminded 0, closed 0');
    now = vn('2026-12-02T06:05:00');
    expect(await sweep()).toBe('opened 1, invited 0, reminded 0, closed 0');
    expect(await sendsOf(copy!.id, 'invite')).toHaveLength(6);
  });
});
