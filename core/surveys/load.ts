import yaml from 'js-yaml';
import { normalise, type DefinitionIssue, type Questionnaire } from './definition.js';

/**
 * Reads a questionnaire file (YAML, or JSON which is YAML too) and reports every problem with the
 * line it is on, so an official can fix the file without reading a stack trace:
 *   dòng 42 (câu q7, options): cần ít nhất 2 lựa chọn
 * Lines of schema problems are found from the path of the problem (the question's `id:` line,
 * then the key inside that question's block); a problem whose key is absent points at the question.
 */
export interface LocatedIssue extends DefinitionIssue {
  /** 1-based; null when the place cannot be told (e.g. a key that is missing at the top). */
  line: number | null;
  /** The question's id when the problem is inside one. */
  question?: string;
}

export type LoadResult = { ok: true; questionnaire: Questionnaire } | { ok: false; issues: LocatedIssue[] };

export function loadQuestionnaire(text: string): LoadResult {
  let data: unknown;
  try {
    data = yaml.load(text, { schema: yaml.JSON_SCHEMA });
  } catch (err) {
    const mark = (err as { mark?: { line?: number } }).mark;
    return { ok: false, issues: [{ path: [], code: 'syntax', line: typeof mark?.line === 'number' ? mark.line + 1 : null }] };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, issues: [{ path: [], code: 'not_a_questionnaire', line: 1 }] };
  const r = normalise(data);
  if (r.ok) return r;
  const lines = text.split(/\r?\n/);
  return { ok: false, issues: r.issues.map((i) => ({ ...i, ...locate(lines, data, i.path) })) };
}

const indentOf = (l: string) => l.length - l.trimStart().length;
const keyLine = (key: string) => new RegExp(`^\\s*(?:-\\s+)?["']?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:`);

function at(data: unknown, path: (string | number)[]): unknown {
  let v = data;
  for (const k of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined;
  return v;
}

/** The line of `path`: inside the question it belongs to, else a top-level key. */
function locate(lines: string[], data: unknown, path: (string | number)[]): { line: number | null; question?: string } {
  const qAt = path[0] === 'sections' && path[2] === 'questions' && typeof path[3] === 'number' ? 4 : 0;
  const keys = path.slice(qAt).filter((k): k is string => typeof k === 'string');
  if (qAt === 0) {
    const key = keys[0];
    const i = key ? lines.findIndex((l) => indentOf(l) === 0 && keyLine(key).test(l)) : -1;
    return { line: i >= 0 ? i + 1 : null };
  }
  const id = at(data, [...path.slice(0, 4), 'id']);
  const question = typeof id === 'string' ? id : undefined;
  const idRe = question ? new RegExp(`^\\s*(?:-\\s+)?["']?id["']?\\s*:\\s*["']?${question}["']?\\s*,?\\s*$`) : null;
  // The nth `id:` line with that value: duplicate ids are a problem reported on their second line.
  const idLines = lines.flatMap((l, n) => (idRe?.test(l) ? [n] : []));
  const nth = countSameIdBefore(data, path, question);
  const idLine = idLines[Math.min(nth, idLines.length - 1)];
  if (idLine === undefined) return { line: null, question };
  const [start, end] = block(lines, idLine);
  for (const key of keys.length ? [keys.at(-1)!, ...keys] : []) {
    for (let n = start; n < end; n++) if (keyLine(key).test(lines[n]!)) return { line: n + 1, question };
  }
  return { line: idLine + 1, question };
}

function countSameIdBefore(data: unknown, path: (string | number)[], id: string | undefined): number {
  if (!id) return 0;
  const sections = at(data, ['sections']);
  if (!Array.isArray(sections)) return 0;
  let n = 0;
  for (let s = 0; s < sections.length; s++) {
    const qs = at(sections[s], ['questions']);
    if (!Array.isArray(qs)) continue;
    for (let q = 0; q < qs.length; q++) {
      if (s === path[1] && q === path[3]) return n;
      if (at(qs[q], ['id']) === id) n++;
    }
  }
  return n;
}

/** The lines of the list item (question) holding line `n`: from its "-" to the next sibling. */
function block(lines: string[], n: number): [number, number] {
  let start = n;
  while (start > 0 && !/^\s*-\s/.test(lines[start]!) && !/^\s*\{/.test(lines[start]!)) start--;
  const indent = indentOf(lines[start]!);
  let end = n + 1;
  for (; end < lines.length; end++) {
    const l = lines[end]!;
    if (l.trim() === '') continue;
    if (indentOf(l) < indent || (indentOf(l) === indent && /^\s*[-{}]/.test(l))) break;
  }
  return [start, end];
}
