import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { surveyCampaigns, surveyRecipients, surveyResponses, surveys, units } from '../../db/schema/index.js';
import { maskPii } from '../synthesis/privacy.js';
import { isChoice, type Question, type Questionnaire } from './definition.js';
import type { Answers } from './walk.js';

/**
 * Results of a campaign: per question, counts overall, by unit and by stratum (a group with fewer
 * than MIN_CELL respondents is hidden, so a small commune's answers cannot be singled out),
 * number summaries, open answers listed (phone and ID numbers masked); completion per unit; and the
 * change against a baseline.
 */
export const MIN_CELL = 5;

interface QuestionResult {
  id: string;
  text: string;
  type: Question['type'];
  answered: number;
  options?: string[];
  counts?: number[];
  /** Counts per unit / stratum (choice questions), only for groups of at least MIN_CELL respondents. */
  byUnit?: Record<string, number[]>;
  byStratum?: Record<string, number[]>;
  number?: { mean: number; median: number; min: number; max: number };
  open?: string[];
}

export interface SurveyResults {
  campaignId: string;
  number: number;
  code: string;
  title: string;
  status: string;
  respondents: number;
  recipients: number;
  responded: number;
  units: Record<string, string>;
  /** Respondents per unit / stratum; groups below MIN_CELL are listed in `hidden`. */
  groups: { unit: Record<string, number>; stratum: Record<string, number> };
  hidden: { unit: string[]; stratum: string[] };
  completion: { unitId: string; unitName: string; recipients: number; responded: number }[];
  questions: QuestionResult[];
}

export interface ResponseRow {
  unitId: string;
  stratum: string | null;
  answers: Answers;
}

export async function loadResponses(db: Executor, campaignId: string): Promise<ResponseRow[]> {
  return db
    .select({ unitId: surveyResponses.unitId, stratum: surveyResponses.stratum, answers: surveyResponses.answers })
    .from(surveyResponses)
    .where(eq(surveyResponses.campaignId, campaignId));
}

/** `rows`: the responses when the caller already loaded them (an export reuses them). */
export async function campaignResults(db: Executor, campaignId: string, rows?: ResponseRow[]): Promise<SurveyResults | null> {
  const [c] = await db
    .select({ campaign: surveyCampaigns, survey: surveys })
    .from(surveyCampaigns)
    .innerJoin(surveys, eq(surveys.id, surveyCampaigns.surveyId))
    .where(eq(surveyCampaigns.id, campaignId));
  if (!c) return null;
  rows ??= await loadResponses(db, campaignId);
  const completion = await db
    .select({
      unitId: surveyRecipients.unitId,
      unitName: units.name,
      recipients: sql<number>`count(*)::int`,
      responded: sql<number>`count(${surveyRecipients.respondedAt})::int`,
    })
    .from(surveyRecipients)
    .innerJoin(units, eq(units.id, surveyRecipients.unitId))
    .where(eq(surveyRecipients.campaignId, campaignId))
    .groupBy(surveyRecipients.unitId, units.name)
    .orderBy(units.name);
  const unitIds = [...new Set([...rows.map((r) => r.unitId), ...completion.map((u) => u.unitId)])];
  const names = unitIds.length ? await db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, unitIds)) : [];
  // A named quick poll hides no unit: its author chose to ask openly (core/polls).
  const t = tally(c.survey.definition, rows, c.campaign.anonymous ? MIN_CELL : 1);
  return {
    campaignId,
    number: c.campaign.number,
    code: c.survey.code,
    title: c.survey.title,
    status: c.campaign.status,
    respondents: rows.length,
    recipients: c.campaign.recipients,
    responded: completion.reduce((n, u) => n + Number(u.responded), 0),
    units: Object.fromEntries(names.map((u) => [u.id, u.name])),
    completion: completion.map((u) => ({ ...u, recipients: Number(u.recipients), responded: Number(u.responded) })),
    ...t,
  };
}

/** The counting itself (pure; 10,000 responses in a few milliseconds). */
export function tally(q: Questionnaire, rows: ResponseRow[], minCell = MIN_CELL): Pick<SurveyResults, 'groups' | 'hidden' | 'questions'> {
  const unit: Record<string, number> = {};
  const stratum: Record<string, number> = {};
  for (const r of rows) {
    unit[r.unitId] = (unit[r.unitId] ?? 0) + 1;
    const s = r.stratum ?? '';
    stratum[s] = (stratum[s] ?? 0) + 1;
  }
  const shown = (g: Record<string, number>) => new Set(Object.keys(g).filter((k) => g[k]! >= minCell));
  const unitShown = shown(unit);
  const stratumShown = shown(stratum);
  const questions = q.questions.map((question): QuestionResult => {
    const base = { id: question.id, text: question.text, type: question.type };
    if (isChoice(question)) {
      const n = question.options?.length ?? 0;
      const counts = new Array<number>(n).fill(0);
      const byUnit: Record<string, number[]> = {};
      const byStratum: Record<string, number[]> = {};
      let answered = 0;
      for (const r of rows) {
        const a = r.answers[question.id];
        if (!Array.isArray(a)) continue;
        answered++;
        const u = unitShown.has(r.unitId) ? (byUnit[r.unitId] ??= new Array<number>(n).fill(0)) : null;
        const sk = r.stratum ?? '';
        const s = stratumShown.has(sk) ? (byStratum[sk] ??= new Array<number>(n).fill(0)) : null;
        for (const i of a) {
          if (i < 0 || i >= n) continue;
          counts[i]!++;
          if (u) u[i]!++;
          if (s) s[i]!++;
        }
      }
      return { ...base, answered, options: question.options, counts, byUnit, byStratum };
    }
    if (question.type === 'number') {
      const values = rows
        .map((r) => r.answers[question.id])
        .filter((a): a is number => typeof a === 'number')
        .sort((a, b) => a - b);
      if (!values.length) return { ...base, answered: 0 };
      const mid = Math.floor(values.length / 2);
      const median = values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
      const mean = values.reduce((s, v) => s + v, 0) / values.length;
      return { ...base, answered: values.length, number: { mean, median, min: values[0]!, max: values.at(-1)! } };
    }
    // A number that got through the form («Vẫn gửi như vậy») is masked wherever results are read.
    const open = rows
      .map((r) => r.answers[question.id])
      .filter((a): a is string => typeof a === 'string' && a.length > 0)
      .map(maskPii);
    return { ...base, answered: open.length, open };
  });
  return {
    groups: { unit, stratum },
    hidden: { unit: Object.keys(unit).filter((k) => !unitShown.has(k)), stratum: Object.keys(stratum).filter((k) => !stratumShown.has(k)) },
    questions,
  };
}

export const pct = (k: number, n: number): number => (n > 0 ? Math.round((1000 * k) / n) / 10 : 0);

/** One option's share before and after, overall and per unit present (and shown) in both. */
export interface Change {
  questionId: string;
  text: string;
  option: string;
  before: number;
  after: number;
  byUnit: { unitId: string; before: number; after: number }[];
}

/**
 * Before/after: questions with the same id, type and options in both campaigns are compared
 * option by option (percent of those who answered); other questions are listed as not comparable.
 */
export function compareResults(before: SurveyResults, after: SurveyResults): { changes: Change[]; notComparable: string[] } {
  const changes: Change[] = [];
  const notComparable: string[] = [];
  for (const qa of after.questions) {
    const qb = before.questions.find((x) => x.id === qa.id);
    if (!qa.counts) continue;
    if (!qb?.counts || qb.type !== qa.type || JSON.stringify(qb.options) !== JSON.stringify(qa.options)) {
      notComparable.push(qa.id);
      continue;
    }
    qa.options!.forEach((option, i) => {
      const byUnit = Object.keys(qa.byUnit ?? {})
        .filter((u) => qb.byUnit?.[u])
        .map((u) => ({ unitId: u, before: pct(qb.byUnit![u]![i]!, before.groups.unit[u] ?? 0), after: pct(qa.byUnit![u]![i]!, after.groups.unit[u] ?? 0) }));
      changes.push({ questionId: qa.id, text: qa.text, option, before: pct(qb.counts![i]!, qb.answered), after: pct(qa.counts![i]!, qa.answered), byUnit });
    });
  }
  return { changes, notComparable };
}

/** Closed campaigns whose respondents asked to see the results, by person (share-back). */
export async function respondentsOf(db: Executor, campaignId: string): Promise<string[]> {
  const rows = await db
    .select({ personId: surveyRecipients.personId })
    .from(surveyRecipients)
    .where(and(eq(surveyRecipients.campaignId, campaignId), isNotNull(surveyRecipients.respondedAt)));
  return rows.map((r) => r.personId);
}
