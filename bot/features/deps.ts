import type { I18n } from '../../core/kernel/i18n.js';
import type { Config } from '../../core/platform/config.js';

/** What every feature is built from: set up once in bot/main.ts (no feature reads files or env itself). */
export interface FeatureDeps {
  config: Config;
  i18n: I18n;
  clock?: () => Date;
}
