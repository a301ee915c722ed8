import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandboxAdapter } from '../../bot/channels/sandbox/adapter.js';
import { createHotSpot } from '../../core/hot-spots/create.js';
import { handleCreated } from '../../core/hot-spots/escalation.js';
import { createI18n } from '../../core/kernel/i18n.js';
import type { Config } from '../../core/platform/config.js';
import { fetchMedia, mediaEnvOf } from '../../core/media/fetch.js';
import { auditLog, media } from '../../db/schema/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { consoleApp, login, type ConsoleClient } from './console-fixtures.js';
import { testEnv } from './hotspot-fixtures.js';
import { addPerson, seedTree, type PersonRef, type Tree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';

let t: TestDatabase;
let tree: Tree;
let config: Config;
let c: ConsoleClient;
let mine: PersonRef;
let other: PersonRef;
let province: PersonRef;
let photoId: string;
let hotSpotId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedTree(t.db);
  config = testConfig({ FILES_DIR: mkdtempSync(join(tmpdir(), 'dlxh-files-')) });
  const reporter = await addPerson(t.db, tree.commune, 'collaborator', 'CTV Lan');
  mine = await addPerson(t.db, tree.commune, 'official', 'Cán bộ xã Tân Hòa');
  other = await addPerson(t.db, tree.otherCommune, 'official', 'Cán bộ xã An Lạc');
  province = await addPerson(t.db, tree.province, 'official', 'Cán bộ tỉnh');
  const draft = { category: 'khieu_kien', severity: 2, placeText: 'Chợ xã', media: [{ kind: 'photo', fileId: 'sandbox-photo-1' }] };
  ({ hotSpotId } = await t.db.transaction((tx) => createHotSpot(tx, draft, { personId: reporter.id, unitId: tree.commune, channel: 'sandbox' })));
  const [row] = await t.db.select().from(media).where(eq(media.ownerId, hotSpotId));
  photoId = row!.id;
  await t.db.transaction((tx) => handleCreated(tx, testEnv(config), hotSpotId));
  await fetchMedia(t.db, mediaEnvOf(config, { sandbox: createSandboxAdapter({ db: t.db }) }, createI18n().t), photoId);
  c = consoleApp(t.db, config);
});
afterAll(async () => {
  await t?.close();
});

describe('console: attachments inline, served with scope checks and safe headers (issue 13 §3, issue 14)', () => {
  it('the alert page shows the kept photo inline, and the file comes with its checked type, nosniff, inline, private caching', async () => {
    const { cookie } = await login(t.db, c, mine.id);
    const page = await (await c.request(`/hot-spots/${hotSpotId}`, { cookie })).text();
    expect(page).toContain(`<img src="/console/media/${photoId}"`);
    const res = await c.request(`/media/${photoId}`, { cookie });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toBe(`inline; filename="tep-${photoId.slice(0, 8)}.png"`);
    expect(res.headers.get('cache-control')).toBe('private, max-age=3600');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const again = await c.request(`/media/${photoId}`, { cookie, headers: { 'if-none-match': res.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('an official above sees it; one of another commune or without a session does not, and the refusal is audited', async () => {
    const up = await login(t.db, c, province.id);
    expect((await c.request(`/media/${photoId}`, { cookie: up.cookie })).status).toBe(200);
    const side = await login(t.db, c, other.id);
    const refused = await c.request(`/media/${photoId}`, { cookie: side.cookie });
    expect(refused.status).toBe(404);
    expect(await refused.text()).not.toContain('PNG');
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'media.view'), eq(auditLog.actorId, other.id)));
    expect(audit).toMatchObject([{ outcome: 'refused', targetId: photoId }]);
    expect((await c.request(`/media/${photoId}`)).status).toBe(303);
    expect((await c.request('/media/not-an-id', { cookie: side.cookie })).status).toBe(404);
  });

  it('a file not kept yet is listed as waiting, with no link', async () => {
    const [extra] = await t.db
      .insert(media)
      .values({ ownerType: 'hot_spot', ownerId: hotSpotId, channel: 'sandbox', kind: 'document', fileId: 'x', fileName: 'don-thu.pdf' })
      .returning({ id: media.id });
    const { cookie } = await login(t.db, c, mine.id);
    const page = await (await c.request(`/hot-spots/${hotSpotId}`, { cookie })).text();
    expect(page).toContain('don-thu.pdf');
    expect(page).toContain('chưa tải về máy chủ');
    expect(page).not.toContain(`/console/media/${extra!.id}`);
    expect((await c.request(`/media/${extra!.id}`, { cookie })).status).toBe(404);
  });
});
