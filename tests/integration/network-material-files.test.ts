import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Intake } from '../../bot/engine/intake.js';
import { createSandboxAdapter } from '../../bot/channels/sandbox/adapter.js';
import { createZaloOaAdapter } from '../../bot/channels/zalo-oa/adapter.js';
import { createZaloOaClient } from '../../bot/channels/zalo-oa/client.js';
import { silentLogger } from '../../core/kernel/logger.js';
import type { OutboundMessage } from '../../core/kernel/messages.js';
import { materials, media, people, sandboxMessages, sends } from '../../db/schema/index.js';
import { readFileLink } from '../../core/media/file-link.js';
import { mediaOpenableBy } from '../../core/media/access.js';
import { startFakeZalo, type FakeZalo } from '../../testkit/fake-zalo.js';
import { addPerson, seedTree, type PersonRef } from '../../testkit/seed.js';
import { startHarness, startMediaWorker, statusOf, type Harness } from '../helpers/broadcast-harness.js';
import type { ChatUser, SeenMessage } from '../helpers/chat-driver.js';
import { createTestDatabase, testRedisUrl, type TestDatabase } from '../helpers/db.js';
import { createCollectingIntake } from '../helpers/real-intake.js';
import { createRecordingChannel, type RecordingChannel } from '../helpers/recording-channel.js';
import { waitFor } from '../helpers/wait.js';

/**
 * Issue 17 §3 through the real path: an official on Telegram sends a PDF with /tailieu_moi; the
 * media worker downloads it once from the (fake) Bot API into FILES_DIR; the guidance's fan-out
 * waits for it; the collaborators get it on their own channel — Telegram re-sends its file id,
 * Zalo OA uploads the kept copy (upload/file, then a file message), the sandbox shows the kept
 * file, Zalo Bot (no uploads) reads a note. A collaborator opening it later in /tailieu gets the
 * kept copy too.
 */
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(900, 0x20)]);
let t: TestDatabase;
let h: Harness;
let zalo: FakeZalo;
let zalobot: RecordingChannel;
let intake: Intake;
let filesDir: string;
let stopMedia: () => Promise<void>;
const outbox = new Map<string, OutboundMessage[]>();
const who: Record<'official' | 'tg' | 'za' | 'zb' | 'sb', PersonRef> = {} as never;

/** A person talking to the same intake on `channel` (what that channel's webhook would hand it). */
function user(p: PersonRef, channel: 'telegram' | 'sandbox'): ChatUser & { file(fileId: string, fileName: string): Promise<SeenMessage[]> } {
  let seq = 0;
  const deliver = async (payload: Parameters<Intake['handle']>[0]['payload']) => {
    const before = outbox.get(p.accountId)?.length ?? 0;
    await intake.handle({ channel, accountId: p.accountId, updateKey: `${channel}-${p.accountId}-${++seq}`, receivedAt: new Date(), payload });
    await intake.replies.idle();
    return (outbox.get(p.accountId) ?? []).slice(before).map((m) => ({ text: m.type === 'text' ? m.text : (m.caption ?? ''), choices: m.choices ?? [] }));
  };
  return {
    send: (text) => deliver({ type: 'text', text }),
    press: (data) => deliver({ type: 'choice', data }),
    file: (fileId, fileName) => deliver({ type: 'media', media: { kind: 'document', fileId, fileName, mimeType: 'application/pdf' } }),
  };
}
function press(u: ChatUser, seen: SeenMessage[], label: RegExp): Promise<SeenMessage[]> {
  const choice = seen.flatMap((m) => m.choices).find((x) => label.test(x.label));
  if (!choice) throw new Error(`no ${String(label)} in ${seen.map((m) => m.choices.map((x) => x.label).join(' | ')).join(' / ')}`);
  return u.press(choice.data);
}

beforeAll(async () => {
  t = await createTestDatabase();
  const tree = await seedTree(t.db);
  filesDir = await mkdtemp(join(tmpdir(), 'dlxh-material-files-'));
  zalo = await startFakeZalo();
  zalobot = createRecordingChannel('zalobot');
  const { accessToken } = zalo.issuePair();
  const zaloAdapter = createZaloOaAdapter({ client: createZaloOaClient({ apiRoot: zalo.url, getAccessToken: async () => accessToken }), logger: silentLogger });
  h = await startHarness({
    db: t.db,
    redisUrl: testRedisUrl(),
    env: { FILES_DIR: filesDir, PUBLIC_URL: 'https://dlxh.example.vn' },
    channels: { zalo: zaloAdapter, zalobot, sandbox: createSandboxAdapter({ db: t.db }) },
  });
  intake = createCollectingIntake(t.db, h.config, outbox);
  const consentAt = new Date();
  who.official = await addPerson(t.db, tree.commune, 'official', 'Cán bộ Bình', { channel: 'telegram', consentAt });
  who.tg = await addPerson(t.db, tree.commune, 'collaborator', 'CTV Telegram', { channel: 'telegram', consentAt });
  who.za = await addPerson(t.db, tree.commune, 'collaborator', 'CTV Zalo', { channel: 'zalo', consentAt });
  who.zb = await addPerson(t.db, tree.commune, 'collaborator', 'CTV Zalo Bot', { channel: 'zalobot', consentAt });
  who.sb = await addPerson(t.db, tree.commune, 'collaborator', 'CTV Sandbox', { channel: 'sandbox', consentAt });
});
afterAll(async () => {
  await stopMedia?.();
  await h?.stop();
  await zalo?.close();
  await t?.close();
});

describe('a training material’s file on every channel (issue 17 §3)', () => {
  let materialId = '';

  it('sent once on Telegram, kept once, delivered on Telegram, Zalo OA and the sandbox; Zalo Bot reads a note', async () => {
    h.fake.setFile('tg-doc-so-tay', PDF);
    const official = user(who.official, 'telegram');
    let seen = await official.send('/tailieu_moi');
    seen = await official.send('Kỹ năng nắm bắt dư luận');
    seen = await press(official, seen, /Tài liệu|tệp/i);
    seen = await official.send('Sổ tay cộng tác viên');
    seen = await official.file('tg-doc-so-tay', 'so-tay.pdf');
    seen = await press(official, seen, /Bỏ qua/);
    seen = await press(official, seen, /^Toàn /);
    seen = await press(official, seen, /Gửi tài liệu/);
    expect(seen.map((m) => m.text).join('\n')).toContain('Đã gửi tài liệu tới 4 cộng tác viên của Xã Tân Hòa');

    const [m] = await t.db.select().from(materials);
    materialId = m!.id;
    // Until the file is kept, the fan-out waits (its job retries): nobody has been sent anything yet.
    await waitFor(() => statusOf(t.db, m!.broadcastId), { until: (s) => s.status === 'sending', what: 'guidance started' });
    await new Promise((r) => setTimeout(r, 1500));
    expect(await t.db.select().from(sends).where(eq(sends.broadcastId, m!.broadcastId))).toEqual([]);
    stopMedia = await startMediaWorker(t.db, h);
    await waitFor(() => statusOf(t.db, m!.broadcastId), { until: (s) => s.status === 'done', timeout: 30_000, what: 'material delivered' });
    const [kept] = await t.db
      .select()
      .from(media)
      .where(and(eq(media.ownerType, 'material'), eq(media.ownerId, m!.id)));
    expect(kept).toMatchObject({ status: 'stored', mimeType: 'application/pdf', channel: 'telegram', fileId: 'tg-doc-so-tay' });
    expect(existsSync(join(filesDir, kept!.storedPath!))).toBe(true);

    // Telegram: the file id re-sent, no upload.
    const tg = h.fake.messages.filter((x) => x.chatId === who.tg.accountId);
    expect(tg.find((x) => x.method === 'sendDocument')?.media).toBe('tg-doc-so-tay');
    // Zalo OA: the kept copy uploaded as a file, then sent.
    expect(zalo.uploads.map((u) => [u.kind, u.fileName, u.size])).toEqual([['file', 'so-tay.pdf', PDF.length]]);
    expect(zalo.messages.filter((x) => x.userId === who.za.accountId).map((x) => x.kind)).toContain('file');
    // Sandbox: the kept file, by name.
    const sb = await t.db.select().from(sandboxMessages).where(eq(sandboxMessages.accountId, who.sb.accountId));
    const sbFile = sb.map((r) => r.payload as { type: string; source?: string; fileName?: string }).find((p) => p.type === 'media');
    expect(sbFile).toMatchObject({ fileName: 'so-tay.pdf', source: join(filesDir, kept!.storedPath!) });
    // Zalo Bot: no upload; the text says a file came with it.
    const zb = zalobot.to(who.zb.accountId);
    expect(zb.some((x) => x.message.type === 'media')).toBe(false);
    expect(zb.map((x) => x.text).join('\n')).toContain('có tệp đính kèm «so-tay.pdf», nhưng kênh này chưa gửi được');
  }, 60_000);

  it('opened later from /tailieu on Zalo OA: the kept copy is queued for them; on Zalo Bot, a personal link that opens it', async () => {
    const open = async (p: PersonRef, channel: 'zalo' | 'zalobot') => {
      await intake.handle({
        channel,
        accountId: p.accountId,
        updateKey: `open-${p.accountId}`,
        receivedAt: new Date(),
        payload: { type: 'choice', data: `tl:o:${materialId}` },
      });
      await intake.replies.idle();
      const [queued] = await t.db
        .select()
        .from(sends)
        .where(and(eq(sends.personId, p.id), like(sends.purpose, `mat-${materialId}-%`)));
      return { queued, said: (outbox.get(p.accountId) ?? []).map((m) => (m.type === 'text' ? m.text : '')).join('\n') };
    };
    const [kept] = await t.db.select().from(media).where(eq(media.ownerId, materialId));
    const z = await open(who.za, 'zalo');
    expect(z.said).toContain('Sổ tay cộng tác viên');
    expect(z.said).not.toContain('chưa gửi được');
    expect(z.queued?.message).toMatchObject({ type: 'media', kind: 'document', source: join(filesDir, kept!.storedPath!), fileName: 'so-tay.pdf' });
    // Zalo Bot takes no file: a link made for this person to the kept copy, which opens for them (core/media/access.ts).
    const b = await open(who.zb, 'zalobot');
    expect(b.queued).toBeUndefined();
    expect(b.said).toContain('Tệp «so-tay.pdf» không gửi trực tiếp được qua kênh này');
    const token = /https:\/\/dlxh\.example\.vn\/tep\/(\S+)/.exec(b.said)![1]!;
    const opened = await t.db.transaction((tx) => readFileLink(tx, token));
    expect(opened).toMatchObject({ ok: true, target: { id: kept!.id, personId: who.zb.id } });
    const [zb] = await t.db.select().from(people).where(eq(people.id, who.zb.id));
    expect((await t.db.transaction((tx) => mediaOpenableBy(tx, zb!, kept!.id))).ok).toBe(true);
  });
});
