import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE_LOCALE, createI18n, findLocales, templatesDir } from '../../core/kernel/i18n.js';

/**
 * Issue 17 item 6: the locale set is the folders of templates/ (a province adds `km` by adding
 * files); vi and en are complete, each key of one exists in the other; any further locale
 * defines only keys Vietnamese has, and reads Vietnamese where it has none.
 */
const keysOf = (locale: string) =>
  new Set(
    readdirSync(join(templatesDir, locale))
      .filter((f) => f.endsWith('.ftl'))
      .flatMap((f) => [...readFileSync(join(templatesDir, locale, f), 'utf8').matchAll(/^([a-z][a-z0-9_-]*) =/gm)].map((m) => `${f}:${m[1]!}`)),
  );
const scratch = mkdtempSync(join(tmpdir(), 'dlxh-locales-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('locales', () => {
  it('vi and en ship, vi first, and are complete: every key of vi exists in en and vice versa, file by file', () => {
    const locales = findLocales();
    expect(locales[0]).toBe(BASE_LOCALE);
    expect(locales).toContain('en');
    const vi = keysOf('vi');
    const en = keysOf('en');
    expect([...vi].filter((k) => !en.has(k))).toEqual([]);
    expect([...en].filter((k) => !vi.has(k))).toEqual([]);
    expect(vi.size).toBeGreaterThan(1500);
  });

  it('every further locale defines only keys that Vietnamese has, and names itself for the language choice', () => {
    const vi = keysOf('vi');
    for (const locale of findLocales().filter((l) => l !== 'vi' && l !== 'en')) {
      expect(
        [...keysOf(locale)].filter((k) => !vi.has(k)),
        locale,
      ).toEqual([]);
      expect(createI18n().has(locale, 'locale-name'), locale).toBe(true);
    }
  });

  it('a province adds a locale by adding files: km appears, its texts are used, a missing key reads Vietnamese', () => {
    const dir = join(scratch, 'templates');
    cpSync(templatesDir, dir, { recursive: true });
    mkdirSync(join(dir, 'km'));
    writeFileSync(join(dir, 'km', 'locale.ftl'), 'locale-name = ភាសាខ្មែរ\nlocale-set = បានប្តូរភាសា។\n');
    mkdirSync(join(dir, 'notes'));
    const i18n = createI18n(dir);
    expect(i18n.locales).toEqual(['vi', 'en', 'km']);
    expect(i18n.t('km', 'locale-name')).toBe('ភាសាខ្មែរ');
    expect(i18n.t('km', 'engine-unknown-command', { command: '/x' })).toBe(i18n.t('vi', 'engine-unknown-command', { command: '/x' }));
    // A folder without .ftl files is not a locale; an unknown stored locale reads Vietnamese.
    expect(i18n.t('fr', 'locale-name')).toBe('Tiếng Việt');
  });
});
