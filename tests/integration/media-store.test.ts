import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandboxAdapter } from '../../bot/channels/sandbox/adapter.js';
import { createTelegramAdapter } from '../../bot/channels/telegram/adapter.js';
import { createZaloOaAdapter } from '../../bot/channels/zalo-oa/adapter.js';
import { createZaloOaClient } from '../../bot/channels/zalo-oa/client.js';
import { createHotSpot } from '../../core/hot-spots/create.js';
import { exportPerson } from '../../core/compliance/privacy-export.js';
import { erasePersonCommand } from '../../scripts/admin/privacy-commands.js';
import { handleCreated } from '../../core/hot-spots/escalation.js';
import { findHotSpot } from '../../core/hot-spots/queries.js';
import { detailReply } from '../../bot/features/hot-spots/views.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { silentLogger } from '../../core/kernel/logger.js';
import type { ChannelName, MediaRef } from '../../core/kernel/messages.js';
import { MEDIA_FETCH_JOB, MEDIA_QUEUE } from '../../core/media/attach.js';
import { fetchMedia, mediaEnvOf, NotAnnouncedYet, type MediaEnv } from '../../core/media/fetch.js';
import { media, outbox, sends } from '../../db/schema/index.js';
import { startFakeTelegram, type FakeTelegram } from '../../testkit/fake-telegram.js';
import { startFakeZalo, type FakeZalo } from '../../testkit/fake-zalo.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { testEnv } from './hotspot-fixtures.js';
import { addPerson, seedTree, type PersonRef, type Tree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';

/** Real file headers: what the worker checks is the bytes, not the declared type. */
export const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(600, 7)]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(300, 3)]);
const OGG = Buffer.concat([Buffer.from('OggS'), Buffer.alloc(200, 1)]);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(500, 9)]);

let t: TestDatabase;
let tree: Tree;
let official: PersonRef;
let zaloOfficial: PersonRef;
let reporter: PersonRef;
let tg: FakeTelegram;
let zalo: FakeZalo;
let env: MediaEnv;
let filesDir: string;
const config = () => testConfig({ FILES_DIR: filesDir, MEDIA_MAX_BYTES: '2048' });

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedTree(t.db);
  reporter = await addPerson(t.db, tree.commune, 'collaborator', 'CTV Lan', { channel: 'telegram' });
  official = await addPerson(t.db, tree.commune, 'official', 'Cán bộ Minh', { channel: 'telegram' });
  zaloOfficial = await addPerson(t.db, tree.commune, 'official', 'Cán bộ Hà', { channel: 'zalo' });
  tg = await startFakeTelegram();
  zalo = await startFakeZalo();
  filesDir = mkdtempSync(join(tmpdir(), 'dlxh-files-'));
  const channels = {
    telegram: createTelegramAdapter({ token: tg.token, apiRoot: tg.url, logger: silentLogger }),
    zalo: createZaloOaAdapter({ client: createZaloOaClient({ apiRoot: zalo.url, getAccessToken: async () => 'unused' }), logger: silentLogger }),
    sandbox: createSandboxAdapter({ db: t.db }),
  };
  env = mediaEnvOf(config(), channels, createI18n().t);
});
afterAll(async () => {
  await tg?.close();
  await zalo?.close();
  await t?.close();
});

/** An alert raised through the real domain call, its officials notified as the alerts worker does. */
async function alertWith(channel: ChannelName, refs: MediaRef[]) {
  const draft = { category: 'khieu_kien', severity: 3, placeText: 'Trụ sở UBND xã', description: 'Người dân tập trung', media: refs };
  const { hotSpotId } = await t.db.transaction((tx) => createHotSpot(tx, draft, { personId: reporter.id, unitId: tree.commune, channel }));
  await t.db.transaction((tx) => handleCreated(tx, testEnv(config()), hotSpotId));
  const rows = await t.db.select().from(media).where(eq(media.ownerId, hotSpotId));
  return { hotSpotId, rows };
}

describe('attachments are downloaded once, checked and kept by content (issue 13 §3)', () => {
  it('a Telegram photo on an alert: one job per file, fetched by getFile, kept under its sha-256 and sent to the notified officials', async () => {
    tg.setFile('tg-photo-1', JPEG);
    const { hotSpotId, rows } = await alertWith('telegram', [{ kind: 'photo', fileId: 'tg-photo-1', mimeType: 'image/jpeg' }]);
    const m = rows[0]!;
    const [job] = await t.db
      .select()
      .from(outbox)
      .where(eq(outbox.jobId, `media-${m.id}`));
    expect(job).toMatchObject({ queue: MEDIA_QUEUE, name: MEDIA_FETCH_JOB, payload: { mediaId: m.id } });

    expect(await fetchMedia(t.db, env, m.id)).toBe('stored');
    const [kept] = await t.db.select().from(media).where(eq(media.id, m.id));
    expect(kept).toMatchObject({ status: 'stored', mimeType: 'image/jpeg', size: JPEG.length });
    expect(kept!.storedPath).toBe(`${kept!.sha256!.slice(0, 2)}/${kept!.sha256}`);
    expect(readFileSync(join(filesDir, kept!.storedPath!))).toEqual(JPEG);
    expect(tg.callsOf('getFile').map((c) => c.file_id)).toContain('tg-photo-1');

    // The officials told of the alert get the file (Telegram and Zalo OA upload the kept copy); the reporter does not.
    const forwarded = await t.db
      .select()
      .from(sends)
      .where(eq(sends.purpose, `media-${m.id}`));
    expect(forwarded.map((s) => s.personId).sort()).toEqual([official.id, zaloOfficial.id].sort());
    const message = forwarded[0]!.message as { type: string; kind: string; source: string; caption: string };
    expect(message).toMatchObject({ type: 'media', kind: 'photo', source: join(filesDir, kept!.storedPath!) });
    expect(message.caption).toContain('📎');
    expect(message.caption).toContain((await receiptOf(hotSpotId))!);

    // The alert's record in chat counts its files.
    const record = await detailReply(t.db, testEnv(config()), 'vi', (await findHotSpot(t.db, hotSpotId))!);
    expect(record.text).toContain('📎 Tệp đính kèm: 1 (đã lưu 1;');

    // A second run (a retried job) changes nothing and sends nothing more.
    expect(await fetchMedia(t.db, env, m.id)).toBe('already');
    expect(
      await t.db
        .select()
        .from(sends)
        .where(eq(sends.purpose, `media-${m.id}`)),
    ).toHaveLength(2);
  });

  it('the same bytes sent again are stored once; a Zalo attachment URL and a voice note are fetched alike', async () => {
    tg.setFile('tg-photo-again', JPEG);
    zalo.cdn.set('anh.png', PNG);
    zalo.cdn.set('ghiam.ogg', OGG);
    const a = await alertWith('telegram', [{ kind: 'photo', fileId: 'tg-photo-again' }]);
    const b = await alertWith('zalo', [
      { kind: 'photo', fileId: `${zalo.url}/cdn/anh.png` },
      { kind: 'voice', fileId: `${zalo.url}/cdn/ghiam.ogg` },
    ]);
    for (const r of [...a.rows, ...b.rows]) expect(await fetchMedia(t.db, env, r.id)).toBe('stored');
    const kept = await t.db.select().from(media).where(eq(media.status, 'stored'));
    const byFile = new Map(kept.map((k) => [k.fileId, k]));
    expect(byFile.get('tg-photo-again')!.storedPath).toBe(byFile.get('tg-photo-1')!.storedPath);
    expect(byFile.get(`${zalo.url}/cdn/anh.png`)!.mimeType).toBe('image/png');
    expect(byFile.get(`${zalo.url}/cdn/ghiam.ogg`)!.mimeType).toBe('audio/ogg');
    const onDisk = readdirSync(filesDir, { recursive: true }).filter((f) => String(f).length > 3);
    expect(onDisk).toHaveLength(3);
    // A voice note goes to a Telegram official as a file (no platform here plays an uploaded voice note in a card).
    const voice = byFile.get(`${zalo.url}/cdn/ghiam.ogg`)!;
    const sent = await t.db
      .select()
      .from(sends)
      .where(eq(sends.purpose, `media-${voice.id}`));
    const to = (p: PersonRef) => sent.find((s) => s.personId === p.id)!.message;
    expect(to(official)).toMatchObject({ kind: 'document', fileName: `tep-${voice.id.slice(0, 8)}.ogg` });
    // Zalo OA uploads no audio: with no PUBLIC_URL for a link, the Zalo official is sent to the console.
    expect(to(zaloOfficial)).toMatchObject({ type: 'text' });
    expect((to(zaloOfficial) as { text: string }).text).toMatch(/ghi âm.*Zalo không gửi trực tiếp được.*trang quản trị.*\/dangnhap/s);
    expect((to(zaloOfficial) as { text: string }).text).not.toContain('http');
  });

  it('refuses what is too large or not what it claims, marks a file the platform lost, and keeps nothing of them', async () => {
    tg.setFile('tg-exe', EXE);
    tg.setFile('tg-big', Buffer.concat([JPEG, Buffer.alloc(4096)]));
    zalo.cdn.set('song.ogg', OGG);
    const before = readdirSync(filesDir, { recursive: true }).length;
    const { rows } = await alertWith('telegram', [
      { kind: 'photo', fileId: 'tg-exe', mimeType: 'image/jpeg' },
      { kind: 'photo', fileId: 'tg-big' },
    ]);
    const z = await alertWith('zalo', [
      { kind: 'photo', fileId: `${zalo.url}/cdn/missing.jpg` },
      // An audio file sent as a "photo" is refused: the kind must match the bytes.
      { kind: 'photo', fileId: `${zalo.url}/cdn/song.ogg` },
    ]);
    const outcomes = [];
    for (const r of [...rows, ...z.rows]) outcomes.push(await fetchMedia(t.db, env, r.id));
    expect(outcomes).toEqual(['refused', 'refused', 'failed', 'refused']);
    const after = await t.db.select({ fileId: media.fileId, status: media.status, failure: media.failure, storedPath: media.storedPath }).from(media);
    const of = (id: string) => after.find((r) => r.fileId === id)!;
    expect(of('tg-exe')).toMatchObject({ status: 'refused', failure: 'type', storedPath: null });
    expect(of('tg-big')).toMatchObject({ status: 'refused', failure: 'too_large', storedPath: null });
    expect(of(`${zalo.url}/cdn/missing.jpg`)).toMatchObject({ status: 'failed', failure: 'gone' });
    expect(readdirSync(filesDir, { recursive: true }).length).toBe(before);
    expect(await t.db.select().from(sends).where(like(sends.purpose, 'media-%'))).toHaveLength(2 + 2 * 3);
  });

  it('waits (the job retries) while the alert is not yet announced, then goes to those told', async () => {
    const draft = { category: 'khieu_kien', severity: 3, placeText: 'Chợ xã', media: [{ kind: 'photo', fileId: 'sandbox-photo-early' }] };
    const { hotSpotId } = await t.db.transaction((tx) => createHotSpot(tx, draft, { personId: reporter.id, unitId: tree.commune, channel: 'sandbox' }));
    const [row] = await t.db.select().from(media).where(eq(media.ownerId, hotSpotId));
    await expect(fetchMedia(t.db, env, row!.id)).rejects.toBeInstanceOf(NotAnnouncedYet);
    expect((await t.db.select().from(media).where(eq(media.id, row!.id)))[0]!.status).toBe('pending');
    await t.db.transaction((tx) => handleCreated(tx, testEnv(config()), hotSpotId));
    expect(await fetchMedia(t.db, env, row!.id)).toBe('stored');
    expect(
      await t.db
        .select()
        .from(sends)
        .where(eq(sends.purpose, `media-${row!.id}`)),
    ).toHaveLength(2);
  });

  it('a sandbox photo is kept like any other (the console and the notices show it)', async () => {
    const { rows } = await alertWith('sandbox', [{ kind: 'photo', fileId: 'sandbox-photo-abc', mimeType: 'image/jpeg', size: 0 }]);
    expect(await fetchMedia(t.db, env, rows[0]!.id)).toBe('stored');
    const [kept] = await t.db.select().from(media).where(eq(media.id, rows[0]!.id));
    expect(kept).toMatchObject({ status: 'stored', mimeType: 'image/png' });
  });
});

describe('the data-subject export and erasure cover attachments (docs/privacy.md)', () => {
  it('export lists the attachments of what the person reported; erase deletes their voice notes (row and file) and keeps photos', async () => {
    const exported = await exportPerson(t.db, reporter.id);
    const listed = exported.attachments as { kind: string; sha256: string | null }[];
    expect(listed.length).toBeGreaterThan(5);
    const voice = (await t.db.select().from(media).where(eq(media.kind, 'voice')))[0]!;
    expect(existsSync(join(filesDir, voice.storedPath!))).toBe(true);
    const lines: string[] = [];
    await erasePersonCommand.run([reporter.id, '--confirm'], { db: t.db, config: config(), out: (l) => lines.push(l) });
    expect(lines[0]).toContain('1 ghi âm');
    expect(await t.db.select().from(media).where(eq(media.kind, 'voice'))).toHaveLength(0);
    expect(existsSync(join(filesDir, voice.storedPath!))).toBe(false);
    const photos = await t.db.select().from(media).where(eq(media.status, 'stored'));
    expect(photos.length).toBeGreaterThan(0);
    for (const p of photos) expect(existsSync(join(filesDir, p.storedPath!))).toBe(true);
  });
});

async function receiptOf(hotSpotId: string) {
  const { hotSpots } = await import('../../db/schema/index.js');
  const [row] = await t.db.select({ r: hotSpots.receiptNo }).from(hotSpots).where(eq(hotSpots.id, hotSpotId));
  return row?.r;
}
