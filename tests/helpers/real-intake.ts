import { createIntake, type Intake } from '../../bot/engine/intake.js';
import { createFeatures } from '../../bot/features/index.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { silentLogger } from '../../core/kernel/logger.js';
import type { OutboundMessage } from '../../core/kernel/messages.js';
import type { Config } from '../../core/platform/config.js';
import type { Db } from '../../db/client.js';
import { collectInto } from './intake-user.js';

/**
 * The real intake with every feature, as bot/main.ts builds it, filing replies under their account
 * (or handing them to `deliver`: the channel tests send them through the platform fakes).
 */
export function createCollectingIntake(
  db: Db,
  config: Config,
  outbox: Map<string, OutboundMessage[]>,
  o: { clock?: () => Date; maxTextLength?: number; deliver?: Parameters<typeof createIntake>[0]['deliver'] } = {},
): Intake {
  const i18n = createI18n();
  return createIntake({
    db,
    features: createFeatures({ config, i18n }),
    t: i18n.t,
    deliver: o.deliver ?? collectInto(outbox),
    logger: silentLogger,
    maxTextLength: o.maxTextLength ?? config.MAX_TEXT_LENGTH,
    defaultLocale: config.DEFAULT_LOCALE,
    locales: i18n.locales,
    ...(o.clock ? { clock: o.clock } : {}),
  });
}
