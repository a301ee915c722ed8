import type { PageCtx } from '../../bot/console/page-context.js';
import { createI18n } from '../../core/kernel/i18n.js';

const i18n = createI18n();

/** A console page's context for rendering a page alone (unit tests): an official of a province unit. */
export function pageCtxFor(lang: 'vi' | 'en', path: string): PageCtx {
  return {
    t: (k, a) => i18n.t(lang, k, a),
    lang,
    nonce: 'n',
    user: {
      sessionId: 's',
      csrfToken: 'c',
      id: 'u',
      displayName: 'Cán bộ',
      role: 'official',
      unitId: 'x',
      unitName: 'Tỉnh',
      unitPath: '/x/',
    } as PageCtx['user'],
    assets: { url: (n: string) => `/console/assets/v/${n}`, mount: () => {} },
    path,
    timeZone: 'Asia/Ho_Chi_Minh',
  };
}
