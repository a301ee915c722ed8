import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../core/kernel/i18n.js';
import { NAV } from '../../bot/console/layout.js';
import { REPORT_STATUSES } from '../../core/reports/browse.js';
import { HOT_SPOT_CATEGORIES } from '../../core/hot-spots/create.js';
import { SEND_STATES } from '../../db/schema/sends.js';

const i18n = createI18n();
const locales = i18n.locales;
const root = new URL('../../', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(p) ? [p] : [];
  });
const sources = [...files(join(root, 'bot/console')), ...files(join(root, 'bot/features/console')), ...files(join(root, 'core'))];
const literal = new Set(sources.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/'(con-[a-z0-9_-]+)'/g)].map((m) => m[1]!)));

/** Keys built from values, each family from the constants the code uses. */
const dynamic = [
  ...[...NAV, 'audit'].map((p) => `con-nav-${p}`),
  ...[...REPORT_STATUSES, 'draft'].map((s) => `con-rs-${s}`),
  ...SEND_STATES.map((s) => `con-ds-${s}`),
  ...['not_official', 'inactive'].map((r) => `con-link-x-${r}`),
  ...['invalid', 'expired', 'used', 'not_official'].map((r) => `con-login-x-${r}`),
  ...['photo', 'voice', 'video', 'document'].map((k) => `con-media-${k}`),
  ...['active', 'suspended', 'replaced', 'left'].map((s) => `con-ps-${s}`),
  ...['queued', 'running', 'done', 'failed'].map((s) => `con-syn-${s}`),
  ...['title_empty', 'title_too_long', 'body_empty', 'body_too_long', 'deadline_past', 'schedule_past', 'deadline_before_start'].map((p) => `con-gd-x-${p}`),
  ...[
    'receipt',
    'kind',
    'period',
    'unit',
    'status',
    'submitted',
    'assessment',
    'title',
    'topic',
    'issues',
    'issue',
    'stance',
    'prevalence',
    'group',
    'content',
  ].map((k) => `con-x-col-${k}`),
  ...HOT_SPOT_CATEGORIES.map((c) => `hot-spots-opt-category-${c}`),
];

describe('console texts (templates/<locale>/console.ftl)', () => {
  it.each(locales)('every key the console uses exists in %s', (locale) => {
    const missing = [...literal, ...dynamic].filter((k) => !i18n.has(locale, k));
    expect(missing).toEqual([]);
  });

  it('Vietnamese and English console files define the same keys', () => {
    const keys = (l: string) =>
      readFileSync(join(root, 'templates', l, 'console.ftl'), 'utf8')
        .split('\n')
        .map((line) => /^([a-z][a-z0-9_-]*) =/.exec(line)?.[1])
        .filter(Boolean)
        .sort();
    expect(keys('en')).toEqual(keys('vi'));
  });
});
