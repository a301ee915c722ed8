import { randomBytes, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { channelAccounts, hotSpotEvents, people, sends, units } from '../../db/schema/index.js';
import { loadConfig, type Config } from '../../core/platform/config.js';
import { createI18n } from '../../core/kernel/i18n.js';
import type { HotSpotEnv } from '../../core/hot-spots/messages.js';
import { createHotSpot } from '../../core/hot-spots/create.js';
import type { ChannelName } from '../../core/kernel/messages.js';
import { startPrivateRedis } from '../helpers/services.js';

/** A unit tree root → province → two communes, plus a sector branch under the province. */
export interface Tree {
  root: string;
  province: string;
  commune: string;
  otherCommune: string;
  branch: string;
  codes: Record<'root' | 'province' | 'commune' | 'otherCommune' | 'branch', string>;
}

export async function seedTree(db: Db): Promise<Tree> {
  const tag = randomBytes(3).toString('hex');
  const ids = { root: randomUUID(), province: randomUUID(), commune: randomUUID(), otherCommune: randomUUID(), branch: randomUUID() };
  const codes = { root: `TW${tag}`, province: `HP${tag}`, commune: `X1${tag}`, otherCommune: `X2${tag}`, branch: `MT${tag}` };
  const rows = [
    { id: ids.root, code: codes.root, name: 'Ban Tuyên giáo và Dân vận Trung ương', parentId: null, path: `/${ids.root}/` },
    { id: ids.province, code: codes.province, name: 'Tỉnh Hải Phòng', parentId: ids.root, path: `/${ids.root}/${ids.province}/` },
    { id: ids.commune, code: codes.commune, name: 'Xã Tân Hòa', parentId: ids.province, path: `/${ids.root}/${ids.province}/${ids.commune}/` },
    { id: ids.otherCommune, code: codes.otherCommune, name: 'Xã An Lạc', parentId: ids.province, path: `/${ids.root}/${ids.province}/${ids.otherCommune}/` },
    { id: ids.branch, code: codes.branch, name: 'Ủy ban MTTQ tỉnh', parentId: ids.province, path: `/${ids.root}/${ids.province}/${ids.branch}/` },
  ];
  await db.insert(units).values(rows);
  return { ...ids, codes };
}

export interface PersonSeed {
  id: string;
  accountId: string;
  channel: ChannelName;
}

/** A person with one active channel account (sandbox unless told otherwise). */
export async function addPerson(
  db: Db,
  unitId: string,
  role: 'collaborator' | 'official' | 'admin',
  name: string,
  opts: { channel?: ChannelName; accounts?: ChannelName[]; noAccount?: boolean } = {},
): Promise<PersonSeed> {
  const [p] = await db.insert(people).values({ displayName: name, role, unitId }).returning({ id: people.id });
  const accountId = `acc-${randomBytes(5).toString('hex')}`;
  const channels = opts.accounts ?? [opts.channel ?? 'sandbox'];
  if (!opts.noAccount) {
    for (const [i, channel] of channels.entries()) {
      await db
        .insert(channelAccounts)
        .values({ personId: p!.id, channel, externalId: i === 0 ? accountId : `${accountId}-${channel}`, createdAt: new Date(Date.now() + i) });
    }
  }
  return { id: p!.id, accountId, channel: channels[0]! };
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...overrides });
}

export function testEnv(config: Config, clock?: () => Date): HotSpotEnv {
  const { t, has } = createI18n();
  return { i18n: { t, has }, config, clock };
}

/** Raises an alert through the real domain call (the reporting flow's createHotSpot). */
export async function raiseAlert(db: Db, reporter: { id: string }, unitId: string, severity = 4, extra: Record<string, unknown> = {}) {
  return db.transaction((tx) =>
    createHotSpot(
      tx,
      { category: 'khieu_kien', severity, placeText: 'Trụ sở UBND xã', description: 'Khoảng 30 người tập trung', media: [], ...extra },
      { personId: reporter.id, unitId, channel: 'sandbox' },
    ),
  );
}

export async function eventsOf(db: Db, hotSpotId: string) {
  return db.select().from(hotSpotEvents).where(eq(hotSpotEvents.hotSpotId, hotSpotId)).orderBy(hotSpotEvents.id);
}

export async function sendsTo(db: Db, personId: string) {
  return db.select().from(sends).where(eq(sends.personId, personId)).orderBy(sends.id);
}

export async function waitUntil(check: () => Promise<boolean> | boolean, timeoutMs = 15_000, what = 'condition'): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A redis-server on a fixed port (to stop and start again on the same address). */
export const redisOnPort = (port: number) => startPrivateRedis(port);
