import { z } from 'zod';
import { BUILTIN_SCALES, type ScaleName } from './scales.js';

/**
 * A questionnaire (bộ công cụ khảo sát) as data: sections of questions, each of one type, with
 * skip logic ("nếu trả lời … thì bỏ qua đến câu …") and required or optional answers. Written by
 * an official as YAML or JSON (core/surveys/load.ts reports mistakes line by line), stored as the
 * normalised `Questionnaire` below and run by the survey flow on every channel.
 */
const QUESTION_TYPES = ['single', 'multiple', 'scale', 'number', 'text', 'longtext'] as const;
type QuestionType = (typeof QUESTION_TYPES)[number];

export const SURVEY_LIMITS = { questions: 80, options: 20, optionLength: 120, textLength: 600, shortText: 300, longText: 3000, sections: 20 } as const;

const ID = /^[a-z][a-z0-9_]{0,29}$/i;

const skipRule = z.strictObject({
  /** Option labels (or 1-based numbers) that trigger the jump; for numbers: `below`/`above`. */
  if: z
    .array(z.union([z.string().min(1), z.number()]))
    .min(1)
    .optional(),
  below: z.number().optional(),
  above: z.number().optional(),
  /** A later question's id, or "end" (straight to the review). */
  to: z.string().min(1),
});

const questionInput = z.strictObject({
  id: z.string().regex(ID, 'bad_id'),
  type: z.enum(QUESTION_TYPES),
  text: z.string().trim().min(3).max(SURVEY_LIMITS.textLength),
  required: z.boolean().default(true),
  options: z
    .array(z.union([z.string().trim().min(1).max(SURVEY_LIMITS.optionLength), z.number()]))
    .min(2)
    .max(SURVEY_LIMITS.options)
    .optional(),
  scale: z.enum(Object.keys(BUILTIN_SCALES) as [ScaleName, ...ScaleName[]]).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  /** Multiple choice: at most this many options. */
  max_choices: z.number().int().min(1).optional(),
  skip: z.array(skipRule).max(10).optional(),
});

const sectionInput = z.strictObject({
  title: z.string().trim().min(1).max(200).optional(),
  questions: z.array(questionInput).min(1),
});

const questionnaireInput = z.strictObject({
  code: z.string().regex(/^[a-z0-9][a-z0-9_.-]{1,39}$/i, 'bad_code'),
  title: z.string().trim().min(3).max(300),
  intro: z.string().trim().max(2000).optional(),
  lang: z.enum(['vi', 'en']).default('vi'),
  /** The code of an earlier survey with the same questions (before/after comparison). */
  compare_with: z.string().optional(),
  sections: z.array(sectionInput).min(1).max(SURVEY_LIMITS.sections),
});

interface SkipRule {
  /** Option values (0-based indexes as strings) that trigger the jump. */
  when?: string[];
  below?: number;
  above?: number;
  to: string;
}

export interface Question {
  id: string;
  type: QuestionType;
  text: string;
  required: boolean;
  /** Choice and scale questions: labels; the stored answer is the index. */
  options?: string[];
  scale?: ScaleName;
  min?: number;
  max?: number;
  maxChoices?: number;
  skip?: SkipRule[];
  section: number;
}

export interface Questionnaire {
  code: string;
  title: string;
  intro?: string;
  lang: 'vi' | 'en';
  compareWith?: string;
  sections: string[];
  questions: Question[];
}

/** A problem in the file: where (path into the data) and what (a code worded by the templates). */
export interface DefinitionIssue {
  path: (string | number)[];
  code: string;
  detail?: string;
}

export const END = 'end';

export function isChoice(q: Pick<Question, 'type'>): boolean {
  return q.type === 'single' || q.type === 'multiple' || q.type === 'scale';
}

/** Parsed data → a questionnaire, or every problem found (schema first, then cross-references). */
export function normalise(data: unknown): { ok: true; questionnaire: Questionnaire } | { ok: false; issues: DefinitionIssue[] } {
  const parsed = questionnaireInput.safeParse(data);
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((i) => ({ path: i.path as (string | number)[], code: issueCode(i), detail: issueDetail(i) })) };
  }
  const d = parsed.data;
  const issues: DefinitionIssue[] = [];
  const questions: Question[] = [];
  const seen = new Map<string, number>();
  d.sections.forEach((sec, si) =>
    sec.questions.forEach((q, qi) => {
      const at = ['sections', si, 'questions', qi];
      if (seen.has(q.id.toLowerCase())) issues.push({ path: [...at, 'id'], code: 'duplicate_id', detail: q.id });
      seen.set(q.id.toLowerCase(), questions.length);
      const options = optionsOf(q, at, issues);
      questions.push({
        id: q.id,
        type: q.type,
        text: q.text,
        required: q.required,
        ...(options ? { options } : {}),
        ...(q.scale ? { scale: q.scale } : {}),
        ...(q.min !== undefined ? { min: q.min } : {}),
        ...(q.max !== undefined ? { max: q.max } : {}),
        ...(q.max_choices !== undefined ? { maxChoices: q.max_choices } : {}),
        section: si,
      });
    }),
  );
  if (questions.length > SURVEY_LIMITS.questions) issues.push({ path: ['sections'], code: 'too_many_questions', detail: String(SURVEY_LIMITS.questions) });
  // Skip rules, once every id is known: the target must come later (no loops).
  d.sections.forEach((sec, si) =>
    sec.questions.forEach((q, qi) => {
      const me = questions.find((x) => x.id === q.id && x.section === si);
      if (!me || !q.skip) return;
      const index = questions.indexOf(me);
      me.skip = q.skip.map((r, ri) => {
        const at = ['sections', si, 'questions', qi, 'skip', ri];
        const target = r.to.toLowerCase() === END ? END : r.to;
        const ti = target === END ? Infinity : (seen.get(target.toLowerCase()) ?? -1);
        if (ti === -1) issues.push({ path: [...at, 'to'], code: 'unknown_target', detail: r.to });
        else if (ti <= index) issues.push({ path: [...at, 'to'], code: 'backward_target', detail: r.to });
        const rule: SkipRule = { to: target === END ? END : (questions[ti]?.id ?? target) };
        if (me.type === 'number' || q.type === 'number') {
          if (r.below === undefined && r.above === undefined) issues.push({ path: at, code: 'number_rule' });
          if (r.below !== undefined) rule.below = r.below;
          if (r.above !== undefined) rule.above = r.above;
        } else if (isChoice(me)) {
          if (!r.if) issues.push({ path: at, code: 'rule_needs_if' });
          rule.when = (r.if ?? []).map((v) => {
            const i = optionIndex(me.options ?? [], v);
            if (i < 0) issues.push({ path: [...at, 'if'], code: 'unknown_option', detail: String(v) });
            return String(i);
          });
        } else {
          issues.push({ path: at, code: 'no_skip_on_text' });
        }
        return rule;
      });
    }),
  );
  if (issues.length) return { ok: false, issues };
  return {
    ok: true,
    questionnaire: {
      code: d.code,
      title: d.title,
      ...(d.intro ? { intro: d.intro } : {}),
      lang: d.lang,
      ...(d.compare_with ? { compareWith: d.compare_with } : {}),
      sections: d.sections.map((s) => s.title ?? ''),
      questions,
    },
  };
}

function optionsOf(q: z.infer<typeof questionInput>, at: (string | number)[], issues: DefinitionIssue[]): string[] | undefined {
  if (q.type === 'scale') {
    if (q.scale && q.options) issues.push({ path: [...at, 'options'], code: 'scale_and_options' });
    if (!q.scale && !q.options) issues.push({ path: at, code: 'needs_scale' });
    return q.scale ? [...BUILTIN_SCALES[q.scale]] : q.options?.map(String);
  }
  if (q.type === 'single' || q.type === 'multiple') {
    if (q.scale) issues.push({ path: [...at, 'scale'], code: 'scale_on_choice' });
    if (!q.options) {
      issues.push({ path: at, code: 'needs_options' });
      return undefined;
    }
    const labels = q.options.map(String);
    const keys = labels.map((l) => l.toLowerCase());
    if (new Set(keys).size !== keys.length) issues.push({ path: [...at, 'options'], code: 'duplicate_option' });
    return labels;
  }
  if (q.options || q.scale) issues.push({ path: [...at, q.options ? 'options' : 'scale'], code: 'options_on_open' });
  if (q.type === 'number' && q.min !== undefined && q.max !== undefined && q.min > q.max) issues.push({ path: [...at, 'min'], code: 'min_above_max' });
  return undefined;
}

/** An option given by its label (any case) or its 1-based number. */
function optionIndex(options: string[], v: string | number): number {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1 && v <= options.length ? v - 1 : -1;
  const key = v.trim().toLowerCase();
  return options.findIndex((o) => o.toLowerCase() === key);
}

function issueCode(i: z.core.$ZodIssue): string {
  if (i.message === 'bad_id' || i.message === 'bad_code') return i.message;
  if (i.code === 'unrecognized_keys') return 'unknown_key';
  if (i.code === 'invalid_type') return i.input === undefined ? 'missing' : 'wrong_type';
  if (i.code === 'invalid_value') return 'not_allowed';
  if (i.code === 'too_small') return 'too_small';
  if (i.code === 'too_big') return 'too_big';
  return 'invalid';
}

function issueDetail(i: z.core.$ZodIssue): string | undefined {
  if (i.code === 'unrecognized_keys') return i.keys.join(', ');
  if (i.code === 'invalid_value') return i.values.map(String).join(', ');
  if (i.code === 'too_small' || i.code === 'too_big')
    return String((i as { minimum?: unknown; maximum?: unknown }).minimum ?? (i as { maximum?: unknown }).maximum ?? '');
  return undefined;
}
