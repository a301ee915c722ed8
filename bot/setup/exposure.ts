import type { Translate } from '../../core/kernel/i18n.js';
import type { Config } from '../../core/platform/config.js';
import { isLoopbackHost } from '../http/local-only.js';
import { bilingual } from './startup-errors.js';

/** Shortest accepted secrets on an exposed server (the dashboard also limits attempts). */
const MIN_SECRET_LENGTH = {
  ADMIN_PASSWORD: 12,
  METRICS_TOKEN: 16,
  TELEGRAM_WEBHOOK_SECRET: 16,
  ZALO_BOT_WEBHOOK_SECRET: 16,
} as const;

/**
 * Why the sandbox would face the internet: a production deployment or a public webhook address.
 * (A non-loopback HOST is caught per request by the sandbox's loopback checks instead.)
 */
export function sandboxExposure(config: Pick<Config, 'NODE_ENV' | 'PUBLIC_URL'>): string[] {
  const reasons: string[] = [];
  if (config.NODE_ENV === 'production') reasons.push('NODE_ENV=production');
  if (config.PUBLIC_URL) reasons.push('PUBLIC_URL');
  return reasons;
}

/** Why anything this server answers may be reached from other machines. */
function serverExposure(config: Pick<Config, 'NODE_ENV' | 'PUBLIC_URL' | 'HOST'>): string[] {
  const reasons = sandboxExposure(config);
  if (!isLoopbackHost(config.HOST)) reasons.push(`HOST=${config.HOST}`);
  return reasons;
}

/**
 * Everything that makes this configuration unsafe to serve, as console lines (empty = fine).
 * Checked before anything starts, so a refusal leaves no database lock, worker or port behind.
 */
export function startupProblems(config: Config, opts: { sandbox: boolean; t: Translate }): string[] {
  const { t } = opts;
  const problems: string[] = [];
  const sandboxReasons = sandboxExposure(config);
  if (opts.sandbox && sandboxReasons.length > 0 && !config.DANGEROUSLY_EXPOSE_SANDBOX) {
    problems.push(bilingual(t, 'startup-sandbox-exposed', { reason: sandboxReasons.join(', ') }));
  }
  const reasons = serverExposure(config);
  if (reasons.length > 0) {
    for (const [key, min] of Object.entries(MIN_SECRET_LENGTH)) {
      const value = config[key as keyof typeof MIN_SECRET_LENGTH];
      if (value !== undefined && value.length < min) problems.push(bilingual(t, 'startup-secret-short', { key, min, reason: reasons.join(', ') }));
    }
  }
  if (config.PUBLIC_URL && !config.METRICS_TOKEN) problems.push(bilingual(t, 'startup-metrics-token-required', { min: MIN_SECRET_LENGTH.METRICS_TOKEN }));
  return problems;
}
