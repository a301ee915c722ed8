import type { Config } from '../../../core/platform/config.js';
import { issueLoginToken, type SessionPolicy } from '../../../core/console/sessions.js';
import type { Reply } from '../../engine/types.js';
import type { Role } from '../../../core/people/people.js';
import type { Feature, HandlerContext } from '../../engine/registry.js';

const OFFICIALS: Role[] = ['official', 'admin'];

export type ConsoleFeatureConfig = Pick<Config, 'PUBLIC_URL' | 'HOST' | 'PORT' | 'CONSOLE_LINK_MINUTES' | 'CONSOLE_IDLE_MINUTES' | 'CONSOLE_SESSION_HOURS'>;

export function sessionPolicy(c: Pick<Config, 'CONSOLE_LINK_MINUTES' | 'CONSOLE_IDLE_MINUTES' | 'CONSOLE_SESSION_HOURS'>): SessionPolicy {
  return { linkMinutes: c.CONSOLE_LINK_MINUTES, idleMinutes: c.CONSOLE_IDLE_MINUTES, sessionHours: c.CONSOLE_SESSION_HOURS };
}

/** Where people open the console: PUBLIC_URL when set, else this server's own address. */
function consoleBaseUrl(c: Pick<Config, 'PUBLIC_URL' | 'HOST' | 'PORT'>): string {
  const host = c.HOST === '0.0.0.0' || c.HOST === '::' ? '127.0.0.1' : c.HOST;
  return `${(c.PUBLIC_URL ?? `http://${host}:${c.PORT}`).replace(/\/$/, '')}/console`;
}

/**
 * /dangnhap (alias /web): an official gets a single-use link to the web console, valid
 * CONSOLE_LINK_MINUTES. The link is written only into this reply (the token is stored hashed).
 */
export function createConsoleFeature(deps: { config: ConsoleFeatureConfig }): Feature {
  const policy = sessionPolicy(deps.config);
  return {
    name: 'console',
    commands: [{ names: ['dangnhap', 'web', 'login'], roles: OFFICIALS, helpKey: 'con-help-dangnhap', run: (_args, h) => loginLink(deps.config, policy, h) }],
  };
}

async function loginLink(config: ConsoleFeatureConfig, policy: SessionPolicy, h: HandlerContext): Promise<Reply[]> {
  const t = h.flow.t;
  const r = await issueLoginToken(h.tx, h.person!.id, policy, h.flow.now);
  if (!r.ok) return [{ text: t(`con-link-x-${r.code}`) }];
  const url = `${consoleBaseUrl(config)}/login/${r.token}`;
  return [{ text: t('con-link', { url, minutes: policy.linkMinutes }) }];
}
