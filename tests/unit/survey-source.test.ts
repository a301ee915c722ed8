import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoQuestionnaire } from '../../core/demo/questionnaire.js';
import { loadQuestionnaire } from '../../core/surveys/load.js';
import { questionnaireSource } from '../../core/surveys/source.js';

describe('a stored questionnaire written back as its file', () => {
  it('loads again to the same questionnaire (sections, scales, skip rules, optional questions)', () => {
    const fixture = loadQuestionnaire(readFileSync(new URL('../fixtures/surveys/dlxh-20.yaml', import.meta.url), 'utf8'));
    if (!fixture.ok) throw new Error('fixture');
    for (const q of [fixture.questionnaire, demoQuestionnaire()]) {
      const text = questionnaireSource(q);
      const again = loadQuestionnaire(text);
      expect(again.ok, text).toBe(true);
      if (again.ok) expect(again.questionnaire).toEqual(q);
    }
    expect(questionnaireSource(demoQuestionnaire())).toContain('scale: satisfaction');
  });
});
