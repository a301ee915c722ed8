import { toCsv } from '../kernel/csv.js';
import { toXlsx, type Cell } from '../kernel/xlsx.js';
import type { Questionnaire } from './definition.js';
import type { ResponseRow, SurveyResults } from './results.js';
import { answerText } from './walk.js';

/**
 * Exports: the anonymous answers (one row per response: unit, group, then every question by
 * its id) and the tallies (question × option × group, small groups left out) as CSV or XLSX.
 */
export function answersTable(q: Questionnaire, rows: ResponseRow[], unitNames: Record<string, string>): { header: string[]; rows: Cell[][] } {
  const header = ['unit', 'group', ...q.questions.map((x) => x.id)];
  const out: Cell[][] = rows.map((r) => [
    unitNames[r.unitId] ?? r.unitId,
    r.stratum ?? '',
    ...q.questions.map((x) => {
      const a = r.answers[x.id];
      if (a === undefined || a === null) return null;
      return typeof a === 'number' ? a : answerText(x, a);
    }),
  ]);
  return { header, rows: out };
}

export function talliesTable(r: SurveyResults): { header: string[]; rows: Cell[][] } {
  const header = ['question', 'option', 'group_kind', 'group', 'count', 'respondents'];
  const rows: Cell[][] = [];
  for (const q of r.questions) {
    if (!q.counts) continue;
    q.options!.forEach((o, i) => {
      rows.push([q.id, o, 'all', '', q.counts![i]!, q.answered]);
      for (const [u, c] of Object.entries(q.byUnit ?? {})) rows.push([q.id, o, 'unit', r.units[u] ?? u, c[i]!, r.groups.unit[u] ?? 0]);
      for (const [s, c] of Object.entries(q.byStratum ?? {})) rows.push([q.id, o, 'stratum', s, c[i]!, r.groups.stratum[s] ?? 0]);
    });
  }
  return { header, rows };
}

export function exportFile(kind: 'csv' | 'xlsx', sheet: string, table: { header: string[]; rows: Cell[][] }): Uint8Array {
  return kind === 'csv' ? toCsv(table.header, table.rows) : toXlsx({ name: sheet, ...table });
}
