import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n, templatesDir } from '../../core/kernel/i18n.js';
import { HOT_SPOT_STEPS } from '../../bot/features/hot-spots/raise-flow.js';
import { OPTION_LISTS, optionKey, type OptionList } from '../../bot/engine/common/options.js';
import { hotSpots } from '../../db/schema/hot-spots.js';
import { reports } from '../../db/schema/reports.js';

const i18n = createI18n();
const root = new URL('../../', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const files = [...sources(join(root, 'bot/engine')), ...sources(join(root, 'bot/features'))];
const literalKeys = new Set(files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/'(ctv-[a-z0-9_-]+)'/g)].map((m) => m[1]!)));

/** Keys the code builds from a value; each family is listed from the same constants the code uses. */
const dynamicKeys = [
  ...Object.entries(OPTION_LISTS).flatMap(([list, values]) => values.map((v) => optionKey(list as OptionList, v))),
  ...HOT_SPOT_STEPS.map((f) => `ctv-hs-field-${f}`),
  ...['format', 'unknown', 'expired', 'used'].map((r) => `ctv-reg-code-${r}`),
  ...['periodic', 'quick', 'thematic'].map((k) => `ctv-rep-kind-${k}`),
  ...['title', 'summary', 'proposals'].map((q) => `ctv-rep-ask-${q}-quick`),
  ...reports.status.enumValues.map((s) => `ctv-status-report-${s}`),
  ...hotSpots.status.enumValues.map((s) => `ctv-status-hs-${s}`),
  ...[
    'assessment',
    'mood',
    'topic',
    'report-title',
    'scope',
    'summary',
    'streams',
    'causes',
    'forecast',
    'proposals',
    'spread',
    'source',
    'reliability',
    'initial-proposal',
    'rumours',
    'good-practices',
    'general-proposals',
  ].map((f) => `ctv-rep-field-${f}`),
  ...[
    'assessment',
    'mood',
    'topic',
    'report-title',
    'title',
    'scope',
    'summary',
    'streams-add',
    'streams-redo',
    'causes',
    'forecast',
    'source',
    'reliability',
    'proposals',
    'spread',
    'add-issue',
    'delete',
    'rumours',
    'good-practices',
    'general-proposals',
  ].map((p) => `ctv-rep-part-${p}`),
];

function definedKeys(locale: string): string[] {
  const folder = join(templatesDir, locale);
  return readdirSync(folder)
    .filter((f) => f.endsWith('.ftl'))
    .flatMap((f) => [...readFileSync(join(folder, f), 'utf8').matchAll(/^(ctv-[a-z0-9_-]+) =/gm)].map((m) => m[1]!));
}

describe('collaborator templates', () => {
  it('finds the keys the code uses', () => {
    expect(literalKeys.size).toBeGreaterThan(100);
  });

  it.each(['vi', 'en'] as const)('every key used exists in %s', (locale) => {
    const missing = [...literalKeys, ...dynamicKeys].filter((k) => !i18n.has(locale, k));
    expect(missing).toEqual([]);
  });

  it('both locales define the same keys, each once', () => {
    const vi = definedKeys('vi');
    const en = definedKeys('en');
    expect(new Set(vi).size).toBe(vi.length);
    expect([...vi].sort()).toEqual([...en].sort());
  });

  it('defines no key that nothing uses', () => {
    const used = new Set([...literalKeys, ...dynamicKeys]);
    expect(definedKeys('vi').filter((k) => !used.has(k))).toEqual([]);
  });
});
