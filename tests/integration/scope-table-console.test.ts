import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import {
  auditLog,
  broadcasts,
  hotSpotEvents,
  hotSpots,
  materials,
  media,
  people,
  reportRequests,
  reports,
  surveyCampaigns,
  units,
} from '../../db/schema/index.js';
import { broadcastSettings } from '../../core/broadcasts/broadcast.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { publishMaterial } from '../../core/network/materials.js';
import { createReportRequest } from '../../core/reports/requests/request.js';
import { FALLBACK_TOPIC } from '../../core/reports/topic-taxonomy.js';
import { storePoll } from '../../core/polls/poll.js';
import { loadQuestionnaire } from '../../core/surveys/load.js';
import { importQuestionnaire } from '../../core/surveys/store.js';
import { storeContent } from '../../core/media/store.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { consoleApp, form, login, type ConsoleClient } from './console-fixtures.js';
import { raiseAlert } from './hotspot-fixtures.js';
import { addPerson, seedTree, type Tree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';

/**
 * DESIGN §4.6 for the console, extending tests/integration/scope-table.test.ts: every console
 * route that reads or changes something of a commune, requested by the commune's official and
 * the province's (in scope: 200, changes audited 'ok') and by the neighbouring commune's and a
 * sector branch's officials (out of scope: 403/404, nothing shown or changed, audited 'refused').
 * Collaborators cannot log in at all (console-routes.test.ts).
 */
type Who = 'commune' | 'province' | 'neighbour' | 'branch';
interface Row {
  route: string;
  audited: string;
  setup(): Promise<string>;
  request(target: string, s: { csrf: string }): { path: string; init?: RequestInit };
  /** Text that must not leak to someone out of scope. */
  secret?(target: string): Promise<string>;
  snapshot?(target: string): Promise<unknown>;
  /** Reads write no 'ok' audit entry. */
  changes?: boolean;
  /** The answer in scope when not 200 (a created campaign redirects to its page). */
  okStatus?: number;
  /** Who is in scope, when not the usual (`inScope` below): the confidential route's rows. */
  scope?: Partial<Record<Who, boolean>>;
}

let db: TestDatabase;
let tree: Tree;
let c: ConsoleClient;
let sessions: Record<Who, { id: string; cookie: string; csrf: string }>;
let reporter: string;
let n = 0;
const config = testConfig({ MAP_TILE_URL: '', QUIET_HOURS: '', FILES_DIR: mkdtempSync(join(tmpdir(), 'dlxh-files-')) });

/** Training material published by the commune's official to the commune (its title is the secret). */
async function material(): Promise<string> {
  const actor = { id: sessions.commune.id, role: 'official' as const, unitId: tree.commune };
  const input = { topic: 'Kỹ năng', kind: 'note' as const, title: `Tài liệu nội bộ ${++n}-${Date.now()}`, body: 'Nội dung.', unitCode: null };
  const r = await db.db.transaction((tx) => publishMaterial(tx, { settings: broadcastSettings(config), t: createI18n().t }, actor, input, new Date()));
  if (!r.ok) throw new Error(r.code);
  return r.materialId;
}
const hotSpot = async () => (await raiseAlert(db.db, { id: reporter }, tree.commune)).hotSpotId;
const receiptOfHotSpot = async (id: string) => (await db.db.select().from(hotSpots).where(eq(hotSpots.id, id)))[0]!.receiptNo;
async function report(confidentialUnitId: string | null = null) {
  const [r] = await db.db
    .insert(reports)
    .values({
      kind: 'quick',
      unitId: tree.commune,
      confidentialUnitId,
      reporterId: reporter,
      receiptNo: `BN-S-${++n}-${Date.now()}`,
      status: 'submitted',
      submittedAt: new Date(),
      title: `Mật ${n}`,
    })
    .returning();
  return r!.id;
}
const collaborator = async () => (await addPerson(db.db, tree.commune, 'collaborator', `CTV ${++n}`)).id;
/** A survey campaign of the commune; its id. */
async function surveyCampaign() {
  const r = loadQuestionnaire(readFileSync(new URL('../fixtures/surveys/dlxh-20.yaml', import.meta.url), 'utf8'));
  if (!r.ok) throw new Error('fixture');
  const survey = await importQuestionnaire(db.db, r.questionnaire);
  const [row] = await db.db
    .insert(surveyCampaigns)
    .values({
      surveyId: survey.id,
      authorId: sessions.commune.id,
      unitId: tree.commune,
      sample: { kind: 'all' },
      seed: `s${++n}`,
      status: 'open',
      opensAt: new Date(),
      closesAt: new Date(Date.now() + 86_400_000),
    })
    .returning();
  return row!.id;
}
/** The console's «Tạo đợt khảo sát» form for the commune, with the 20-question fixture pasted. */
function surveyAuthoring(): Record<string, string> {
  const day = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  return {
    step: 'create',
    definition: readFileSync(new URL('../fixtures/surveys/dlxh-20.yaml', import.meta.url), 'utf8'),
    unit: tree.commune,
    roles: 'everyone',
    sample: 'all',
    opens: `${day}T08:00`,
    closes: `${day}T20:00`,
  };
}
const statusOf = async (id: string) => (await db.db.select({ s: people.status }).from(people).where(eq(people.id, id)))[0]!.s;
const post = (path: string, s: { csrf: string }, values: Record<string, string> = {}) => ({
  path,
  init: { method: 'POST', ...form({ _csrf: s.csrf, ...values }) },
});

/** Issue 13 §7: sent «chỉ cấp trên» (to the province), a commune's report or alert is out of the commune official's scope. */
const SKIPPED = { commune: false };
const confidentialHotSpot = async () => (await raiseAlert(db.db, { id: reporter }, tree.commune, 4, { route: 'parent' })).hotSpotId;
const reportReceipt = async (id: string) => (await db.db.select().from(reports).where(eq(reports.id, id)))[0]!.receiptNo!;
const confidentialRows: Row[] = [
  {
    route: 'GET hot spot detail «chỉ cấp trên»',
    audited: 'hotspot.view',
    setup: confidentialHotSpot,
    request: (id) => ({ path: `/hot-spots/${id}` }),
    secret: receiptOfHotSpot,
    scope: SKIPPED,
  },
  {
    route: 'POST hot spot acknowledge «chỉ cấp trên»',
    audited: 'hotspot.ack',
    setup: confidentialHotSpot,
    request: (id, s) => post(`/hot-spots/${id}/ack`, s),
    snapshot: async (id) => (await db.db.select().from(hotSpots).where(eq(hotSpots.id, id)))[0]!.status,
    changes: true,
    okStatus: 303,
    scope: SKIPPED,
  },
  {
    route: 'GET report detail «chỉ cấp trên»',
    audited: 'report.view',
    setup: () => report(tree.province),
    request: (id) => ({ path: `/reports/${id}` }),
    secret: reportReceipt,
    scope: SKIPPED,
  },
  {
    route: 'POST report received «chỉ cấp trên»',
    audited: 'report.received',
    setup: () => report(tree.province),
    request: (id, s) => post(`/reports/${id}/received`, s),
    snapshot: async (id) => (await db.db.select().from(reports).where(eq(reports.id, id)))[0]!.status,
    changes: true,
    okStatus: 303,
    scope: SKIPPED,
  },
  {
    route: 'GET an alert photo «chỉ cấp trên»',
    audited: 'media.view',
    setup: async () => {
      const ownerId = await confidentialHotSpot();
      const kept = await storeContent(config.FILES_DIR!, Buffer.from([0xff, 0xd8, 0xff, 0xe1, ++n]));
      const [m] = await db.db
        .insert(media)
        .values({ ownerType: 'hot_spot', ownerId, channel: 'sandbox', kind: 'photo', fileId: 'f', mimeType: 'image/jpeg', status: 'stored', ...kept })
        .returning();
      return m!.id;
    },
    request: (id) => ({ path: `/media/${id}` }),
    scope: SKIPPED,
  },
];

const table: Row[] = [
  { route: 'GET hot spot detail', audited: 'hotspot.view', setup: hotSpot, request: (id) => ({ path: `/hot-spots/${id}` }), secret: receiptOfHotSpot },
  {
    route: 'POST hot spot acknowledge',
    audited: 'hotspot.ack',
    setup: hotSpot,
    request: (id, s) => post(`/hot-spots/${id}/ack`, s),
    snapshot: async (id) => (await db.db.select().from(hotSpots).where(eq(hotSpots.id, id)))[0]!.status,
    changes: true,
    okStatus: 303,
  },
  {
    route: 'POST tick a playbook step',
    audited: 'hotspot.playbook_step',
    setup: hotSpot,
    request: (id, s) => post(`/hot-spots/${id}/step`, s, { n: '1' }),
    snapshot: async (id) =>
      (
        await db.db
          .select()
          .from(hotSpotEvents)
          .where(and(eq(hotSpotEvents.hotSpotId, id), eq(hotSpotEvents.kind, 'playbook_step')))
      ).length,
    changes: true,
    okStatus: 303,
  },
  {
    route: 'POST hot spot resolve',
    audited: 'hotspot.resolve',
    setup: hotSpot,
    request: (id, s) => post(`/hot-spots/${id}/done`, s, { note: 'Đã đối thoại', shareable: '1' }),
    snapshot: async (id) => (await db.db.select().from(hotSpots).where(eq(hotSpots.id, id)))[0]!.status,
    changes: true,
    okStatus: 303,
  },
  {
    route: 'GET hot-spot list of the commune',
    audited: 'hotspot.browse',
    setup: hotSpot,
    request: () => ({ path: `/hot-spots?unit=${tree.commune}` }),
    secret: receiptOfHotSpot,
  },
  {
    route: 'GET an alert photo',
    audited: 'media.view',
    setup: async () => {
      const ownerId = await hotSpot();
      const kept = await storeContent(config.FILES_DIR!, Buffer.from([0xff, 0xd8, 0xff, 0xe0, ++n]));
      const [m] = await db.db
        .insert(media)
        .values({ ownerType: 'hot_spot', ownerId, channel: 'sandbox', kind: 'photo', fileId: 'f', mimeType: 'image/jpeg', status: 'stored', ...kept })
        .returning();
      return m!.id;
    },
    request: (id) => ({ path: `/media/${id}` }),
  },
  { route: 'GET map points of the commune', audited: 'hotspot.browse', setup: hotSpot, request: () => ({ path: `/hot-spots/points?unit=${tree.commune}` }) },
  {
    route: 'GET report detail',
    audited: 'report.view',
    setup: report,
    request: (id) => ({ path: `/reports/${id}` }),
    secret: async (id) => (await db.db.select().from(reports).where(eq(reports.id, id)))[0]!.receiptNo!,
  },
  {
    route: 'GET report request status',
    audited: 'report_request.view',
    setup: async () => {
      const subject = `Yêu cầu ${++n}`;
      const r = await db.db.transaction((tx) =>
        createReportRequest(
          tx,
          config,
          { id: sessions.commune.id, unitId: tree.commune },
          { topicCode: FALLBACK_TOPIC, subject, questions: [], dueAt: new Date(Date.now() + 86_400_000), unitId: tree.commune, filters: {} },
          new Date(),
        ),
      );
      if (!r.ok) throw new Error(r.code);
      return r.requestId;
    },
    request: (id) => ({ path: `/requests/${id}` }),
    secret: async (id) => (await db.db.select().from(reportRequests).where(eq(reportRequests.id, id)))[0]!.subject,
  },
  {
    route: 'POST report received',
    audited: 'report.received',
    setup: report,
    request: (id, s) => post(`/reports/${id}/received`, s),
    snapshot: async (id) => (await db.db.select().from(reports).where(eq(reports.id, id)))[0]!.status,
    changes: true,
    okStatus: 303,
  },
  {
    route: 'POST report ask for more',
    audited: 'report.needs_more',
    setup: report,
    request: (id, s) => post(`/reports/${id}/more`, s, { note: 'Bổ sung số liệu' }),
    snapshot: async (id) => (await db.db.select().from(reports).where(eq(reports.id, id)))[0]!.status,
    changes: true,
    okStatus: 303,
  },
  { route: 'GET reports of the commune', audited: 'report.browse', setup: report, request: () => ({ path: `/reports?unit=${tree.commune}` }) },
  {
    route: 'GET CSV export of the commune',
    audited: 'report.export',
    setup: report,
    request: () => ({ path: `/reports/export.csv?unit=${tree.commune}` }),
    changes: true,
  },
  {
    route: 'GET XLSX export of the commune',
    audited: 'report.export',
    setup: report,
    request: () => ({ path: `/reports/export.xlsx?unit=${tree.commune}` }),
    changes: true,
  },
  { route: 'GET progress of the commune', audited: 'completeness.view', setup: async () => '', request: () => ({ path: `/progress?unit=${tree.commune}` }) },
  {
    route: 'POST remind the commune',
    audited: 'completeness.remind',
    setup: async () => '',
    request: (_t, s) => post(`/progress?unit=${tree.commune}`, s),
    changes: true,
  },
  {
    route: 'GET handling policies of the commune',
    audited: 'unit.policy_view',
    setup: async () => '',
    request: () => ({ path: `/policies?unit=${tree.commune}` }),
    secret: async () => 'Xã Tân Hòa',
  },
  {
    route: 'POST set the commune’s handling policy',
    audited: 'unit.handling_policy',
    setup: async () => '',
    request: (_t, s) => post('/policies', s, { target: tree.commune, severity: '4', mode: 'minutes', minutes: String(60 + ++n) }),
    snapshot: async () => (await db.db.select({ p: units.handlingPolicy }).from(units).where(eq(units.id, tree.commune)))[0]!.p,
    changes: true,
  },
  { route: 'GET network of the commune', audited: 'network.view', setup: async () => '', request: () => ({ path: `/network?unit=${tree.commune}` }) },
  {
    route: 'GET training material of the commune',
    audited: 'material.list',
    setup: material,
    request: () => ({ path: `/network/materials?unit=${tree.commune}` }),
    secret: async (id) => (await db.db.select().from(materials).where(eq(materials.id, id)))[0]!.title,
  },
  {
    route: 'POST suspend a collaborator of the commune',
    audited: 'network.suspend',
    setup: collaborator,
    request: (id, s) => post(`/network/${id}/suspend`, s),
    snapshot: statusOf,
    changes: true,
  },
  {
    route: 'POST replace a collaborator of the commune',
    audited: 'network.replace',
    setup: collaborator,
    request: (id, s) => post(`/network/${id}/replace`, s, { name: 'Người thay thế' }),
    snapshot: statusOf,
    changes: true,
    okStatus: 303,
  },
  {
    route: 'GET guidance detail',
    audited: 'broadcast.view',
    setup: async () => {
      const [b] = await db.db
        .insert(broadcasts)
        .values({ authorId: sessions.commune.id, unitId: tree.commune, title: `Định hướng ${++n}`, body: 'Nội dung', status: 'done' })
        .returning();
      return b!.id;
    },
    request: (id) => ({ path: `/guidance/${id}` }),
  },
  {
    route: 'GET a guidance’s file',
    audited: 'media.view',
    setup: async () => {
      const [b] = await db.db
        .insert(broadcasts)
        .values({ authorId: sessions.commune.id, unitId: tree.commune, title: `Định hướng ${++n}`, body: 'Nội dung', status: 'done' })
        .returning();
      const kept = await storeContent(config.FILES_DIR!, Buffer.from([0xff, 0xd8, 0xff, 0xe2, ++n]));
      const [m] = await db.db
        .insert(media)
        .values({ ownerType: 'broadcast', ownerId: b!.id, channel: 'admin', kind: 'photo', fileId: 'f', mimeType: 'image/jpeg', status: 'stored', ...kept })
        .returning();
      return m!.id;
    },
    request: (id) => ({ path: `/media/${id}` }),
  },
  {
    route: 'POST guidance dry run for the commune',
    audited: 'broadcast.dry_run',
    setup: async () => '',
    request: (_t, s) => post('/guidance/new', s, { title: 'Định hướng', body: 'Nội dung định hướng.', unit: tree.commune, step: 'preview' }),
  },
  {
    route: 'GET poll results',
    audited: 'poll.view',
    setup: async () => {
      const p = await storePoll(db.db, {
        authorId: sessions.commune.id,
        unitId: tree.commune,
        question: `Câu hỏi ${++n}?`,
        options: ['Có', 'Không'],
        closesAt: new Date(Date.now() + 86_400_000),
        createdAt: new Date(),
      });
      return p.id;
    },
    request: (id) => ({ path: `/polls/${id}` }),
  },
  {
    route: 'GET survey campaign results',
    audited: 'survey.view',
    setup: surveyCampaign,
    request: (id) => ({ path: `/surveys/${id}` }),
    secret: async () => 'Dư luận về chuyển đổi số ở xã, phường',
  },
  {
    route: 'GET survey completion (htmx refresh)',
    audited: 'survey.view',
    setup: surveyCampaign,
    request: (id) => ({ path: `/surveys/${id}/completion` }),
  },
  {
    route: 'GET survey answers CSV',
    audited: 'survey.export',
    setup: surveyCampaign,
    request: (id) => ({ path: `/surveys/${id}/answers.csv` }),
    changes: true,
  },
  {
    route: 'GET survey results report DOCX',
    audited: 'survey.export',
    setup: surveyCampaign,
    request: (id) => ({ path: `/surveys/${id}/report.docx` }),
    changes: true,
  },
  {
    route: 'POST survey share-back (the author only)',
    audited: 'survey.share',
    setup: async () => {
      const id = await surveyCampaign();
      await db.db.update(surveyCampaigns).set({ status: 'closed', closedAt: new Date() }).where(eq(surveyCampaigns.id, id));
      return id;
    },
    request: (id, s) => post(`/surveys/${id}/share`, s),
    snapshot: async (id) => (await db.db.select({ at: surveyCampaigns.sharedAt }).from(surveyCampaigns).where(eq(surveyCampaigns.id, id)))[0]!.at,
    changes: true,
    // Shared by its author (the commune's official); the province's official may read it, not share it.
    scope: { province: false },
  },
  {
    route: 'POST survey campaign for the commune (console authoring)',
    audited: 'survey.campaign',
    setup: async () => '',
    request: (_t, s) => ({
      path: '/surveys/new',
      init: { method: 'POST', ...form({ _csrf: s.csrf, ...surveyAuthoring() }) },
    }),
    changes: true,
    okStatus: 303,
  },
  {
    route: 'POST synthesis of the commune',
    audited: 'synthesis.request',
    setup: async () => '',
    request: (_t, s) => post('/synthesis', s, { unit: tree.commune }),
    changes: true,
  },
];

const inScope: Record<Who, boolean> = { commune: true, province: true, neighbour: false, branch: false };

beforeAll(async () => {
  db = await createTestDatabase();
  tree = await seedTree(db.db);
  c = consoleApp(db.db, config);
  reporter = (await addPerson(db.db, tree.commune, 'collaborator', 'CTV báo cáo')).id;
  const mk = async (unitId: string, name: string) => {
    const id = (await addPerson(db.db, unitId, 'official', name)).id;
    return { id, ...(await login(db.db, c, id)) };
  };
  sessions = {
    commune: await mk(tree.commune, 'Cán bộ xã'),
    province: await mk(tree.province, 'Cán bộ tỉnh'),
    neighbour: await mk(tree.otherCommune, 'Cán bộ xã bên'),
    branch: await mk(tree.branch, 'Cán bộ MTTQ'),
  };
});
afterAll(async () => db.close());

const cases = [...table, ...confidentialRows].flatMap((row) =>
  (Object.keys(inScope) as Who[]).map((who) => ({ ...row, who, allowed: row.scope?.[who] ?? inScope[who] })),
);

describe('scope of every console route (DESIGN §4.6)', () => {
  it.each(cases)('$route — as $who', async ({ who, audited, setup, request, secret, snapshot, changes, allowed, okStatus }) => {
    const s = sessions[who];
    const target = await setup();
    const before = await snapshot?.(target);
    const { path, init } = request(target, s);
    const res = await c.request(path, { ...init, cookie: s.cookie });
    const body = await res.text();
    const [entry] = await db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, s.id), eq(auditLog.action, audited)))
      .orderBy(desc(auditLog.id))
      .limit(1);
    if (allowed) {
      expect(res.status, body.slice(0, 200)).toBe(okStatus ?? 200);
      if (changes) expect(entry?.outcome).toBe('ok');
      if (secret) expect(body).toContain(await secret(target));
    } else {
      expect([403, 404]).toContain(res.status);
      expect(entry?.outcome).toBe('refused');
      if (secret) expect(body).not.toContain(await secret(target));
      if (snapshot) expect(await snapshot(target)).toEqual(before);
    }
  });

  it('the audit log page is for admins only', async () => {
    expect((await c.request('/audit', { cookie: sessions.province.cookie })).status).toBe(403);
  });
});
