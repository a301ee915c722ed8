import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../bot/main.js';
import { importUnits } from '../../core/people/units.js';
import { hotSpots, media, people, units } from '../../db/schema/index.js';
import { fillUntilReceipt, type ChatUser, type SeenMessage } from '../helpers/chat-driver.js';
import { waitFor } from '../helpers/wait.js';
import { createTestDatabase, testQueuePrefix, testRedisUrl, type TestDatabase } from '../helpers/db.js';

type System = Awaited<ReturnType<typeof main>>;
let t: TestDatabase;
let sys: System;
let dataDir: string;

async function api(path: string, body?: unknown) {
  const res = await fetch(
    `http://127.0.0.1:${sys.port}/sandbox/api/${path}`,
    body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
  );
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

type Seen = SeenMessage & { type?: string; fileName?: string };
/** A person in the sandbox web chat, through its real HTTP API; `photo()` presses the page's photo button. */
function sandboxUser(account: string): ChatUser & { inbox(): Promise<Seen[]>; photo(caption?: string): Promise<Seen[]> } {
  let cursor = 0;
  const read = async () => {
    const { json } = await api(`messages?account=${account}&after=${cursor}`);
    const rows = json.messages as {
      seq: number;
      direction: string;
      payload: { type?: string; text?: string; caption?: string; fileName?: string; choices?: [] };
    }[];
    if (rows.length) cursor = Math.max(...rows.map((r) => r.seq));
    return rows
      .filter((r) => r.direction === 'out')
      .map((r) => ({ type: r.payload.type, fileName: r.payload.fileName, text: r.payload.text ?? r.payload.caption ?? '', choices: r.payload.choices ?? [] }));
  };
  const post = async (body: Record<string, unknown>) => {
    const r = await api('send', { account, ...body });
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    return read();
  };
  return {
    send: (text) => post({ text }),
    press: (choice) => post({ choice }),
    photo: (caption) => post({ photo: true, ...(caption ? { caption } : {}) }),
    inbox: read,
  };
}

beforeAll(async () => {
  t = await createTestDatabase();
  await importUnits(t.db, [
    { code: 'TINH', name: 'Ban TGDV Tỉnh ủy', kind: 'tinh', parentCode: null, deadlineDay: 25 },
    { code: 'XA', name: 'Đảng ủy xã An Bình', kind: 'xa', parentCode: 'TINH', deadlineDay: 20 },
  ]);
  const [xa] = await t.db.select().from(units).where(eq(units.code, 'XA'));
  const [tinh] = await t.db.select().from(units).where(eq(units.code, 'TINH'));
  await t.db.insert(people).values([
    { displayName: 'Cán bộ tỉnh', role: 'official', unitId: tinh!.id, consentAt: new Date() },
    { displayName: 'Cán bộ xã', role: 'official', unitId: xa!.id, consentAt: new Date() },
    { displayName: 'CTV thôn 2', role: 'collaborator', unitId: xa!.id, consentAt: new Date() },
  ]);
  dataDir = await mkdtemp(join(tmpdir(), 'dlxh-media-e2e-'));
  const env = {
    DATABASE_URL: t.url ?? '',
    DATA_DIR: dataDir,
    REDIS_URL: testRedisUrl(),
    QUEUE_PREFIX: testQueuePrefix(),
    SANDBOX: 'on',
    PORT: '0',
    LOG_LEVEL: 'silent',
    OUTBOX_POLL_MS: '50',
    FLOOD_BURST: '1000',
  };
  sys = await main(env, { database: t });
});
afterAll(async () => {
  await sys?.stop();
  await t.close();
});

describe('media reaches the officials, end to end through the sandbox (issue 13 §3)', () => {
  it('a photo sent with a hot spot and one with a quick report are kept under DATA_DIR/files and arrive at the official as files', async () => {
    const personas = (await api('personas')).json.personas as { accountId: string; name: string }[];
    const me = sandboxUser(personas.find((p) => p.name === 'CTV thôn 2')!.accountId);
    const official = sandboxUser(personas.find((p) => p.name === 'Cán bộ xã')!.accountId);

    const opened = await me.send('/diemnong');
    const kept = await me.photo('Người dân tập trung trước cổng');
    expect(kept.map((m) => m.text).join('\n')).toMatch(/ảnh|tệp/i);
    const alert = await fillUntilReceipt(me, [...opened, ...kept]);
    expect(alert.receipt).toMatch(/^DN-/);

    const quickStart = await me.send('/nhanh');
    const evidence = await me.photo();
    expect(evidence.map((m) => m.text).join('\n')).toContain('Đã nhận tệp đính kèm thứ 1');
    const quick = await fillUntilReceipt(me, [...quickStart, ...evidence]);
    expect(quick.receipt).toMatch(/^BN-/);

    const seen: Seen[] = [];
    const fileFor = (receipt: string) => seen.find((m) => m.type === 'media' && m.text.includes(receipt));
    await waitFor(
      async () => {
        seen.push(...(await official.inbox()));
        return fileFor(alert.receipt) && fileFor(quick.receipt);
      },
      { timeout: 20_000, what: 'both files at the official' },
    );
    expect(fileFor(alert.receipt)!.text).toContain('📎 Tệp kèm cảnh báo');
    expect(fileFor(quick.receipt)!.text).toContain('📎 Tệp kèm báo cáo');
    expect(fileFor(quick.receipt)!.fileName).toMatch(/^tep-[0-9a-f]{8}\.png$/);

    const rows = await t.db.select().from(media);
    expect(rows.map((r) => [r.ownerType, r.status]).sort()).toEqual([
      ['hot_spot', 'stored'],
      ['report', 'stored'],
    ]);
    for (const r of rows) expect(existsSync(join(dataDir, 'files', r.storedPath!))).toBe(true);
    // The reporter hears nothing of the forwarding: files go to officials only.
    expect((await me.inbox()).some((m) => m.type === 'media')).toBe(false);
  }, 120_000);

  it('an alert passed up to the province: the province’s official gets the photo already kept, not only the card', async () => {
    const personas = (await api('personas')).json.personas as { accountId: string; name: string }[];
    const me = sandboxUser(personas.find((p) => p.name === 'CTV thôn 2')!.accountId);
    const commune = sandboxUser(personas.find((p) => p.name === 'Cán bộ xã')!.accountId);
    const province = sandboxUser(personas.find((p) => p.name === 'Cán bộ tỉnh')!.accountId);
    await province.inbox();
    const opened = await me.send('/diemnong');
    const kept = await me.photo();
    const alert = await fillUntilReceipt(me, [...opened, ...kept]);
    const seen: Seen[] = [];
    const fileFor = (receipt: string) => seen.find((m) => m.type === 'media' && m.text.includes(receipt));
    await waitFor(async () => (seen.push(...(await commune.inbox())), fileFor(alert.receipt)), { timeout: 20_000, what: 'the file at the commune' });

    const [hs] = await t.db.select().from(hotSpots).where(eq(hotSpots.receiptNo, alert.receipt));
    await commune.press(`h:${hs!.id}:up`);
    const above: Seen[] = [];
    await waitFor(
      async () => {
        above.push(...(await province.inbox()));
        return above.some((m) => m.type === 'media' && m.text.includes(alert.receipt));
      },
      { timeout: 20_000, what: 'the kept photo at the province' },
    );
    expect(above.some((m) => m.type !== 'media' && m.text.includes(alert.receipt))).toBe(true);
  }, 120_000);
});
