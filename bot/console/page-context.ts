import type { Context } from 'hono';
import { formatDayTime } from '../../core/kernel/datetime.js';
import type { Translate } from '../../core/kernel/i18n.js';
import type { ConsoleUser } from '../../core/console/sessions.js';
import type { Assets } from './assets.js';
import type { ConsoleEnv } from './security.js';

/** What every page component needs: texts in the viewer's language, the nonce, who is looking. */
export interface PageCtx {
  t: (key: string, args?: Record<string, string | number>) => string;
  lang: 'vi' | 'en';
  nonce: string;
  user: ConsoleUser;
  assets: Assets;
  path: string;
  timeZone: string;
}

export function pageCtx(c: Context<ConsoleEnv>, t: Translate, assets: Assets, timeZone: string): PageCtx {
  const lang = c.get('lang');
  return { t: (k, a) => t(lang, k, a), lang, nonce: c.get('nonce'), user: c.get('user'), assets, path: c.req.path, timeZone };
}

/** dd/mm/yyyy hh:mm in the province's time zone. */
export function fmtTime(d: Date | null | undefined, timeZone: string): string {
  return d ? formatDayTime(d, timeZone) : '';
}

/** "2026-12" → "12/2026", the way a period is written in Vietnamese documents (and read in English). */
export function fmtPeriod(period: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  return m ? `${m[2]}/${m[1]}` : period;
}

/** "2026-12-20" → "20/12/2026". */
export function fmtDay(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** A query string from the non-empty values (for filter links and pagination). */
export function qs(values: Record<string, string | number | null | undefined>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== null && v !== undefined && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}
