import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import {
  broadcasts,
  channelAccounts,
  hotSpotEvents,
  hotSpots,
  people,
  reportRequestRecipients,
  reportRequests,
  reports,
  sends,
  surveyRecipients,
  surveyResponses,
} from '../../db/schema/index.js';
import { deliveryPurpose } from '../broadcasts/jobs.js';
import { formatPeriod, shiftPeriod } from '../kernel/periods.js';
import { POLL_QUESTION, storePoll } from '../polls/poll.js';
import { CONSENT_VERSION } from '../people/invites.js';
import { submitReport } from '../reports/submit.js';
import { DEMO_COLLABORATORS, DEMO_HOT_SPOTS, DEMO_ISSUES } from './month-content.js';

const DAY = 86_400_000;

/** A fixed sequence, so the demo reads the same on every fresh start. */
function sequence(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/**
 * A realistic month of demo activity so every console page shows data on `npm start`: more
 * collaborators, periodic reports for the last and current period (some late, some missing),
 * quick reports, hot spots with coordinates and timelines, a guidance with acknowledgements and
 * a closed poll, a report request some answered (one late). History only: nothing is queued, so no one's sandbox chat is flooded.
 */
export async function seedDemoMonth(tx: Executor, units: Map<string, { id: string }>, now: Date): Promise<void> {
  const rnd = sequence(14);
  const officials = await tx
    .select({ id: people.id, unitId: people.unitId })
    .from(people)
    .where(sql`role = 'official'`);
  for (const c of DEMO_COLLABORATORS) {
    await tx.insert(people).values({
      displayName: c.name,
      role: 'collaborator',
      unitId: units.get(c.unit)!.id,
      stratum: c.stratum,
      consentAt: new Date(now.getTime() - 90 * DAY),
      consentVersion: CONSENT_VERSION,
      createdAt: new Date(now.getTime() - 90 * DAY),
    });
  }
  const collaborators = await tx
    .select({ id: people.id, unitId: people.unitId })
    .from(people)
    .where(sql`role = 'collaborator'`);
  await tx.update(people).set({ createdAt: new Date(now.getTime() - 90 * DAY) });
  const local = new Date(now.getTime() + 7 * 3_600_000);
  const thisMonth = formatPeriod(local.getUTCFullYear(), local.getUTCMonth() + 1);
  await periodicReports(tx, collaborators, [shiftPeriod(thisMonth, -1), thisMonth], now, rnd);
  await quickReports(tx, collaborators, now, rnd);
  await hotSpotHistory(tx, units, collaborators, officials, now, rnd);
  await guidance(tx, units, officials[0]!, collaborators, now, rnd);
  await poll(tx, units, officials[0]!, collaborators, now);
  await reportRequest(tx, units, officials[0]!, collaborators, now);
  await tx
    .insert(channelAccounts)
    .values(
      collaborators.map((c) => ({ personId: c.id, channel: 'sandbox', externalId: `p-${c.id}`, lastInboundAt: new Date(now.getTime() - rnd() * 10 * DAY) })),
    );
}

type Person = { id: string; unitId: string };

async function periodicReports(tx: Executor, who: Person[], periods: string[], now: Date, rnd: () => number) {
  for (const [pi, period] of periods.entries()) {
    for (const [i, c] of who.entries()) {
      if (rnd() < (pi === 0 ? 0.15 : 0.45)) continue; // some never file, more have not yet filed this period
      const issue = DEMO_ISSUES[(i + pi) % DEMO_ISSUES.length]!;
      const at = pi === 0 ? new Date(now.getTime() - (12 + rnd() * 18) * DAY) : new Date(now.getTime() - rnd() * 6 * DAY);
      const draft = {
        kind: 'periodic',
        period,
        assessment: rnd() < 0.7 ? 'on_dinh' : 'co_ban_on_dinh',
        mood: rnd() < 0.6 ? 'binh_thuong' : 'lo_lang',
        issues: [issueDraft(issue)],
        rumours: i % 3 === 0 ? 'Tin đồn về việc thu hồi sổ đỏ sau sáp nhập xã, đã được chính quyền cải chính.' : null,
        goodPractices: i % 4 === 0 ? 'Mô hình "Tổ tự quản an ninh trật tự" của khu phố hoạt động hiệu quả.' : null,
      };
      await submitReport(tx, draft, { personId: c.id, unitId: c.unitId, channel: 'sandbox' }, at);
    }
  }
  await tx
    .update(reports)
    .set({ status: 'received' })
    .where(sql`kind = 'periodic' and submitted_at < ${new Date(now.getTime() - 10 * DAY).toISOString()}`);
}

function issueDraft(issue: (typeof DEMO_ISSUES)[number]) {
  return {
    topicCode: issue.topic,
    title: issue.title,
    scope: 'dia_phuong',
    summary: issue.summary,
    streams: issue.streams.map(([stance, prevalence, holderGroup, content]) => ({ stance, prevalence, holderGroup, content })),
    source: 'truc_tiep',
    reliability: 'da_kiem_chung',
  };
}

async function quickReports(tx: Executor, who: Person[], now: Date, rnd: () => number) {
  for (let i = 0; i < 10; i++) {
    const c = who[i % who.length]!;
    const issue = DEMO_ISSUES[(i * 5) % DEMO_ISSUES.length]!;
    const at = new Date(now.getTime() - rnd() * 28 * DAY);
    const local = new Date(at.getTime() + 7 * 3_600_000);
    const period = formatPeriod(local.getUTCFullYear(), local.getUTCMonth() + 1);
    await submitReport(tx, { kind: 'quick', period, issues: [issueDraft(issue)], spread: 'xa' }, { personId: c.id, unitId: c.unitId, channel: 'sandbox' }, at);
  }
}

async function hotSpotHistory(tx: Executor, units: Map<string, { id: string }>, who: Person[], officials: Person[], now: Date, rnd: () => number) {
  const statuses = ['open', 'acknowledged', 'handling', 'resolved', 'resolved', 'false_alarm', 'handling', 'resolved'] as const;
  for (const [i, h] of DEMO_HOT_SPOTS.entries()) {
    const unitId = units.get(h.unit)!.id;
    const reporter = who.find((c) => c.unitId === unitId) ?? who[0]!;
    const official = officials[i % officials.length]!;
    const status = statuses[i % statuses.length]!;
    // The open one is today's: an alert unacknowledged for days would read as escalation broken.
    const createdAt = new Date(now.getTime() - (status === 'open' ? 0.1 : 1 + rnd() * 25) * DAY);
    const climbed = status === 'open' ? escalation(units, unitId, officials, createdAt) : null;
    const taken = status !== 'open' ? new Date(createdAt.getTime() + (10 + rnd() * 50) * 60_000) : null;
    const [row] = await tx
      .insert(hotSpots)
      .values({
        receiptNo: `DN-DEMO-${String(i + 1).padStart(3, '0')}`,
        category: h.category,
        severity: h.severity,
        unitId,
        levelUnitId: climbed?.levelUnitId ?? unitId,
        escalationStep: climbed && climbed.levelUnitId !== unitId ? 1 : 0,
        reporterId: reporter.id,
        placeText: h.place,
        latitude: h.lat,
        longitude: h.lng,
        peopleEstimate: h.people,
        description: h.text,
        status,
        acknowledgedBy: taken ? official.id : null,
        acknowledgedAt: taken,
        resultNote: status === 'resolved' ? 'Đã tổ chức đối thoại, giải thích chính sách; tình hình ổn định.' : null,
        resultShareable: status === 'resolved',
        createdAt,
        updatedAt: taken ?? createdAt,
      })
      .returning({ id: hotSpots.id });
    const events: (typeof hotSpotEvents.$inferInsert)[] = [{ hotSpotId: row!.id, kind: 'created', actorId: reporter.id, unitId, createdAt }];
    for (const e of climbed?.events ?? []) events.push({ hotSpotId: row!.id, ...e });
    if (taken) events.push({ hotSpotId: row!.id, kind: 'acknowledged', actorId: official.id, unitId: official.unitId, createdAt: taken });
    if (status === 'handling') events.push({ hotSpotId: row!.id, kind: 'handling', actorId: official.id, createdAt: new Date(taken!.getTime() + 3_600_000) });
    if (status === 'resolved' || status === 'false_alarm') {
      events.push({
        hotSpotId: row!.id,
        kind: status,
        actorId: official.id,
        note: status === 'resolved' ? 'Đã tổ chức đối thoại, giải thích chính sách.' : null,
        createdAt: new Date(taken!.getTime() + DAY),
      });
    }
    await tx.insert(hotSpotEvents).values(events);
  }
}

async function guidance(tx: Executor, units: Map<string, { id: string }>, author: Person, who: Person[], now: Date, rnd: () => number) {
  const startedAt = new Date(now.getTime() - 9 * DAY);
  const [b] = await tx
    .insert(broadcasts)
    .values({
      authorId: author.id,
      unitId: units.get('DEMO-TINH')!.id,
      title: 'Định hướng thông tin về sắp xếp đơn vị hành chính cấp xã',
      body: 'Đề nghị các đồng chí cộng tác viên nắm tình hình dư luận, kịp thời cung cấp thông tin chính thống về việc sắp xếp đơn vị hành chính; không chia sẻ tin chưa kiểm chứng.',
      requireAck: true,
      status: 'done',
      audienceSize: who.length,
      fanoutDone: true,
      startedAt,
      createdAt: startedAt,
      // Finished, reminded and reported long ago: the broadcast monitor leaves it alone.
      finishedAt: new Date(startedAt.getTime() + 3_600_000),
      remindedAt: new Date(startedAt.getTime() + 4 * 3_600_000),
      reportedAt: new Date(startedAt.getTime() + DAY),
    })
    .returning({ id: broadcasts.id });
  await tx.insert(sends).values(
    who.map((c) => {
      const acked = rnd() < 0.7;
      return {
        purpose: deliveryPurpose(b!.id),
        lane: 'broadcast' as const,
        broadcastId: b!.id,
        personId: c.id,
        unitId: c.unitId,
        channel: 'sandbox',
        state: acked ? ('acknowledged' as const) : ('sent' as const),
        partsSent: 1,
        sentAt: startedAt,
        ackedAt: acked ? new Date(startedAt.getTime() + 3 * 3_600_000) : null,
      };
    }),
  );
}

async function poll(tx: Executor, units: Map<string, { id: string }>, author: Person, who: Person[], now: Date) {
  const createdAt = new Date(now.getTime() - 6 * DAY);
  const closedAt = new Date(createdAt.getTime() + 2 * DAY);
  const { id } = await storePoll(tx, {
    authorId: author.id,
    unitId: units.get('DEMO-TINH')!.id,
    question: 'Đồng chí đánh giá thế nào về việc công khai phương án bồi thường dự án ĐT743?',
    options: ['Đã đầy đủ', 'Cần công khai thêm', 'Chưa nắm được thông tin'],
    anonymous: true,
    status: 'closed',
    recipients: who.length,
    closesAt: closedAt,
    closedAt,
    createdAt,
  });
  const answered = who.slice(0, -1);
  await tx
    .insert(surveyRecipients)
    .values(who.map((c, i) => ({ campaignId: id, personId: c.id, unitId: c.unitId, respondedAt: i < answered.length ? createdAt : null })));
  await tx.insert(surveyResponses).values(
    answered.map((c, i) => ({
      campaignId: id,
      unitId: c.unitId,
      mode: 'self' as const,
      answers: { [POLL_QUESTION]: [i % 3] },
      submittedOn: createdAt.toISOString().slice(0, 10),
      voterKey: `demo-${i}`,
    })),
  );
}

type DemoEvent = Omit<typeof hotSpotEvents.$inferInsert, 'hotSpotId'>;

/**
 * What the escalation did with an alert nobody acknowledged, as history: its unit's officials
 * told at once, then, the 10 minutes of a level 4 gone, the province's (nothing is queued).
 */
function escalation(units: Map<string, { id: string }>, unitId: string, officials: Person[], at: Date): { levelUnitId: string; events: DemoEvent[] } {
  const province = units.get('DEMO-TINH')!.id;
  const later = new Date(at.getTime() + 10 * 60_000);
  const told = (unit: string, step: number, when: Date): DemoEvent[] =>
    officials
      .filter((o) => o.unitId === unit)
      .map((o) => ({ kind: 'notified', unitId: unit, data: { step, personId: o.id, channel: 'sandbox' }, createdAt: when }));
  if (unitId === province) return { levelUnitId: province, events: told(province, 0, at) };
  const climbed: DemoEvent = {
    kind: 'escalated',
    unitId: province,
    data: { fromStep: 0, toStep: 1, fromUnitId: unitId, toUnitId: province, reason: 'deadline' },
    createdAt: later,
  };
  return { levelUnitId: province, events: [...told(unitId, 0, at), climbed, ...told(province, 1, later)] };
}

/**
 * A report request from the province, due yesterday: most answered with a thematic report (one
 * after the due time), the rest did not — what Yêu cầu báo cáo and /yeucaubaocao_ds show.
 */
async function reportRequest(tx: Executor, units: Map<string, { id: string }>, author: Person, who: Person[], now: Date) {
  const createdAt = new Date(now.getTime() - 5 * DAY);
  const dueAt = new Date(now.getTime() - DAY);
  const asked = who.slice(0, 8);
  const [r] = await tx
    .insert(reportRequests)
    .values({
      authorId: author.id,
      unitId: units.get('DEMO-TINH')!.id,
      topicCode: 'CT05',
      subject: 'Dư luận về việc đổi tên xã, cập nhật giấy tờ sau sắp xếp đơn vị hành chính',
      questions: ['Người dân gặp khó khăn gì khi cập nhật giấy tờ?', 'Có tin đồn, thông tin sai lệch nào cần cải chính?'],
      dueAt,
      recipients: asked.length,
      createdAt,
    })
    .returning({ id: reportRequests.id });
  await tx.insert(reportRequestRecipients).values(asked.map((c) => ({ requestId: r!.id, personId: c.id, unitId: c.unitId })));
  const issue = DEMO_ISSUES[0]!;
  for (const [i, c] of asked.slice(0, 5).entries()) {
    const at = new Date(createdAt.getTime() + (i === 4 ? 4.5 : 0.5 + i * 0.7) * DAY);
    const local = new Date(at.getTime() + 7 * 3_600_000);
    const draft = {
      kind: 'thematic',
      period: formatPeriod(local.getUTCFullYear(), local.getUTCMonth() + 1),
      topicCode: issue.topic,
      title: 'Dư luận về việc đổi tên xã, cập nhật giấy tờ sau sắp xếp đơn vị hành chính',
      requestId: r!.id,
      issues: [issueDraft(issue)],
    };
    await submitReport(tx, draft, { personId: c.id, unitId: c.unitId, channel: 'sandbox' }, at);
  }
}
