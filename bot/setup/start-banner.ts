import type { DemoInvite } from '../../core/demo/invites.js';
import type { Translate } from '../../core/kernel/i18n.js';

export interface BannerInfo {
  /** Where a browser on this machine reaches the server. */
  url: string;
  sandbox: boolean;
  /** Codes created at this start (first start on an empty database), else none. */
  invites: readonly DemoInvite[];
}

/** The address to print: a wildcard bind is reached through localhost. */
export function browserUrl(host: string, port: number): string {
  const name = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

/**
 * The block a newcomer reads after `npm start`: where to click, which codes to type, how to get
 * more and how to stop. Both languages on each line; nothing here is a secret of a real deployment
 * (demo codes exist only where no real channel ever was).
 */
export function startBanner(t: Translate, info: BannerInfo): string {
  const both = (key: string) => `${t('vi', key)} / ${t('en', key)}`;
  const lines = [`${both('startup-banner-title')}`, `${both('startup-banner-address')}: ${info.url}`];
  if (info.sandbox) {
    lines.push(`${both('startup-banner-sandbox')}: ${info.url}/sandbox`);
    if (info.invites.length > 0) {
      lines.push(`${both('startup-banner-invites')}:`);
      for (const inv of info.invites) {
        const role = `startup-banner-role-${inv.role}`;
        lines.push(`    ${inv.code}   ${t('vi', role)} / ${t('en', role)} — ${inv.unitName}`);
      }
    }
    lines.push(`${both('startup-banner-more-invites')}: npm run admin -- demo-invites`);
  }
  lines.push(`${both('startup-banner-stop')}: Ctrl+C`);
  // No right-hand border: Vietnamese marks make the printed width differ from the string length.
  const rule = '─'.repeat(72);
  return ['', `┌${rule}`, ...lines.map((l) => `│ ${l}`), `└${rule}`, ''].join('\n');
}
