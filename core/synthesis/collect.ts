import { and, asc, eq, gte, inArray, lt, ne, or } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { hotSpots, opinionStreams, reportIssues, reports, topics } from '../../db/schema/index.js';
import { memberUnitIds } from '../reports/completeness.js';
import { completenessView, type CompletenessView } from '../reports/completeness-view.js';
import { addDays, isoDate, periodWindow } from '../kernel/periods.js';
import { loadUnitTree, type SettingsDefaults } from '../people/unit-tree.js';
import { localDate, startOfLocalDay } from '../kernel/zoned-time.js';

/** Everything a synthesis is made of, read in one go for (subtree, period). Pure data after this. */
export interface StreamData {
  stance: string;
  prevalence: string;
  holderGroup: string;
  content: string;
}

export interface IssueData {
  topicCode: string;
  title: string;
  summary: string | null;
  causes: string | null;
  forecast: string | null;
  proposals: string | null;
  reliability: string | null;
  streams: StreamData[];
}

export interface ReportData {
  id: string;
  kind: string;
  receiptNo: string;
  unitName: string;
  assessment: string | null;
  mood: string | null;
  rumours: string | null;
  goodPractices: string | null;
  proposals: string | null;
  issues: IssueData[];
}

export interface HotSpotData {
  receiptNo: string;
  category: string;
  severity: number;
  unitName: string;
  status: string;
  createdOn: string;
  /** The outcome note, only when the official marked it shareable. */
  outcome: string | null;
  carriedOver: boolean;
}

export interface SynthesisInput {
  scope: { unitId: string; code: string; name: string; path: string };
  period: string;
  window: { from: string; to: string };
  generatedOn: string;
  completeness: CompletenessView;
  reports: ReportData[];
  hotSpots: HotSpotData[];
  /** code → display name (with its group's name first for sub-topics) and sort key. */
  topics: Record<string, { name: string; sort: number }>;
}

export interface CollectEnv {
  timeZone: string;
  defaults: SettingsDefaults;
  locale: 'vi' | 'en';
}

export async function collectSynthesis(db: Executor, env: CollectEnv, scope: SynthesisInput['scope'], period: string, now: Date): Promise<SynthesisInput> {
  const tree = await loadUnitTree(db, env.defaults, scope.path);
  const win = periodWindow(period, tree.settings(scope.unitId));
  const today = localDate(now, env.timeZone);
  const completeness = await completenessView(db, env, scope, { period }, today, tree);
  const memberIds = memberUnitIds(tree, tree.subtree(scope.path));
  const nameOf = (id: string) => tree.effective(id)?.name ?? tree.get(id)?.name ?? '';
  const from = startOfLocalDay(win.from, env.timeZone);
  const to = startOfLocalDay(addDays(win.to, 1), env.timeZone);
  return {
    scope,
    period,
    window: { from: isoDate(win.from), to: isoDate(win.to) },
    generatedOn: isoDate(today),
    completeness,
    reports: await loadReports(db, memberIds, period, nameOf),
    hotSpots: await loadHotSpots(db, memberIds, from, to, nameOf, env.timeZone),
    topics: await loadTopicNames(db, env.locale),
  };
}

async function loadReports(db: Executor, unitIds: string[], period: string, nameOf: (id: string) => string): Promise<ReportData[]> {
  if (unitIds.length === 0) return [];
  const all = await db
    .select()
    .from(reports)
    .where(and(eq(reports.period, period), inArray(reports.unitId, unitIds), ne(reports.status, 'draft')))
    .orderBy(asc(reports.receiptNo));
  // One periodic report per reporter and period: if a second one was filed instead of an edit,
  // the newest stands for the reporter (quick and thematic reports are all kept).
  const newest = new Map<string, (typeof all)[number]>();
  for (const r of all) {
    const prev = r.kind === 'periodic' && r.reporterId ? newest.get(r.reporterId) : undefined;
    if (r.kind === 'periodic' && r.reporterId && (!prev || prev.createdAt < r.createdAt)) newest.set(r.reporterId, r);
  }
  const rows = all.filter((r) => r.kind !== 'periodic' || !r.reporterId || newest.get(r.reporterId) === r);
  const ids = rows.map((r) => r.id);
  const issues = ids.length ? await db.select().from(reportIssues).where(inArray(reportIssues.reportId, ids)).orderBy(asc(reportIssues.position)) : [];
  const streams = issues.length
    ? await db
        .select()
        .from(opinionStreams)
        .where(
          inArray(
            opinionStreams.issueId,
            issues.map((i) => i.id),
          ),
        )
        .orderBy(asc(opinionStreams.position))
    : [];
  return rows
    .filter((r) => r.receiptNo)
    .map((r) => ({
      id: r.id,
      kind: r.kind,
      receiptNo: r.receiptNo!,
      unitName: nameOf(r.unitId),
      assessment: r.assessment,
      mood: r.mood,
      rumours: r.rumours,
      goodPractices: r.goodPractices,
      proposals: r.proposals,
      issues: issues
        .filter((i) => i.reportId === r.id)
        .map((i) => ({
          topicCode: i.topicCode,
          title: i.title,
          summary: i.summary,
          causes: i.causes,
          forecast: i.forecast,
          proposals: i.proposals,
          reliability: i.reliability,
          streams: streams
            .filter((s) => s.issueId === i.id)
            .map((s) => ({ stance: s.stance, prevalence: s.prevalence, holderGroup: s.holderGroup, content: s.content })),
        })),
    }));
}

/** Hot spots raised in the window, and older ones still being handled at its end ("carried over"). */
async function loadHotSpots(db: Executor, unitIds: string[], from: Date, to: Date, nameOf: (id: string) => string, tz: string): Promise<HotSpotData[]> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .select()
    .from(hotSpots)
    .where(
      and(
        inArray(hotSpots.unitId, unitIds),
        lt(hotSpots.createdAt, to),
        or(gte(hotSpots.createdAt, from), inArray(hotSpots.status, ['open', 'acknowledged', 'handling'])),
      ),
    )
    .orderBy(asc(hotSpots.createdAt));
  return rows
    .filter((h) => h.status !== 'merged')
    .map((h) => ({
      receiptNo: h.receiptNo,
      category: h.category,
      severity: h.severity,
      unitName: nameOf(h.unitId),
      status: h.status,
      createdOn: isoDate(localDate(h.createdAt, tz)),
      outcome: h.resultShareable ? h.resultNote : null,
      carriedOver: h.createdAt < from,
    }));
}

async function loadTopicNames(db: Executor, locale: 'vi' | 'en'): Promise<SynthesisInput['topics']> {
  const rows = await db.select().from(topics);
  const name = (r: (typeof rows)[number]) => (locale === 'en' ? r.nameEn : r.nameVi);
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return Object.fromEntries(
    rows.map((r) => {
      const parent = r.parentCode ? byCode.get(r.parentCode) : undefined;
      return [r.code, { name: parent ? `${name(parent)} – ${name(r)}` : name(r), sort: r.sort }];
    }),
  );
}
