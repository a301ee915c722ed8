import yaml from 'js-yaml';
import type { Questionnaire } from './definition.js';

/**
 * A stored questionnaire written back as the file an admin would write (YAML, the loader's format):
 * sections of questions, a scale by its name, skip rules by option number. Loading the text gives
 * the same questionnaire; the console offers it to send again or to change before sending.
 */
export function questionnaireSource(q: Questionnaire): string {
  const sections = q.sections.map((title, si) => ({
    ...(title ? { title } : {}),
    questions: q.questions
      .filter((x) => x.section === si)
      .map((x) => ({
        id: x.id,
        type: x.type,
        text: x.text,
        ...(x.required ? {} : { required: false }),
        ...(x.scale ? { scale: x.scale } : x.options ? { options: x.options } : {}),
        ...(x.min !== undefined ? { min: x.min } : {}),
        ...(x.max !== undefined ? { max: x.max } : {}),
        ...(x.maxChoices !== undefined ? { max_choices: x.maxChoices } : {}),
        ...(x.skip?.length
          ? {
              skip: x.skip.map((r) => ({
                ...(r.when ? { if: r.when.map((i) => Number(i) + 1) } : {}),
                ...(r.below !== undefined ? { below: r.below } : {}),
                ...(r.above !== undefined ? { above: r.above } : {}),
                to: r.to,
              })),
            }
          : {}),
      })),
  }));
  const file = {
    code: q.code,
    title: q.title,
    ...(q.intro ? { intro: q.intro } : {}),
    ...(q.lang !== 'vi' ? { lang: q.lang } : {}),
    ...(q.compareWith ? { compare_with: q.compareWith } : {}),
    sections,
  };
  return yaml.dump(file, { lineWidth: -1, noRefs: true });
}
