import { and, eq } from 'drizzle-orm';
import type { Config } from '../../../core/platform/config.js';
import { issueLoginToken, mayUseConsole } from '../../../core/console/sessions.js';
import type { Db } from '../../../db/client.js';
import { channelAccounts, people } from '../../../db/schema/index.js';
import { sessionPolicy } from './feature.js';

/** The sandbox's «Mở bảng điều khiển»: a single-use console login for the persona behind a sandbox account (officials only). */
export async function consoleLoginForAccount(db: Db, config: Config, accountId: string): Promise<string | null> {
  const [row] = await db
    .select({ personId: people.id, role: people.role })
    .from(channelAccounts)
    .innerJoin(people, eq(people.id, channelAccounts.personId))
    .where(and(eq(channelAccounts.channel, 'sandbox'), eq(channelAccounts.externalId, accountId)));
  if (!row || !mayUseConsole(row.role)) return null;
  const r = await db.transaction((tx) => issueLoginToken(tx, row.personId, sessionPolicy(config), new Date()));
  return r.ok ? `/console/login/${r.token}` : null;
}
