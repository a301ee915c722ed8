import type { Locale, Translate } from '../kernel/i18n.js';
import { OTHER_HOLDER_PREFIX } from '../reports/draft.js';

/**
 * Labels of stored codes, from the collaborators' option templates (`ctv-opt-<list>-<code>`) and
 * the hot-spot templates, so a document, an export or a console page says what the reporter
 * chose. Unknown codes show as is.
 */
export function label(t: Translate, locale: Locale, list: string, code: string | null): string {
  if (!code) return '';
  if (list === 'stratum' && code.startsWith(OTHER_HOLDER_PREFIX)) return code.slice(OTHER_HOLDER_PREFIX.length);
  const key = list === 'hssev' ? `hso-sev-${code}` : list === 'hsstatus' ? `hso-status-${code}` : `ctv-opt-${list}-${code}`;
  const text = t(locale, key);
  return text === key ? code : text;
}
