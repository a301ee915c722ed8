import { END, SURVEY_LIMITS, type Question, type Questionnaire } from './definition.js';

/**
 * Moving through a questionnaire (pure): which question comes after an answer (skip logic),
 * which questions a set of answers has reached, and reading typed answers. The answers of a
 * response: choice questions hold option indexes, numbers a number, texts a string; null is
 * an optional question left unanswered.
 */
export type AnswerValue = number[] | number | string | null;
export type Answers = Record<string, AnswerValue>;

export function questionById(q: Questionnaire, id: string): Question | undefined {
  return q.questions.find((x) => x.id === id);
}

/** The question after `id` given its answer: the first matching skip rule's target, else the next one. */
function nextAfter(q: Questionnaire, id: string, answer: AnswerValue): string {
  const i = q.questions.findIndex((x) => x.id === id);
  const me = q.questions[i];
  for (const rule of me?.skip ?? []) {
    if (answer === null) break;
    if (rule.when && Array.isArray(answer) && answer.some((a) => rule.when!.includes(String(a)))) return rule.to;
    if (typeof answer === 'number' && ((rule.below !== undefined && answer < rule.below) || (rule.above !== undefined && answer > rule.above))) return rule.to;
  }
  return q.questions[i + 1]?.id ?? END;
}

/**
 * Follows the answers from the first question: the questions on the way (answered) and the first
 * one still to answer (null: all done, the review comes next). Answers off the way (left behind
 * by a changed answer that now skips them) are not on it and are dropped at submit.
 */
export function walk(q: Questionnaire, answers: Answers): { path: string[]; next: string | null } {
  const path: string[] = [];
  let id: string = q.questions[0]?.id ?? END;
  for (let guard = 0; guard <= q.questions.length && id !== END; guard++) {
    if (!(id in answers)) return { path, next: id };
    path.push(id);
    id = nextAfter(q, id, answers[id] ?? null);
  }
  return { path, next: null };
}

/** Only the answers on the way, in question order. */
export function onPath(q: Questionnaire, answers: Answers): Answers {
  const out: Answers = {};
  for (const id of walk(q, answers).path) out[id] = answers[id] ?? null;
  return out;
}

export type Typed =
  { ok: true; value: AnswerValue } | { ok: false; code: 'not_a_number' | 'below_min' | 'above_max' | 'not_options' | 'too_many' | 'too_long' };

/** A typed number: "25", "1.500", "2,5" (Vietnamese decimal comma). */
export function readNumber(q: Question, text: string): Typed {
  const s = text.trim().replace(/\s/g, '');
  const normal = /^-?\d{1,3}(\.\d{3})+$/.test(s) ? s.replace(/\./g, '') : s.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return { ok: false, code: 'not_a_number' };
  const n = Number(normal);
  if (q.min !== undefined && n < q.min) return { ok: false, code: 'below_min' };
  if (q.max !== undefined && n > q.max) return { ok: false, code: 'above_max' };
  return { ok: true, value: n };
}

/** Several options typed at once: "1, 3", "1 3 4", "1;3" (numbers as listed). */
export function readOptionNumbers(q: Question, text: string): Typed {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  const n = q.options?.length ?? 0;
  if (parts.length === 0 || !parts.every((p) => /^\d{1,2}$/.test(p) && Number(p) >= 1 && Number(p) <= n)) return { ok: false, code: 'not_options' };
  const picks = [...new Set(parts.map((p) => Number(p) - 1))].sort((a, b) => a - b);
  if (q.maxChoices && picks.length > q.maxChoices) return { ok: false, code: 'too_many' };
  return { ok: true, value: picks };
}

export function readOpenText(q: Question, text: string): Typed {
  const max = q.type === 'longtext' ? SURVEY_LIMITS.longText : SURVEY_LIMITS.shortText;
  const value = text.trim();
  return [...value].length > max ? { ok: false, code: 'too_long' } : { ok: true, value };
}

/** An answer as a person reads it back (review screen, results of open answers). */
export function answerText(q: Question, a: AnswerValue | undefined): string {
  if (a === null || a === undefined) return '—';
  if (Array.isArray(a)) return a.map((i) => q.options?.[i] ?? '?').join('; ');
  return String(a);
}
