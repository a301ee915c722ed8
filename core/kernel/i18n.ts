import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FluentBundle, FluentResource } from '@fluent/bundle';

export type Locale = 'vi' | 'en';
export const locales: readonly Locale[] = ['vi', 'en'];
export type Translate = (locale: Locale, key: string, args?: Record<string, string | number>) => string;
/** Every text of every locale, loaded once at start-up (bot/main.ts, workers/main.ts) and passed down. */
export interface I18n {
  t: Translate;
  has: (locale: Locale, key: string) => boolean;
}

export const templatesDir = fileURLToPath(new URL('../../templates', import.meta.url));

/**
 * Loads every `templates/<locale>/*.ftl` once. A key missing in English falls back to
 * Vietnamese; a key missing everywhere returns the key itself (caught by the template test).
 */
export function createI18n(dir = templatesDir): I18n {
  const bundles = new Map<Locale, FluentBundle>();
  for (const locale of locales) {
    const bundle = new FluentBundle(locale, { useIsolating: false });
    const folder = join(dir, locale);
    for (const file of readdirSync(folder)
      .filter((f) => f.endsWith('.ftl'))
      .sort()) {
      const errors = bundle.addResource(new FluentResource(readFileSync(join(folder, file), 'utf8')));
      if (errors.length > 0) throw new Error(`templates/${locale}/${file}: ${errors[0]?.message}`);
    }
    bundles.set(locale, bundle);
  }
  const format = (locale: Locale, key: string, args?: Record<string, string | number>): string | undefined => {
    const bundle = bundles.get(locale);
    const msg = bundle?.getMessage(key);
    if (!bundle || !msg?.value) return undefined;
    return bundle.formatPattern(msg.value, args);
  };
  return {
    t: (locale, key, args) => format(locale, key, args) ?? format('vi', key, args) ?? key,
    has: (locale, key) => bundles.get(locale)?.hasMessage(key) ?? false,
  };
}
