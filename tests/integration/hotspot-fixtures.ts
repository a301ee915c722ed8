import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { hotSpotEvents, sends } from '../../db/schema/index.js';
import type { Config } from '../../core/platform/config.js';
import { createI18n } from '../../core/kernel/i18n.js';
import type { HotSpotEnv } from '../../core/hot-spots/messages.js';
import { createHotSpot } from '../../core/hot-spots/create.js';
import { startPrivateRedis } from '../../testkit/services.js';

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
/** A redis-server on a fixed port (to stop and start again on the same address). */
export const redisOnPort = (port: number) => startPrivateRedis(port);
