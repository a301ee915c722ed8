import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Intake } from '../../bot/engine/intake.js';
import { createZaloOaAdapter } from '../../bot/channels/zalo-oa/adapter.js';
import { createZaloOaClient } from '../../bot/channels/zalo-oa/client.js';
import { createFileLinkRoute } from '../../bot/http/file-link-route.js';
import { erasePerson } from '../../core/compliance/privacy.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { silentLogger } from '../../core/kernel/logger.js';
import type { OutboundMessage } from '../../core/kernel/messages.js';
import { mediaOpenableBy } from '../../core/media/access.js';
import { readFileLink } from '../../core/media/file-link.js';
import { broadcasts, media, people } from '../../db/schema/index.js';
import { startFakeZalo, type FakeZalo } from '../../testkit/fake-zalo.js';
import { addPerson, seedTree, type PersonRef, type Tree } from '../../testkit/seed.js';
import { startHarness, startMediaWorker, statusOf, type Harness } from '../helpers/broadcast-harness.js';
import type { SeenMessage } from '../helpers/chat-driver.js';
import { createTestDatabase, testRedisUrl, type TestDatabase } from '../helpers/db.js';
import { createCollectingIntake } from '../helpers/real-intake.js';
import { createRecordingChannel, type RecordingChannel } from '../helpers/recording-channel.js';
import { waitFor } from '../helpers/wait.js';

/**
 * Issue 13/17 leftover: a guidance's photo is a kept file, like a report's or a material's. An
 * official on Telegram composes /dinhhuong with a photo; the media worker keeps it once under
 * FILES_DIR (a media row owned by the guidance); the fan-out waits for it; the Telegram
 * collaborator gets the photo by its file id, the Zalo OA one the kept copy uploaded, the Zalo
 * Bot one (no uploads) a link made for them that opens the kept copy. /dinhhuong_ds lists it.
 */
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2_000, 0x11)]);
let t: TestDatabase;
let tree: Tree;
let h: Harness;
let zalo: FakeZalo;
let zalobot: RecordingChannel;
let intake: Intake;
let filesDir: string;
let stopMedia: () => Promise<void>;
const outbox = new Map<string, OutboundMessage[]>();
const who: Record<'official' | 'tg' | 'za' | 'zb' | 'elsewhere', PersonRef> = {} as never;

let seq = 0;
/** The official, talking to the intake on Telegram. */
function official() {
  const deliver = async (payload: Parameters<Intake['handle']>[0]['payload']): Promise<SeenMessage[]> => {
    const p = who.official;
    const before = outbox.get(p.accountId)?.length ?? 0;
    await intake.handle({ channel: 'telegram', accountId: p.accountId, updateKey: `tg-${p.accountId}-${++seq}`, receivedAt: new Date(), payload });
    await intake.replies.idle();
    return (outbox.get(p.accountId) ?? []).slice(before).map((m) => ({ text: m.type === 'text' ? m.text : (m.caption ?? ''), choices: m.choices ?? [] }));
  };
  const press = (seen: SeenMessage[], label: RegExp) => {
    const choice = seen.flatMap((m) => m.choices).find((x) => label.test(x.label));
    if (!choice) throw new Error(`no ${String(label)} in ${seen.map((m) => m.text).join(' / ')}`);
    return deliver({ type: 'choice', data: choice.data });
  };
  return {
    send: (text: string) => deliver({ type: 'text', text }),
    photo: (fileId: string) => deliver({ type: 'media', media: { kind: 'photo', fileId, mimeType: 'image/jpeg' } }),
    press,
    data: (data: string) => deliver({ type: 'choice', data }),
  };
}

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedTree(t.db);
  filesDir = await mkdtemp(join(tmpdir(), 'dlxh-guidance-files-'));
  zalo = await startFakeZalo();
  zalobot = createRecordingChannel('zalobot');
  const { accessToken } = zalo.issuePair();
  const zaloAdapter = createZaloOaAdapter({ client: createZaloOaClient({ apiRoot: zalo.url, getAccessToken: async () => accessToken }), logger: silentLogger });
  h = await startHarness({
    db: t.db,
    redisUrl: testRedisUrl(),
    env: { FILES_DIR: filesDir, PUBLIC_URL: 'https://dlxh.example.vn' },
    channels: { zalo: zaloAdapter, zalobot },
  });
  intake = createCollectingIntake(t.db, h.config, outbox);
  const consentAt = new Date();
  who.official = await addPerson(t.db, tree.commune, 'official', 'Cán bộ Bình', { channel: 'telegram', consentAt });
  who.tg = await addPerson(t.db, tree.commune, 'collaborator', 'CTV Telegram', { channel: 'telegram', consentAt });
  who.za = await addPerson(t.db, tree.commune, 'collaborator', 'CTV Zalo', { channel: 'zalo', consentAt });
  who.zb = await addPerson(t.db, tree.commune, 'collaborator', 'CTV Zalo Bot', { channel: 'zalobot', consentAt });
  who.elsewhere = await addPerson(t.db, tree.otherCommune, 'collaborator', 'CTV xã khác', { channel: 'telegram', consentAt });
});

afterAll(async () => {
  await stopMedia?.();
  await h?.stop();
  await zalo?.close();
  await t?.close();
});

describe('a guidance’s photo, kept once and sent on every channel', () => {
  let broadcastId = '';
  let keptId = '';
  let zbToken = '';

  it('composed on Telegram with a photo: kept by the media worker, then the Telegram, Zalo OA and Zalo Bot collaborators each get it their way', async () => {
    h.fake.setFile('tg-photo-hop', JPEG);
    const o = official();
    await o.send('/dinhhuong');
    await o.send('Thông tin buổi tiếp xúc cử tri');
    let seen = await o.press(await o.send('Đề nghị các đồng chí nắm ý kiến bà con sau buổi tiếp xúc.'), /Xong/);
    seen = await o.photo('tg-photo-hop');
    expect(seen.map((m) => m.text).join('\n')).toContain('Đã nhận tệp đính kèm');
    seen = await o.press(await o.press(seen, /^Toàn /), /Cộng tác viên/);
    // Sector, and stratum when the subtree has any: no filter.
    while (seen.some((m) => m.choices.some((c) => /Không lọc/.test(c.label)))) seen = await o.press(seen, /Không lọc/);
    for (const label of [/^Không$/, /Thường/, /Gửi ngay/]) seen = await o.press(seen, label);
    seen = await o.press(seen, /^Gửi$/);
    expect(seen.map((m) => m.text).join('\n')).toContain('Đã bắt đầu gửi định hướng tới 3 người');

    const [b] = await t.db.select().from(broadcasts).where(eq(broadcasts.authorId, who.official.id));
    broadcastId = b!.id;
    const [row] = await t.db
      .select()
      .from(media)
      .where(and(eq(media.ownerType, 'broadcast'), eq(media.ownerId, broadcastId)));
    keptId = row!.id;
    expect(b!.attachment).toMatchObject({ kind: 'photo', source: 'tg-photo-hop', channel: 'telegram', mediaId: keptId });
    // The fan-out waits while the photo is being kept: nobody has anything yet.
    await waitFor(() => statusOf(t.db, broadcastId), { until: (s) => s.status === 'sending', what: 'guidance started' });
    expect(h.fake.messages.filter((x) => x.chatId === who.tg.accountId)).toEqual([]);
    stopMedia = await startMediaWorker(t.db, h);
    await waitFor(() => statusOf(t.db, broadcastId), { until: (s) => s.status === 'done', timeout: 30_000, what: 'guidance delivered' });
    const [kept] = await t.db.select().from(media).where(eq(media.id, keptId));
    expect(kept).toMatchObject({ status: 'stored', mimeType: 'image/jpeg', size: JPEG.length });
    expect(existsSync(join(filesDir, kept!.storedPath!))).toBe(true);

    // Telegram: the photo re-sent by its file id, no upload.
    const tg = h.fake.messages.filter((x) => x.chatId === who.tg.accountId);
    expect(tg.find((x) => x.method === 'sendPhoto')?.media).toBe('tg-photo-hop');
    // Zalo OA: the kept copy uploaded as an image, then sent.
    expect(zalo.uploads.map((u) => [u.kind, u.size])).toEqual([['image', JPEG.length]]);
    expect(zalo.messages.filter((x) => x.userId === who.za.accountId).map((x) => x.kind)).toContain('image');
    // Zalo Bot: no upload; a link made for this collaborator, which opens the kept copy for them only.
    const zb = zalobot.to(who.zb.accountId);
    expect(zb.some((x) => x.message.type === 'media')).toBe(false);
    const said = zb.map((x) => x.text).join('\n');
    expect(said).toContain('mà kênh này không gửi trực tiếp được');
    zbToken = /https:\/\/dlxh\.example\.vn\/tep\/(\S+)/.exec(said)![1]!;
    expect(await t.db.transaction((tx) => readFileLink(tx, zbToken))).toMatchObject({ ok: true, target: { id: keptId, personId: who.zb.id } });
    const person = async (p: PersonRef) => (await t.db.select().from(people).where(eq(people.id, p.id)))[0]!;
    const open = async (p: PersonRef) => (await t.db.transaction(async (tx) => mediaOpenableBy(tx, await person(p), keptId))).ok;
    expect(await open(who.zb)).toBe(true);
    expect(await open(who.official)).toBe(true);
    // Someone the guidance did not go to (another commune's collaborator) is refused.
    expect(await open(who.elsewhere)).toBe(false);
  }, 60_000);

  it('/dinhhuong_ds opens the guidance with its file and what became of it', async () => {
    const seen = await official().data(`bc:${broadcastId}:v`);
    expect(seen.map((m) => m.text).join('\n')).toMatch(/Tệp đính kèm: «tep-[0-9a-f]{8}\.jpg» — đã lưu, gửi kèm trên mọi kênh/);
  });

  it('the link serves the photo until its person is erased; the guidance keeps its file for the others (an official act, docs/privacy.md)', async () => {
    const route = createFileLinkRoute({ db: t.db, config: h.config, t: createI18n().t, logger: silentLogger });
    const before = await route.request(`/${zbToken}`);
    expect(before.status).toBe(200);
    expect(Buffer.from(await before.arrayBuffer()).equals(JPEG)).toBe(true);
    await erasePerson(t.db, who.zb.id);
    expect((await route.request(`/${zbToken}`)).status).toBe(404);
    const [kept] = await t.db.select().from(media).where(eq(media.id, keptId));
    expect(kept?.status).toBe('stored');
    expect(existsSync(join(filesDir, kept!.storedPath!))).toBe(true);
  });
});
