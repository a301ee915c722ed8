import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FluentBundle, FluentResource } from '@fluent/bundle';

/**
 * A locale is the name of a folder of `templates/` (`vi`, `en`, `km`…): the set is data, so a
 * province adds one by adding a folder of `.ftl` files (README "Adding a language").
 */
export type Locale = string;
/** The language every text exists in; any key missing in another locale falls back to it. */
export const BASE_LOCALE = 'vi';
/** A person's stored locale, or the base one (a locale whose folder was removed reads the base texts anyway). */
export const localeOf = (s: string | null | undefined): Locale => s || BASE_LOCALE;
export type Translate = (locale: Locale, key: string, args?: Record<string, string | number>) => string;
/** Every text of every locale, loaded once at start-up (bot/main.ts, workers/main.ts) and passed down. */
export interface I18n {
  t: Translate;
  has: (locale: Locale, key: string) => boolean;
}
/** The texts and the locales found (the base one first): what a language choice offers. */
export type LoadedI18n = I18n & { locales: readonly Locale[] };

export const templatesDir = fileURLToPath(new URL('../../templates', import.meta.url));

const ftlFiles = (folder: string) =>
  readdirSync(folder)
    .filter((f) => f.endsWith('.ftl'))
    .sort();

/** The folders of `dir` that hold `.ftl` files, the base locale first. */
export function findLocales(dir = templatesDir): Locale[] {
  const found = readdirSync(dir).filter((name) => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(name) && statSync(join(dir, name)).isDirectory());
  const withTexts = found.filter((l) => ftlFiles(join(dir, l)).length > 0).sort();
  if (!existsSync(join(dir, BASE_LOCALE)) || !withTexts.includes(BASE_LOCALE)) throw new Error(`templates/${BASE_LOCALE}/ is missing`);
  return [BASE_LOCALE, ...withTexts.filter((l) => l !== BASE_LOCALE)];
}

/**
 * Loads every `templates/<locale>/*.ftl` once. A key missing in a locale falls back to
 * Vietnamese (an unknown locale reads Vietnamese); a key missing everywhere returns the key
 * itself (caught by the template test).
 */
export function createI18n(dir = templatesDir): LoadedI18n {
  const bundles = new Map<Locale, FluentBundle>();
  const locales = findLocales(dir);
  for (const locale of locales) {
    const bundle = new FluentBundle(locale, { useIsolating: false });
    const folder = join(dir, locale);
    for (const file of ftlFiles(folder)) {
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
    t: (locale, key, args) => format(locale, key, args) ?? format(BASE_LOCALE, key, args) ?? key,
    has: (locale, key) => bundles.get(locale)?.hasMessage(key) ?? false,
    locales,
  };
}
