import type { Locale, Translate } from '../kernel/i18n.js';
import { humanizeCode, sectorLabel, stratumLabel } from '../people/labels.js';

/**
 * Labels of stored codes, from the report option templates (`reports-opt-<list>-<code>`) and
 * the hot-spot templates, so a document says what the reporter chose. Unknown codes show as words (never a bare code).
 */
const HOT_SPOT_KEYS: Record<string, string> = { hssev: 'hot-spots-sev', hsstatus: 'hot-spots-status', hscat: 'hot-spots-opt-category' };

export function label(t: Translate, locale: Locale, list: string, code: string | null): string {
  if (!code) return '';
  if (list === 'stratum') return stratumLabel((k) => t(locale, k), code);
  if (list === 'sector') return sectorLabel((k) => t(locale, k), code);
  const key = `${HOT_SPOT_KEYS[list] ?? `reports-opt-${list}`}-${code}`;
  const text = t(locale, key);
  return text === key ? humanizeCode(code) : text;
}
