import { existsSync } from 'node:fs';
import { mkdtemp, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { broadcasts, media } from '../../db/schema/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { testConfig } from '../helpers/config.js';
import { addPerson, seedTree, type Tree } from '../../testkit/seed.js';
import { consoleApp, HOST, login, type ConsoleClient } from './console-fixtures.js';
import { sweepUnreferenced, UNSENT_UPLOAD_HOURS } from '../../core/media/sweep.js';

/**
 * The console's compose takes a file (issue 13/17 leftover): kept at once under FILES_DIR (type
 * read from its bytes), carried from the preview to the send step in a signed hidden field, kept
 * as the guidance's media row, and listed on the guidance's page, served by /console/media.
 */
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(3_000, 0x22)]);
let t: TestDatabase;
let tree: Tree;
let c: ConsoleClient;
let filesDir: string;
let session: { cookie: string; csrf: string };

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedTree(t.db);
  filesDir = await mkdtemp(join(tmpdir(), 'dlxh-console-guidance-'));
  c = consoleApp(t.db, testConfig({ QUIET_HOURS: '', MAP_TILE_URL: '', FILES_DIR: filesDir }));
  const official = await addPerson(t.db, tree.province, 'official', 'Cán bộ tỉnh');
  await addPerson(t.db, tree.commune, 'collaborator', 'CTV xã');
  session = await login(t.db, c, official.id);
});
afterAll(async () => {
  await t?.close();
});

function compose(fields: Record<string, string>, file?: { bytes: Buffer; name: string; type: string }) {
  const f = new FormData();
  for (const [k, v] of Object.entries({ _csrf: session.csrf, title: 'Thông tin kỳ họp', body: 'Nội dung định hướng.', unit: tree.province, ...fields }))
    f.append(k, v);
  if (file) f.append('file', new Blob([file.bytes], { type: file.type }), file.name);
  return c.request('/guidance/new', { method: 'POST', cookie: session.cookie, headers: { origin: `http://${HOST}` }, body: f });
}
const hidden = (html: string, name: string) => new RegExp(`name="${name}" value="([^"]+)"`).exec(html)?.[1] ?? '';

describe('console compose with a file', () => {
  it('the form takes a file; one that is not an allowed type by its bytes is refused with a clear message', async () => {
    const page = await (await c.request('/guidance/new', { cookie: session.cookie })).text();
    expect(page).toContain('enctype="multipart/form-data"');
    expect(page).toContain('name="file"');
    const bad = await compose({ step: 'preview' }, { bytes: Buffer.from('MZ not a photo'), name: 'anh.jpg', type: 'image/jpeg' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Loại tệp này không được nhận');
  });

  it('a photo chosen at the preview is carried to the send step, kept once as the guidance’s file, and listed on its page', async () => {
    const preview = await (await compose({ step: 'preview' }, { bytes: JPEG, name: 'hop-to.jpg', type: 'image/jpeg' })).text();
    expect(preview).toContain('Đã đính kèm «hop-to.jpg»');
    const upload = hidden(preview, 'upload');
    const mac = hidden(preview, 'uploadMac');
    // A carried value altered in the page does not pass: nothing is attached.
    const forged = await (await compose({ step: 'preview', upload: `${upload}x`, uploadMac: mac })).text();
    expect(forged).not.toContain('Đã đính kèm');

    const sent = await compose({ step: 'send', upload, uploadMac: mac });
    expect(sent.status).toBe(200);
    const [b] = await t.db.select().from(broadcasts);
    const [kept] = await t.db
      .select()
      .from(media)
      .where(and(eq(media.ownerType, 'broadcast'), eq(media.ownerId, b!.id)));
    expect(kept).toMatchObject({ status: 'stored', mimeType: 'image/jpeg', fileName: 'hop-to.jpg', size: JPEG.length, channel: 'admin' });
    expect(b!.attachment).toMatchObject({ kind: 'photo', channel: 'admin', fileName: 'hop-to.jpg', mediaId: kept!.id });
    expect(existsSync(join(filesDir, kept!.storedPath!))).toBe(true);

    const detail = await (await c.request(`/guidance/${b!.id}`, { cookie: session.cookie })).text();
    expect(detail).toContain(`src="/console/media/${kept!.id}"`);
    const file = await c.request(`/media/${kept!.id}`, { cookie: session.cookie });
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(JPEG)).toBe(true);
  });

  it('a photo previewed and never sent is swept after two days (the sent one stays); sending it then asks to choose it again', async () => {
    const other = Buffer.concat([JPEG, Buffer.from('khac')]);
    const preview = await (await compose({ step: 'preview' }, { bytes: other, name: 'nhap.jpg', type: 'image/jpeg' })).text();
    const [upload, mac] = [hidden(preview, 'upload'), hidden(preview, 'uploadMac')];
    const { storedPath } = JSON.parse(Buffer.from(upload, 'base64url').toString('utf8')) as { storedPath: string };
    const [sent] = await t.db.select().from(media).where(eq(media.ownerType, 'broadcast'));
    // Young, it stays (the official may still press «Gửi»).
    expect(await sweepUnreferenced(t.db, filesDir, new Date())).toBe(0);
    expect(existsSync(join(filesDir, storedPath))).toBe(true);
    // Two days on: the unsent one goes, the guidance's file stays.
    const later = new Date(Date.now() + (UNSENT_UPLOAD_HOURS + 1) * 3600_000);
    expect(await sweepUnreferenced(t.db, filesDir, later)).toBe(1);
    expect(existsSync(join(filesDir, storedPath))).toBe(false);
    expect(existsSync(join(filesDir, sent!.storedPath!))).toBe(true);
    const late = await compose({ step: 'send', upload, uploadMac: mac });
    expect(late.status).toBe(400);
    expect(await late.text()).toContain('đồng chí chọn lại tệp');
    expect(await t.db.select().from(broadcasts)).toHaveLength(1);
  });

  it('the same bytes kept again are young again: the sweep leaves them to their new use', async () => {
    const bytes = Buffer.concat([JPEG, Buffer.from('lai')]);
    const first = await (await compose({ step: 'preview' }, { bytes, name: 'a.jpg', type: 'image/jpeg' })).text();
    const { storedPath } = JSON.parse(Buffer.from(hidden(first, 'upload'), 'base64url').toString('utf8')) as { storedPath: string };
    const old = new Date(Date.now() - 3 * 86_400_000);
    await utimes(join(filesDir, storedPath), old, old);
    await compose({ step: 'preview' }, { bytes, name: 'b.jpg', type: 'image/jpeg' });
    expect(await sweepUnreferenced(t.db, filesDir, new Date())).toBe(0);
    expect(existsSync(join(filesDir, storedPath))).toBe(true);
  });
});
