import type { Config } from '../../core/platform/config.js';
import type { SessionPolicy } from '../../core/console/sessions.js';
import type { HotSpotEnv } from '../../core/hot-spots/messages.js';
import type { Translate } from '../../core/kernel/i18n.js';
import type { Logger } from '../../core/kernel/logger.js';
import type { ReviewEnv } from '../../core/reports/review.js';
import type { Db } from '../../db/client.js';
import type { Assets } from './assets.js';

/** Everything the console's routes share, built once in createConsoleApp. */
export interface ConsoleDeps {
  db: Db;
  config: Config;
  t: Translate;
  logger: Logger;
  assets: Assets;
  policy: SessionPolicy;
  now: () => Date;
  secureCookies: boolean;
  hotSpotEnv: HotSpotEnv;
  review: ReviewEnv;
}
