import type { Db } from '../../db/client.js';
import { sends, broadcasts, surveyRecipients, surveyResponses } from '../../db/schema/index.js';
import { POLL_QUESTION, storePoll } from '../../core/polls/poll.js';
import { vn } from './reporting-fixtures.js';
import { type PersonRef, type Unit } from '../../testkit/seed.js';

/** The Ban's own work in the month: one guidance broadcast (ack asked) and one closed poll. */
export async function seedBanWork(db: Db, u: Record<string, Unit>, p: Record<string, PersonRef>): Promise<void> {
  const [b] = await db
    .insert(broadcasts)
    .values({
      authorId: p.po!.id,
      unitId: u.p!.id,
      title: 'Thông tin chính thức về quy hoạch khu công nghiệp',
      body: 'Nội dung định hướng',
      requireAck: true,
      status: 'done',
      createdAt: vn('2026-11-13T08:00:00'),
      startedAt: vn('2026-11-13T08:00:00'),
      finishedAt: vn('2026-11-13T08:05:00'),
    })
    .returning({ id: broadcasts.id });
  const states = [
    [p.a1!, u.a!, 'acknowledged'],
    [p.a2!, u.a!, 'acknowledged'],
    [p.b1!, u.b!, 'sent'],
    [p.b2!, u.b!, 'unreachable'],
  ] as const;
  await db.insert(sends).values(
    states.map(([person, unit, state]) => ({
      purpose: `bc-${b!.id}`,
      lane: 'broadcast' as const,
      broadcastId: b!.id,
      personId: person.id,
      unitId: unit.id,
      state,
    })),
  );
  const poll = await storePoll(db, {
    authorId: p.po!.id,
    unitId: u.p!.id,
    question: 'Nhân dân có nắm được chủ trương hỗ trợ giá phân bón không?',
    options: ['Nắm rõ', 'Chưa rõ'],
    status: 'closed',
    recipients: 4,
    closesAt: vn('2026-11-16T17:00:00'),
    closedAt: vn('2026-11-16T17:00:00'),
    createdAt: vn('2026-11-15T08:00:00'),
  });
  const voters = [
    [p.a1!, u.a!, [1]],
    [p.a2!, u.a!, [1]],
    [p.b1!, u.b!, [0]],
  ] as const;
  await db
    .insert(surveyRecipients)
    .values([
      ...voters.map(([person, unit]) => ({ campaignId: poll.id, personId: person.id, unitId: unit.id, respondedAt: vn('2026-11-15T09:00:00') })),
      { campaignId: poll.id, personId: p.b2!.id, unitId: u.b!.id },
    ]);
  await db.insert(surveyResponses).values(
    voters.map(([person, unit, choices]) => ({
      campaignId: poll.id,
      unitId: unit.id,
      mode: 'self' as const,
      answers: { [POLL_QUESTION]: [...choices] },
      submittedOn: '2026-11-15',
      voterKey: person.id,
      personId: person.id,
    })),
  );
}
