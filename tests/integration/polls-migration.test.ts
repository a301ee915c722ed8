import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { migrationsFolder, openDatabase, rowsOf, type Database } from '../../db/client.js';
import { outbox, surveyCampaigns, surveyRecipients, surveyResponses } from '../../db/schema/index.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { silentLogger } from '../../core/kernel/logger.js';
import type { InboundMessage, OutboundMessage } from '../../core/kernel/messages.js';
import { pollResults } from '../../core/polls/results.js';
import { answerPoll, loadPoll } from '../../core/polls/poll.js';
import { createIntake } from '../../bot/engine/intake.js';
import { createPollsFeature } from '../../bot/features/polls/feature.js';
import { vn } from './reporting-fixtures.js';
import { addPerson, seedUnits, type PersonRef, type Unit } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';

/**
 * The move of quick polls into the survey tables (migrations *_surveys_quick_polls and
 * *_polls_into_surveys, which also drops the poll tables): a database migrated up to the one before them gets poll
 * rows of every kind, the rest of the migrations run, and the polls are read back, answered and
 * closed through the new code — including with the buttons of the old messages.
 */
const FIRST_NEW = '_surveys_quick_polls';

let database: Database;
let dbName = '';
let adminUrl = '';
let u: Record<string, Unit>;
const p: Record<string, PersonRef> = {};
const now = vn('2026-11-20T09:00:00');
const config = testConfig();
const { t: tr } = createI18n();
const replies: { accountId: string; messages: OutboundMessage[] }[] = [];
let seq = 0;
let intake: ReturnType<typeof createIntake>;
const id = { named: '', closed: '', unsent: '', anon: '' };
const salt = 'a1b2c3d4e5f6a7b8a1b2c3d4e5f6a7b8';
const key = (s: string, personId: string) => createHash('sha256').update(`${s}:${personId}`).digest('hex');

/** A copy of the migrations folder whose journal stops before the first migration of the move. */
function migrationsBefore(tagEnd: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dlxh-mig-'));
  cpSync(migrationsFolder, dir, { recursive: true });
  const path = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(path, 'utf8')) as { entries: { tag: string }[] };
  const cut = journal.entries.findIndex((e) => e.tag.endsWith(tagEnd));
  if (cut < 1) throw new Error(`no migration ${tagEnd}`);
  journal.entries = journal.entries.slice(0, cut);
  writeFileSync(path, JSON.stringify(journal));
  return dir;
}

beforeAll(async () => {
  // Runs on the real Postgres of the test run (the migrations are Postgres SQL; PGlite is not stepped).
  adminUrl = inject('pgAdminUrl') ?? '';
  if (!adminUrl) throw new Error('the poll migration test needs the Postgres server of the test run');
  dbName = `dlxh_t_${inject('runId')}_mig_${randomBytes(3).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${dbName}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  // Up to the migration before the move.
  const before = migrationsBefore(FIRST_NEW);
  const early = postgres(url.toString(), { max: 1, onnotice: () => {} });
  try {
    await migrate(drizzle(early), { migrationsFolder: before });
  } finally {
    rmSync(before, { recursive: true, force: true });
  }
  database = await openDatabase({ url: url.toString(), max: 3 });
  u = await seedUnits(database.db, [
    { key: 'p', name: 'Tỉnh Thái Nguyên' },
    { key: 'a', name: 'Xã Tân Cương', parent: 'p' },
    { key: 'b', name: 'Phường Gia Sàng', parent: 'p' },
  ]);
  p.po = await addPerson(database.db, u.p!.id, 'official', 'Cán bộ tỉnh');
  p.a1 = await addPerson(database.db, u.a!.id, 'collaborator', 'CTV An', { stratum: 'nong_dan' });
  p.a2 = await addPerson(database.db, u.a!.id, 'collaborator', 'CTV Bình');
  p.b1 = await addPerson(database.db, u.b!.id, 'collaborator', 'CTV Cúc');
  const poll = async (q: string, options: string[], o: { multi?: boolean; anonymous?: boolean; salt?: string | null; status: string; closes: string }) => {
    const rows = await early`
      insert into polls (author_id, unit_id, filters, question, options, multi, anonymous, salt, status, recipients, closes_at, closed_at, created_at)
      values (${p.po!.id}, ${u.p!.id}, ${JSON.stringify({ roles: ['collaborator'] })}::text::jsonb, ${q}, ${JSON.stringify(options)}::text::jsonb, ${o.multi ?? false}, ${o.anonymous ?? false},
              ${o.salt ?? null}, ${o.status}, 3, ${vn(o.closes).toISOString()}::timestamptz, ${o.status === 'closed' ? vn(o.closes).toISOString() : null}::timestamptz, ${vn('2026-11-19T08:00:00').toISOString()}::timestamptz)
      returning id`;
    return String(rows[0]!.id);
  };
  const asked = async (pollId: string, who: PersonRef[]) => {
    for (const w of who) await early`insert into poll_recipients (poll_id, person_id, unit_id) select ${pollId}, id, unit_id from people where id = ${w.id}`;
  };
  const answered = async (pollId: string, who: PersonRef, voterKey: string, named: boolean, choices: number[]) => {
    await early`insert into poll_answers (poll_id, voter_key, person_id, unit_id, choices, created_at, updated_at)
                select ${pollId}, ${voterKey}, ${named ? who.id : null}, unit_id, ${JSON.stringify(choices)}::text::jsonb, ${vn('2026-11-19T10:00:00').toISOString()}::timestamptz, ${vn('2026-11-19T10:00:00').toISOString()}::timestamptz
                from people where id = ${who.id}`;
  };
  // A named open poll, sent, two answers.
  id.named = await poll('Đồng chí đánh giá thế nào về việc điều chỉnh giá điện?', ['Hợp lý', 'Chưa hợp lý', 'Không có ý kiến'], {
    status: 'open',
    closes: '2026-11-22T09:00:00',
  });
  await asked(id.named, [p.a1!, p.a2!, p.b1!]);
  await answered(id.named, p.a1!, p.a1!.id, true, [0]);
  await answered(id.named, p.a2!, p.a2!.id, true, [1]);
  // An anonymous multiple-choice poll, closed (its salt erased).
  id.closed = await poll('Nguồn thông tin đồng chí dùng?', ['Báo in', 'Mạng xã hội'], {
    multi: true,
    anonymous: true,
    status: 'closed',
    closes: '2026-11-19T20:00:00',
  });
  await asked(id.closed, [p.a1!, p.b1!]);
  await answered(id.closed, p.a1!, 'k1'.padEnd(64, '0'), false, [0, 1]);
  await answered(id.closed, p.b1!, 'k2'.padEnd(64, '0'), false, [1]);
  // An open poll whose question has not gone out yet (its send and close jobs wait in the outbox).
  id.unsent = await poll('Câu hỏi chưa gửi?', ['Có', 'Không'], { anonymous: true, salt, status: 'open', closes: '2026-11-23T09:00:00' });
  await early`insert into outbox (queue, name, payload, job_id, run_at) values
    ('reporting', 'poll-send', ${JSON.stringify({ pollId: id.unsent })}::text::jsonb, ${`poll-send-${id.unsent}`}, ${vn('2026-11-20T09:30:00').toISOString()}::timestamptz),
    ('reporting', 'poll-close', ${JSON.stringify({ pollId: id.unsent })}::text::jsonb, ${`poll-close-${id.unsent}`}, ${vn('2026-11-23T09:00:00').toISOString()}::timestamptz)`;
  // An anonymous open multiple-choice poll, sent, one answer keyed by the live salt.
  id.anon = await poll('Đồng chí quan tâm chủ đề nào?', ['Giá cả', 'Việc làm', 'Môi trường'], {
    multi: true,
    anonymous: true,
    salt,
    status: 'open',
    closes: '2026-11-22T09:00:00',
  });
  await asked(id.anon, [p.a1!, p.a2!]);
  await answered(id.anon, p.a1!, key(salt, p.a1!.id), false, [0, 2]);
  await early.end();
  // The rest: the move itself.
  await database.migrate();
  intake = createIntake({
    db: database.db,
    features: [createPollsFeature({ config })],
    t: tr,
    logger: silentLogger,
    maxTextLength: 4000,
    defaultLocale: 'vi',
    deliver: async (account, messages) => void replies.push({ accountId: account.accountId, messages }),
    clock: () => now,
  });
}, 120_000);

afterAll(async () => {
  await database?.close();
  if (!dbName) return;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${dbName} with (force)`);
  await admin.end();
});

const press = (who: PersonRef, data: string) =>
  intake.handle({
    channel: 'sandbox',
    updateKey: `m${++seq}`,
    accountId: who.accountId,
    receivedAt: now,
    payload: { type: 'choice', data } as InboundMessage['payload'],
  });
const last = (who: PersonRef) =>
  replies
    .filter((r) => r.accountId === who.accountId)
    .at(-1)
    ?.messages.map((m) => (m.type === 'text' ? m.text : ''))
    .join('\n') ?? '';

describe('quick polls moved into the survey tables', () => {
  it('drops the poll tables and keeps every poll as a one-question campaign under its id', async () => {
    const left = rowsOf<{ t: string | null }>(await database.db.execute(sql`select to_regclass('polls')::text as t`));
    expect(left[0]!.t).toBeNull();
    const campaigns = await database.db.select().from(surveyCampaigns);
    expect(Object.fromEntries(campaigns.map((c) => [c.id, [c.kind, c.status, c.anonymous]]))).toEqual({
      [id.named]: ['poll', 'open', false],
      [id.closed]: ['poll', 'closed', true],
      [id.unsent]: ['poll', 'scheduled', true],
      [id.anon]: ['poll', 'open', true],
    });
    const named = await loadPoll(database.db, id.named);
    expect([named!.question, named!.options, named!.multi]).toEqual([
      'Đồng chí đánh giá thế nào về việc điều chỉnh giá điện?',
      ['Hợp lý', 'Chưa hợp lý', 'Không có ý kiến'],
      false,
    ]);
    expect((await loadPoll(database.db, id.closed))!.multi).toBe(true);
  });

  it('reads the results back as before: totals, per unit, who responded', async () => {
    const r = await pollResults(database.db, id.named);
    expect([r!.recipients, r!.answered, r!.totals]).toEqual([3, 2, [1, 1, 0]]);
    expect(r!.byUnit.map((b) => [b.unitName, b.recipients, b.answered, b.counts])).toEqual([
      ['Phường Gia Sàng', 1, 0, [0, 0, 0]],
      ['Xã Tân Cương', 2, 2, [1, 1, 0]],
    ]);
    const responded = await database.db
      .select({ personId: surveyRecipients.personId })
      .from(surveyRecipients)
      .where(and(eq(surveyRecipients.campaignId, id.named), sql`${surveyRecipients.respondedAt} is not null`));
    expect(responded.map((x) => x.personId).sort()).toEqual([p.a1!.id, p.a2!.id].sort());
    const closed = await pollResults(database.db, id.closed);
    expect([closed!.poll.status, closed!.answered, closed!.totals]).toEqual(['closed', 2, [1, 2]]);
    expect(closed!.byUnit.every((b) => b.counts === null)).toBe(true);
  });

  it('old buttons still record the vote, change it, or answer kindly once closed', async () => {
    await press(p.b1!, `p:${id.named}:2`);
    expect(last(p.b1!)).toContain('Đã ghi nhận: «Không có ý kiến»');
    await press(p.a1!, `p:${id.named}:1`);
    expect(last(p.a1!)).toContain('Đã ghi nhận: «Chưa hợp lý»');
    const rows = await database.db.select().from(surveyResponses).where(eq(surveyResponses.campaignId, id.named));
    expect(rows.map((r) => [r.personId, r.answers.q]).sort()).toEqual(
      [
        [p.a1!.id, [1]],
        [p.a2!.id, [1]],
        [p.b1!.id, [2]],
      ].sort(),
    );
    await press(p.a1!, `p:${id.closed}:0`);
    expect(last(p.a1!)).toContain('đã kết thúc');
    await press(p.po!, `pr:${id.named}`);
    expect(last(p.po!)).toContain('Đã trả lời: 3/3');
  });

  it('an anonymous answer made before the move is found again by its salted key', async () => {
    const toggled = await database.db.transaction((tx) => answerPoll(tx, p.a1!, id.anon, 0, now, config.TIMEZONE));
    expect(toggled.ok && toggled.choices).toEqual([2]);
    const rows = await database.db.select().from(surveyResponses).where(eq(surveyResponses.campaignId, id.anon));
    expect(rows.map((r) => [r.voterKey, r.personId, r.answers.q])).toEqual([[key(salt, p.a1!.id), null, [2]]]);
  });

  it('the unsent poll’s jobs become the survey open and close jobs', async () => {
    const jobs = await database.db.select().from(outbox);
    expect(jobs.map((j) => [j.name, j.jobId]).sort()).toEqual(
      [
        ['survey-close', `survey-close-${id.anon}`],
        ['survey-close', `survey-close-${id.named}`],
        ['survey-close', `survey-close-${id.unsent}`],
        ['survey-open', `survey-open-${id.unsent}`],
      ].sort(),
    );
  });
});
