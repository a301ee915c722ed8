import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n, templatesDir } from '../../core/kernel/i18n.js';
import { COLLABORATOR_STEPS } from '../../core/kernel/periods.js';
import { ASSESSMENTS, MOODS, PREVALENCES, STANCES, STRATA } from '../../core/reports/draft.js';
import { HOT_SPOT_CATEGORIES } from '../../core/hot-spots/create.js';

const keys = (locale: string, file: string) =>
  readFileSync(join(templatesDir, locale, file), 'utf8')
    .split('\n')
    .map((l) => /^([a-z][a-z0-9_-]*)\s*=/.exec(l)?.[1])
    .filter((k): k is string => !!k)
    .sort();

describe('reporting, synthesis and poll templates', () => {
  it('have the same keys in Vietnamese and English', () => {
    for (const file of ['reports.ftl', 'synthesis.ftl', 'polls.ftl']) expect(keys('en', file), file).toEqual(keys('vi', file));
  });

  it('cover every reminder step and every code a synthesis labels', () => {
    const { has } = createI18n();
    const needed = [
      ...COLLABORATOR_STEPS.map((s) => `rep-remind-${s}`),
      ...ASSESSMENTS.map((c) => `ctv-opt-assessment-${c}`),
      ...MOODS.map((c) => `ctv-opt-mood-${c}`),
      ...STANCES.map((c) => `ctv-opt-stance-${c}`),
      ...PREVALENCES.map((c) => `ctv-opt-prevalence-${c}`),
      ...STRATA.map((c) => `ctv-opt-stratum-${c}`),
      ...HOT_SPOT_CATEGORIES.map((c) => `ctv-opt-hscat-${c}`),
      ...[1, 2, 3, 4].map((n) => `hso-sev-${n}`),
      ...['open', 'acknowledged', 'handling', 'resolved', 'false_alarm'].map((s) => `hso-status-${s}`),
    ];
    for (const locale of ['vi', 'en'] as const)
      expect(
        needed.filter((k) => !has(locale, k)),
        locale,
      ).toEqual([]);
  });
});
