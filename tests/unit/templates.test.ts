import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n, templatesDir } from '../../core/kernel/i18n.js';
import { channelNames } from '../../core/kernel/messages.js';
import { COLLABORATOR_STEPS } from '../../core/kernel/periods.js';
import { OFFICIAL_VERBS } from '../../core/hot-spots/messages.js';
import { ROLES } from '../../core/people/people.js';
import { optionKey, type OptionList } from '../../bot/engine/common/options.js';
import { HOT_SPOT_STEPS } from '../../bot/features/hot-spots/raise-flow.js';
import { HOT_SPOT_OPTIONS } from '../../bot/features/hot-spots/options.js';
import { REPORT_OPTIONS } from '../../bot/features/reports/options.js';
import { BROADCAST_STATUSES } from '../../db/schema/broadcasts.js';
import { hotSpots } from '../../db/schema/hot-spots.js';
import { reports } from '../../db/schema/reports.js';

/**
 * Every user-facing text lives in `templates/<locale>/<feature>.ftl`, and its key starts with
 * that feature's prefix: the file's name, or the short prefix it had before feature folders
 * (LEGACY). One test for all features: every key the code uses exists in both locales, both
 * locales define the same keys file by file, and no defined key is left unused.
 */
const LEGACY: Record<string, string[]> = { broadcasts: ['broadcast'], console: ['con'], polls: ['poll'], synthesis: ['syn'], zalo: ['zalo', 'zalobot'] };
/** Literals shaped like keys that are not: queue, job and flow names. */
const NOT_KEYS = new Set([
  ...['broadcast-control', 'broadcast-fanout', 'broadcast-start', 'poll-close', 'poll-send', 'poll-sweep', 'poll-create'],
  ...['sandbox-config', 'zalo-tokens', 'zalo-connect', 'charter-publish'],
  // HTML ids of the console's poll page.
  ...['poll-by-option', 'poll-by-unit'],
]);

const i18n = createI18n();
const locales = i18n.locales;
const root = new URL('../../', import.meta.url).pathname;
const ftlFiles = readdirSync(join(templatesDir, 'vi')).filter((f) => f.endsWith('.ftl'));
const feature = (file: string) => file.replace(/\.ftl$/, '');
const prefixesOf = (file: string) => LEGACY[feature(file)] ?? [feature(file)];
const PREFIXES = ftlFiles.flatMap(prefixesOf).sort((a, b) => b.length - a.length);

function definedIn(locale: string, file: string): string[] {
  return [...readFileSync(join(templatesDir, locale, file), 'utf8').matchAll(/^([a-z][a-z0-9_-]*) =/gm)].map((m) => m[1]!);
}
const defined = (locale: string) => ftlFiles.flatMap((f) => definedIn(locale, f));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(p) ? [p] : [];
  });
}
const code = ['bot', 'core', 'workers', 'scripts'].flatMap((d) => sources(join(root, d))).map((f) => readFileSync(f, 'utf8'));
const keyShaped = new RegExp(`^(?:${PREFIXES.join('|')})-[a-z0-9_-]+$`);
/** Quoted literals that look like keys: a key, or (followed by "-" and more) the prefix of a family of keys. */
const literals = new Set(code.flatMap((src) => [...src.matchAll(/['"`]([a-z][a-z0-9_-]+)['"`]/g)].map((m) => m[1]!)).filter((k) => keyShaped.test(k)));
/** Template literals `prefix-…${…}`: keys built from a value at run time. */
const dynamicPrefixes = new Set(
  code.flatMap((src) => [...src.matchAll(/`([a-z][a-z0-9_-]*-)\$\{/g)].map((m) => m[1]!)).filter((p) => PREFIXES.some((x) => p.startsWith(`${x}-`))),
);

/** Template literals `${prefix}-suffix`: the same text for several channels (zalo-…, zalobot-…). */
const dynamicSuffixes = new Set(code.flatMap((src) => [...src.matchAll(/`\$\{[^}]+\}(-[a-z0-9_-]+)`/g)].map((m) => m[1]!)));

const options = (lists: Record<string, OptionList>) => Object.values(lists).flatMap((l) => [...l.values, ...(l.retired ?? [])].map((v) => optionKey(l, v)));
/** Keys the code builds from a value, each family listed from the same constants the code uses. */
const FAMILIES = [
  ...options(REPORT_OPTIONS),
  ...options(HOT_SPOT_OPTIONS),
  ...HOT_SPOT_STEPS.map((f) => `hot-spots-raise-field-${f}`),
  ...['format', 'unknown', 'expired', 'used'].map((r) => `registration-code-${r}`),
  ...ROLES.map((r) => `registration-welcome-${r}`),
  ...['periodic', 'quick', 'thematic'].map((k) => `reports-kind-${k}`),
  ...['title', 'summary', 'proposals'].map((q) => `reports-ask-${q}-quick`),
  ...reports.status.enumValues.map((s) => `home-status-report-${s}`),
  ...hotSpots.status.enumValues.map((s) => `home-status-hs-${s}`),
  ...hotSpots.status.enumValues.map((s) => `hot-spots-status-${s}`),
  ...[1, 2, 3, 4].map((n) => `hot-spots-sev-${n}`),
  ...OFFICIAL_VERBS.map((v) => `hot-spots-btn-${v}`),
  ...['not_found', 'not_official', 'out_of_scope', 'closed', 'self_merge', 'target_closed', 'target_out_of_scope', 'at_root', 'not_reporter', 'bad_input'].map(
    (c) => `hot-spots-x-${c}`,
  ),
  ...[
    'acknowledged',
    'already_taken',
    'already_yours',
    'handling',
    'already_handling',
    'resolved',
    'false_alarm',
    'escalated',
    'noted',
    'merged',
    'updated',
  ].map((c) => `hot-spots-r-${c}`),
  ...['deadline', 'burst', 'manual', 'skip', 'unreachable'].map((r) => `hot-spots-alert-escalated-${r}`),
  ...COLLABORATOR_STEPS.map((s) => `reports-remind-${s}`),
  ...['not_found', 'not_owner', 'locked', 'invalid', 'out_of_scope', 'empty_note'].map((c) => `reports-review-x-${c}`),
  ...['unknown_unit', 'out_of_scope', 'future_period'].map((c) => `reports-x-${c}`),
  ...['acknowledged', 'already', 'cancelled', 'not_found'].map((o) => `broadcast-ack-${o}`),
  ...['not_found', 'not_official', 'out_of_scope', 'self_approval', 'wrong_status'].map((c) => `broadcast-control-refused-${c}`),
  ...['approve', 'reject', 'pause', 'resume', 'cancel'].map((v) => `broadcast-control-${v}-ok`),
  ...BROADCAST_STATUSES.map((s) => `broadcast-status-${s}`),
  ...['title_empty', 'title_too_long', 'body_empty', 'body_too_long', 'deadline_past', 'schedule_past', 'deadline_before_start'].map(
    (e) => `broadcast-error-${e}`,
  ),
  ...['out_of_scope', 'not_found', 'not_official', 'bad_draft', 'unknown'].map((e) => `broadcast-error-${e}`),
  ...['sending', 'scheduled'].map((s) => `broadcast-created-${s}`),
  ...channelNames.map((c) => `broadcast-channel-${c}`),
];

describe('templates', () => {
  it('every file is one feature: its keys carry its prefix, once, in both locales', () => {
    for (const file of ftlFiles) {
      const vi = definedIn('vi', file);
      const en = definedIn('en', file);
      expect(new Set(vi).size, file).toBe(vi.length);
      expect([...en].sort(), file).toEqual([...vi].sort());
      expect(
        vi.filter((k) => !prefixesOf(file).some((p) => k.startsWith(`${p}-`))),
        file,
      ).toEqual([]);
    }
  });

  it.each(locales)('every key the code uses exists in %s', (locale) => {
    const keys = new Set(defined(locale));
    const isFamily = (l: string) => [...keys].some((k) => k.startsWith(`${l}-`));
    const missing = [...literals].filter((l) => !keys.has(l) && !isFamily(l) && !NOT_KEYS.has(l));
    expect(missing).toEqual([]);
    expect(FAMILIES.filter((k) => !i18n.has(locale, k))).toEqual([]);
    expect(literals.size).toBeGreaterThan(400);
  });

  it('defines no key that nothing uses', () => {
    const families = new Set(FAMILIES);
    const prefixes = [...dynamicPrefixes, ...[...literals].map((l) => `${l}-`)];
    const built = (k: string) => prefixes.some((p) => k.startsWith(p)) || [...dynamicSuffixes].some((x) => k.endsWith(x));
    const unused = defined('vi').filter((k) => !literals.has(k) && !families.has(k) && !built(k));
    expect(unused).toEqual([]);
  });

  it("a command's help text describes it without repeating the command (/help writes /name — text)", () => {
    const helpKeys = new Set(code.flatMap((src) => [...src.matchAll(/helpKey: '([a-z0-9-]+)'/g)].map((m) => m[1]!)));
    expect(helpKeys.size).toBeGreaterThan(10);
    for (const locale of locales) {
      const repeating = [...helpKeys].filter((k) => i18n.t(locale, k).trimStart().startsWith('/'));
      expect(repeating, locale).toEqual([]);
    }
  });
});
