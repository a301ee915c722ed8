import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import { broadcastSettings, createBroadcast } from '../../core/broadcasts/broadcast.js';
import { controlBroadcast } from '../../core/broadcasts/control.js';
import * as hs from '../../core/hot-spots/actions.js';
import { tickStep } from '../../core/hot-spots/playbook-steps.js';
import { resolveScope } from '../../core/people/official-scope.js';
import { createPoll } from '../../core/polls/poll.js';
import { createReportRequest } from '../../core/reports/requests/request.js';
import { createMeeting } from '../../core/meetings/meeting.js';
import { meetingRoster, recordAttendance, sendConclusions } from '../../core/meetings/attendance.js';
import { cancelMeeting } from '../../core/meetings/cancel.js';
import { FALLBACK_TOPIC } from '../../core/reports/topic-taxonomy.js';
import { changeStatus, editMember, inviteMember, replaceMember, type RosterEnv } from '../../core/people/roster.js';
import { forwardCase } from '../../core/cases/cases.js';
import { rateReport } from '../../core/network/ratings.js';
import { materialReaders, publishMaterial } from '../../core/network/materials.js';
import { reportDetail } from '../../core/reports/detail.js';
import { markReceived, requestMore, type ReviewEnv } from '../../core/reports/review.js';
import { requestSynthesis } from '../../core/synthesis/runs.js';
import { defaultsFromConfig } from '../../core/people/unit-tree.js';
import { createI18n } from '../../core/kernel/i18n.js';
import type { Executor } from '../../db/client.js';
import {
  auditLog,
  broadcasts,
  cases as caseRows,
  hotSpotEvents,
  meetings,
  people,
  reportRatings,
  reportRequests,
  reports,
  units,
} from '../../db/schema/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { raiseAlert, testEnv } from './hotspot-fixtures.js';
import { addPerson, seedTree, type Tree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';

/**
 * DESIGN §4.6 in one table: every official action on something in a commune, tried by the
 * commune's own official, by the province official above it (both in scope), by the official
 * of the neighbouring commune and of a sector branch (out of scope) and by a collaborator of the
 * commune. In scope: done and audited 'ok'. Out of scope: refused, nothing changed, audited
 * 'refused'. Each row creates its own fresh target. Console routes: scope-table-console.test.ts.
 */
type Who = 'commune' | 'province' | 'neighbour' | 'branch' | 'collaborator';
type Outcome = 'ok' | 'refused';
interface Actor {
  id: string;
  role: 'collaborator' | 'official' | 'admin';
  unitId: string;
  displayName: string;
}
interface Row {
  action: string;
  /** The audit action the door writes. */
  audited: string;
  setup(): Promise<string>;
  run(tx: Executor, actor: Actor, target: string): Promise<Outcome>;
  /** A snapshot of the target: must be equal before and after a refusal. */
  snapshot?(target: string): Promise<unknown>;
  /** Outcomes other than the usual (`expected` below): the confidential route's rows. */
  expect?: Partial<Record<Who, Outcome>>;
}

const config = testConfig({ QUIET_HOURS: '' });
const env = testEnv(config);
const { t } = createI18n();
const review: ReviewEnv = { timeZone: config.TIMEZONE, defaults: defaultsFromConfig(config), t };
const settings = { ...broadcastSettings(config), approvalThreshold: 1_000_000 };
const now = () => new Date();
const roster: RosterEnv = { t, inviteTtlHours: 72 };
const note = { topic: 'Kỹ năng', kind: 'note' as const, title: 'Năm bước', body: 'Nội dung ghi chú' };
let db: TestDatabase;
let tree: Tree;
let actors: Record<Who, Actor>;
let reporter: Actor;
let receipt = 0;
/** A responsible body (unit of kind co_quan) under the commune: the forward row's target. */
let policeId: string;

const okIf = (r: { ok: boolean }): Outcome => (r.ok ? 'ok' : 'refused');
const hotSpot = async () => (await raiseAlert(db.db, reporter, tree.commune)).hotSpotId;
const hotSpotRow = async (id: string) => (await db.db.query.hotSpots.findFirst({ where: (h, { eq: e }) => e(h.id, id) }))!;

async function report(confidentialUnitId: string | null = null): Promise<string> {
  const [r] = await db.db
    .insert(reports)
    .values({
      kind: 'quick',
      unitId: tree.commune,
      confidentialUnitId,
      reporterId: reporter.id,
      receiptNo: `BCN-T-${++receipt}-${Date.now()}`,
      status: 'submitted',
      submittedAt: new Date(),
    })
    .returning();
  return r!.id;
}
/** A fresh collaborator of the commune, active or suspended. */
async function member(status: 'active' | 'suspended' = 'active'): Promise<string> {
  const [p] = await db.db.insert(people).values({ displayName: 'CTV mới', role: 'collaborator', unitId: tree.commune, status }).returning({ id: people.id });
  return p!.id;
}
const personRow = async (id: string) => (await db.db.select().from(people).where(eq(people.id, id)))[0];
async function broadcast(): Promise<string> {
  const [b] = await db.db
    .insert(broadcasts)
    .values({ authorId: actors.province.id, unitId: tree.commune, title: 'Định hướng', body: 'Nội dung', status: 'sending', startedAt: new Date() })
    .returning();
  return b!.id;
}
/** A giao ban meeting of the commune that began two hours ago (or, `ahead`, begins in a day). */
async function meeting(ahead = false): Promise<string> {
  const at = Date.now() + (ahead ? 86_400_000 : -7_200_000);
  const [m] = await db.db
    .insert(meetings)
    .values({
      authorId: actors.province.id,
      unitId: tree.commune,
      title: 'Giao ban',
      startsAt: new Date(at),
      endsAt: new Date(at + 10_800_000),
      place: 'Hội trường',
    })
    .returning();
  return m!.id;
}
const meetingRow = async (id: string) => (await db.db.select().from(meetings).where(eq(meetings.id, id)))[0];
const thrown = async (p: Promise<unknown>): Promise<Outcome> =>
  p.then(
    () => 'ok' as const,
    (err: Error) => (err.name === 'ScopeError' ? 'refused' : Promise.reject(err)),
  );

/**
 * Issue 13 §7: a report or alert of the commune sent «chỉ cấp trên» (to the province, the unit
 * above) is out of the commune official's scope for every action, as for any other unit skipped.
 */
const SKIPPED: Partial<Record<Who, Outcome>> = { commune: 'refused' };
const confidentialReport = () => report(tree.province);
const confidentialHotSpot = async () => (await raiseAlert(db.db, reporter, tree.commune, 4, { route: 'parent' })).hotSpotId;
const reportStatus = async (id: string) => (await db.db.select({ s: reports.status }).from(reports).where(eq(reports.id, id)))[0];

const confidentialRows: Row[] = [
  {
    action: 'hot spot «chỉ cấp trên»: acknowledge',
    audited: 'hotspot.ack',
    setup: confidentialHotSpot,
    run: async (tx, a, id) => okIf(await hs.acknowledge(tx, env, a, id)),
    snapshot: hotSpotRow,
    expect: SKIPPED,
  },
  {
    action: 'hot spot «chỉ cấp trên»: note',
    audited: 'hotspot.note',
    setup: confidentialHotSpot,
    run: async (tx, a, id) => okIf(await hs.addNote(tx, env, a, id, 'Ghi chú')),
    snapshot: hotSpotRow,
    expect: SKIPPED,
  },
  {
    action: 'hot spot «chỉ cấp trên»: resolve',
    audited: 'hotspot.resolve',
    setup: confidentialHotSpot,
    run: async (tx, a, id) => okIf(await hs.resolve(tx, env, a, id, 'Đã giải quyết', true)),
    snapshot: hotSpotRow,
    expect: SKIPPED,
  },
  {
    action: 'hot spot «chỉ cấp trên»: merge an alert of the commune into it',
    audited: 'hotspot.merge',
    setup: hotSpot,
    run: async (tx, a, id) => okIf(await hs.merge(tx, env, a, id, (await hotSpotRow(await confidentialHotSpot())).receiptNo)),
    snapshot: hotSpotRow,
    expect: SKIPPED,
  },
  {
    action: 'report «chỉ cấp trên»: view in chat (/xem)',
    audited: 'report.view',
    setup: confidentialReport,
    run: async (tx, a, id) => ((await reportDetail(tx, a, id)) ? 'ok' : 'refused'),
    expect: SKIPPED,
  },
  {
    action: 'report «chỉ cấp trên»: mark received',
    audited: 'report.received',
    setup: confidentialReport,
    run: async (tx, a, id) => okIf(await markReceived(tx, review, a, id, now())),
    snapshot: reportStatus,
    expect: SKIPPED,
  },
  {
    action: 'report «chỉ cấp trên»: ask for more',
    audited: 'report.needs_more',
    setup: confidentialReport,
    run: async (tx, a, id) => okIf(await requestMore(tx, review, a, id, 'Bổ sung số liệu', now())),
    snapshot: reportStatus,
    expect: SKIPPED,
  },
  {
    action: 'report «chỉ cấp trên»: rate useful (nw:u)',
    audited: 'report.rate',
    setup: confidentialReport,
    run: async (tx, a, id) => okIf(await rateReport(tx, a, id)),
    snapshot: async (id) => (await db.db.select().from(reportRatings).where(eq(reportRatings.reportId, id))).length,
    expect: SKIPPED,
  },
  {
    action: 'report «chỉ cấp trên»: forward to a responsible body',
    audited: 'case.forward',
    setup: confidentialReport,
    run: async (tx, a, id) =>
      okIf(await forwardCase(tx, a, { sourceRef: id, bodyUnitId: policeId, dueAt: new Date(Date.now() + 86_400_000), tellReporter: true }, now())),
    snapshot: async (id) => (await db.db.select({ n: caseRows.id }).from(caseRows).where(eq(caseRows.sourceId, id))).length,
    expect: SKIPPED,
  },
];

const table: Row[] = [
  {
    action: 'hot spot: acknowledge',
    audited: 'hotspot.ack',
    setup: hotSpot,
    run: async (tx, a, id) => okIf(await hs.acknowledge(tx, env, a, id)),
    snapshot: hotSpotRow,
  },
  {
    action: 'hot spot: handling',
    audited: 'hotspot.handling',
    setup: hotSpot,
    run: async (tx, a, id) => okIf(await hs.markHandling(tx, env, a, id)),
    snapshot: hotSpotRow,
  },
  {
    action: 'hot spot: resolve',
    audited: 'hotspot.resolve',
    setup: hotSpot,
    run: async (tx, a, id) => okIf(await hs.resolve(tx, env, a, id, 'Đã giải quyết', true)),
    snapshot: hotSpotRow,
  },
  {
    action: 'hot spot: false alarm',
    audited: 'hotspot.false_alarm',
    setup: hotSpot,
    run: async (tx, a, id) => okIf(await hs.markFalseAlarm(tx, env, a, id)),
    snapshot: hotSpotRow,
  },
  {
    action: 'hot spot: escalate now',
    audited: 'hotspot.escalate',
    setup: hotSpot,
    run: async (tx, a, id) => okIf(await hs.escalateNow(tx, env, a, id)),
    snapshot: hotSpotRow,
  },
  {
    action: 'hot spot: note',
    audited: 'hotspot.note',
    setup: hotSpot,
    run: async (tx, a, id) => okIf(await hs.addNote(tx, env, a, id, 'Ghi chú')),
    snapshot: hotSpotRow,
  },
  {
    action: 'hot spot: merge',
    audited: 'hotspot.merge',
    setup: hotSpot,
    run: async (tx, a, id) => okIf(await hs.merge(tx, env, a, id, (await hotSpotRow(await hotSpot())).receiptNo)),
    snapshot: hotSpotRow,
  },
  {
    action: 'hot spot: tick a playbook step (issue 13 §5)',
    audited: 'hotspot.playbook_step',
    setup: hotSpot,
    run: async (tx, a, id) => okIf(await tickStep(tx, env, a, id, 1)),
    snapshot: async (id) => (await db.db.select().from(hotSpotEvents).where(eq(hotSpotEvents.hotSpotId, id))).length,
  },
  {
    action: 'broadcast: create for the commune',
    audited: 'broadcast.create',
    setup: async () => tree.commune,
    run: (tx, a, unitId) =>
      thrown(createBroadcast(tx, a, { title: 'Định hướng', body: 'Nội dung.', unitId, filters: {}, requireAck: false, urgent: true }, settings, now())),
  },
  {
    action: 'broadcast: pause (author: province)',
    audited: 'broadcast.pause',
    setup: broadcast,
    run: async (tx, a, id) => okIf(await controlBroadcast(tx, a, id, 'pause', settings, now())),
    snapshot: async (id) => (await db.db.select({ s: broadcasts.status }).from(broadcasts).where(eq(broadcasts.id, id)))[0],
  },
  {
    action: 'poll: create for the commune',
    audited: 'poll.create',
    setup: async () => tree.commune,
    run: async (tx, a, unitId) =>
      okIf(
        await createPoll(
          tx,
          config,
          a,
          {
            question: 'Ý kiến về giá điện?',
            options: ['Đồng tình', 'Băn khoăn'],
            multi: false,
            anonymous: true,
            closesAt: new Date(Date.now() + 86_400_000),
            unitId,
            filters: {},
          },
          now(),
        ),
      ),
  },
  {
    action: 'report request: ask the commune (/yeucaubaocao)',
    audited: 'report_request.create',
    setup: async () => tree.commune,
    run: async (tx, a, unitId) =>
      okIf(
        await createReportRequest(
          tx,
          config,
          a,
          { topicCode: FALLBACK_TOPIC, subject: 'Dư luận về giá điện', questions: [], dueAt: new Date(Date.now() + 86_400_000), unitId, filters: {} },
          now(),
        ),
      ),
    snapshot: async () => (await db.db.select({ id: reportRequests.id }).from(reportRequests)).length,
  },
  {
    action: 'meeting: schedule for the commune (/giaoban_moi)',
    audited: 'meeting.create',
    setup: async () => tree.commune,
    run: async (tx, a, unitId) =>
      okIf(
        await createMeeting(
          tx,
          config,
          a,
          {
            title: 'Giao ban tháng 12',
            startsAt: new Date(Date.now() + 2 * 86_400_000),
            place: 'Hội trường UBND xã',
            link: null,
            agenda: '',
            unitId,
            filters: {},
          },
          now(),
        ),
      ),
    snapshot: async () => (await db.db.select({ id: meetings.id }).from(meetings)).length,
  },
  {
    action: 'meeting: invitees and answers (/giaoban_diemdanh)',
    audited: 'meeting.view',
    setup: meeting,
    run: async (tx, a, id) => okIf(await meetingRoster(tx, a, id)),
  },
  {
    action: 'meeting: record the attendance',
    audited: 'meeting.attendance',
    setup: meeting,
    run: async (tx, a, id) => okIf(await recordAttendance(tx, a, id, [], now())),
    snapshot: meetingRow,
  },
  {
    action: 'meeting: conclusions as guidance (/giaoban_ketluan)',
    audited: 'meeting.conclude',
    setup: meeting,
    run: async (tx, a, id) => okIf(await sendConclusions(tx, a, id, 'Kết luận: tăng cường nắm bắt dư luận về giá điện.', settings, t, 'vi', now())),
    snapshot: meetingRow,
  },
  {
    action: 'meeting: cancel before it begins (/giaoban_huy)',
    audited: 'meeting.cancel',
    setup: () => meeting(true),
    run: async (tx, a, id) => okIf(await cancelMeeting(tx, a, id, t, config.TIMEZONE, now())),
    snapshot: meetingRow,
  },
  {
    action: 'report: mark received',
    audited: 'report.received',
    setup: report,
    run: async (tx, a, id) => okIf(await markReceived(tx, review, a, id, now())),
    snapshot: async (id) => (await db.db.select({ s: reports.status }).from(reports).where(eq(reports.id, id)))[0],
  },
  {
    action: 'report: ask for more',
    audited: 'report.needs_more',
    setup: report,
    run: async (tx, a, id) => okIf(await requestMore(tx, review, a, id, 'Bổ sung số liệu', now())),
    snapshot: async (id) => (await db.db.select({ s: reports.status }).from(reports).where(eq(reports.id, id)))[0],
  },
  {
    action: 'network: invite to the commune (/moi)',
    audited: 'network.invite',
    setup: async () => tree.codes.commune,
    run: async (tx, a, code) => okIf(await inviteMember(tx, roster, a, { unitCode: code, role: 'collaborator', displayName: 'Người mới' }, now())),
  },
  {
    action: 'network: edit stratum',
    audited: 'network.edit',
    setup: () => member(),
    run: async (tx, a, id) => okIf(await editMember(tx, roster, a, id, { stratum: 'tri_thuc' }, now())),
    snapshot: personRow,
  },
  {
    action: 'network: transfer within the province',
    audited: 'network.transfer',
    setup: () => member(),
    run: async (tx, a, id) => okIf(await editMember(tx, roster, a, id, { unitCode: tree.codes.commune }, now())),
    snapshot: personRow,
  },
  {
    action: 'network: suspend',
    audited: 'network.suspend',
    setup: () => member(),
    run: async (tx, a, id) => okIf(await changeStatus(tx, roster, a, id, 'suspend', now())),
    snapshot: personRow,
  },
  {
    action: 'network: reactivate',
    audited: 'network.reactivate',
    setup: () => member('suspended'),
    run: async (tx, a, id) => okIf(await changeStatus(tx, roster, a, id, 'reactivate', now())),
    snapshot: personRow,
  },
  {
    action: 'network: replace',
    audited: 'network.replace',
    setup: () => member(),
    run: async (tx, a, id) => okIf(await replaceMember(tx, roster, a, id, 'Người thay thế', now())),
    snapshot: personRow,
  },
  {
    action: 'network: mark as left',
    audited: 'network.leave',
    setup: () => member(),
    run: async (tx, a, id) => okIf(await changeStatus(tx, roster, a, id, 'leave', now())),
    snapshot: personRow,
  },
  {
    action: 'report: rate useful in one tap (nw:u)',
    audited: 'report.rate',
    setup: report,
    run: async (tx, a, id) => okIf(await rateReport(tx, a, id)),
    snapshot: async (id) => (await db.db.select().from(reportRatings).where(eq(reportRatings.reportId, id))).length,
  },
  {
    action: 'material: publish to the commune (/tailieu_moi)',
    audited: 'material.publish',
    setup: async () => tree.codes.commune,
    run: async (tx, a, code) => okIf(await publishMaterial(tx, { settings, t }, a, { ...note, unitCode: code }, now())),
  },
  {
    action: 'material: who has read it (/tailieu «Ai đã đọc»)',
    audited: 'material.readers',
    setup: async () => {
      const r = await db.db.transaction((tx) => publishMaterial(tx, { settings, t }, actors.province, { ...note, unitCode: tree.codes.commune }, now()));
      if (!r.ok) throw new Error(r.code);
      return r.materialId;
    },
    run: async (tx, a, id) => okIf(await materialReaders(tx, a, id)),
  },
  {
    action: 'report: view in chat (/xem, notice «Xem»)',
    audited: 'report.view',
    setup: report,
    run: async (tx, a, id) => ((await reportDetail(tx, a, id)) ? 'ok' : 'refused'),
  },
  {
    action: 'report: forward to a responsible body (/chuyenxuly)',
    audited: 'case.forward',
    setup: report,
    run: async (tx, a, id) =>
      okIf(await forwardCase(tx, a, { sourceRef: id, bodyUnitId: policeId, dueAt: new Date(Date.now() + 86_400_000), tellReporter: true }, now())),
    snapshot: async (id) => (await db.db.select({ n: caseRows.id }).from(caseRows).where(eq(caseRows.sourceId, id))).length,
  },
  {
    action: 'completeness of the commune (/thongke)',
    audited: 'completeness.view',
    setup: async () => tree.codes.commune,
    run: async (tx, a, code) => okIf(await resolveScope(tx, a, code, 'completeness.view')),
  },
  {
    action: 'synthesis of the commune (/tonghop)',
    audited: 'synthesis.request',
    setup: async () => tree.codes.commune,
    run: async (tx, a, code) => okIf(await requestSynthesis(tx, config, { official: a, unitCode: code, period: null, locale: 'vi', now: now() })),
  },
];

const expected: Record<Who, Outcome> = { commune: 'ok', province: 'ok', neighbour: 'refused', branch: 'refused', collaborator: 'refused' };
/** Read-only scope checks (completeness) write no 'ok' entry; every action that changes something does. */
const READ_ONLY = new Set(['completeness.view', 'report.view', 'meeting.view']);
/** Collaborators never reach these doors through chat (the command is for officials); the door is checked for scope only. */
const SCOPE_ONLY = new Set([
  'report.view',
  'broadcast.create',
  'poll.create',
  'report_request.create',
  'meeting.create',
  'meeting.view',
  'meeting.attendance',
  'meeting.conclude',
  'meeting.cancel',
  'report.received',
  'report.needs_more',
  'completeness.view',
  'synthesis.request',
]);

beforeAll(async () => {
  db = await createTestDatabase();
  tree = await seedTree(db.db);
  const mk = async (unitId: string, role: Actor['role'], name: string): Promise<Actor> => ({
    id: (await addPerson(db.db, unitId, role, name)).id,
    role,
    unitId,
    displayName: name,
  });
  actors = {
    commune: await mk(tree.commune, 'official', 'Cán bộ xã'),
    province: await mk(tree.province, 'official', 'Cán bộ tỉnh'),
    neighbour: await mk(tree.otherCommune, 'official', 'Cán bộ xã bên'),
    branch: await mk(tree.branch, 'official', 'Cán bộ MTTQ'),
    collaborator: await mk(tree.commune, 'collaborator', 'CTV xã'),
  };
  reporter = await mk(tree.commune, 'collaborator', 'CTV báo cáo');
  const [commune] = await db.db.select().from(units).where(eq(units.id, tree.commune));
  policeId = crypto.randomUUID();
  await db.db.insert(units).values({
    id: policeId,
    code: `CA${receipt}${Date.now()}`,
    name: 'Công an xã',
    kind: 'co_quan',
    parentId: tree.commune,
    path: `${commune!.path}${policeId}/`,
  });
  // Audiences for broadcasts and polls.
  await db.db.update(people).set({ status: 'active' });
});
afterAll(async () => db.close());

const cases = [...table, ...confidentialRows].flatMap((row) =>
  (Object.keys(expected) as Who[])
    .filter((who) => who !== 'collaborator' || !SCOPE_ONLY.has(row.audited))
    .map((who) => ({ ...row, who, outcome: row.expect?.[who] ?? expected[who] })),
);

describe('scope of every official action (DESIGN §4.6)', () => {
  it.each(cases)('$action — as $who: $outcome', async ({ who, audited, setup, run, snapshot, outcome: wanted }) => {
    const actor = actors[who];
    const target = await setup();
    const before = await snapshot?.(target);
    const outcome = await db.db.transaction((tx) => run(tx, actor, target));
    expect(outcome).toBe(wanted);
    const [entry] = await db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, actor.id), eq(auditLog.action, audited)))
      .orderBy(desc(auditLog.id))
      .limit(1);
    if (outcome === 'refused') {
      expect(entry?.outcome).toBe('refused');
      if (snapshot) expect(await snapshot(target)).toEqual(before);
    } else if (!READ_ONLY.has(audited)) {
      expect(entry?.outcome).toBe('ok');
    }
  });
});
