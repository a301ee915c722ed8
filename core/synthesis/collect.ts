import { and, asc, gte, inArray, lt, ne, or } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { Locale } from '../kernel/i18n.js';
import { hotSpotEvents, hotSpots, opinionStreams, reportIssues, reports, topics } from '../../db/schema/index.js';
import { memberUnitIds } from '../reports/completeness.js';
import { visibleAmongIds } from '../reports/visible-unit.js';
import { completenessView } from '../reports/completeness-view.js';
import { addDays, isoDate, periodOn, periodWindow } from '../kernel/periods.js';
import { loadUnitTree, type SettingsDefaults, type UnitTree } from '../people/unit-tree.js';
import { localDate, localTime, startOfLocalDay } from '../kernel/zoned-time.js';
import { maskOrNull, maskPii } from './privacy.js';
import { lastMonth, type Span } from './span.js';
import type { HotSpotData, ReportData, ReportKind, SynthesisInput, SynthesisScope, TimelineEntry } from './collect-data.js';

export type * from './collect-data.js';

export interface CollectEnv {
  timeZone: string;
  defaults: SettingsDefaults;
  locale: Locale;
}

/** The instants a span covers: its first month's cycle start to the day after its last month's cut-off. */
function spanWindow(tree: UnitTree, unitId: string, span: Span, tz: string) {
  const s = tree.settings(unitId);
  const from = periodWindow(span.months[0]!, s).from;
  const to = periodWindow(lastMonth(span), s).to;
  return { from, to, fromAt: startOfLocalDay(from, tz), toAt: startOfLocalDay(addDays(to, 1), tz) };
}

export interface Collected {
  input: SynthesisInput;
  tree: UnitTree;
  unitIds: string[];
  fromAt: Date;
  toAt: Date;
}

export async function collectSynthesis(db: Executor, env: CollectEnv, scope: SynthesisScope, span: Span, now: Date): Promise<Collected> {
  const tree = await loadUnitTree(db, env.defaults, scope.path);
  const win = spanWindow(tree, scope.unitId, span, env.timeZone);
  const today = localDate(now, env.timeZone);
  const completeness = [];
  for (const period of span.months) completeness.push({ period, view: await completenessView(db, env, scope, { period }, today, tree) });
  const memberIds = memberUnitIds(tree, tree.subtree(scope.path));
  const nameOf = (id: string) => tree.effective(id)?.name ?? tree.get(id)?.name ?? '';
  const monthOf = (at: Date) => periodOn(localDate(at, env.timeZone), tree.settings(scope.unitId));
  const input: SynthesisInput = {
    scope,
    isRoot: !tree.get(scope.unitId)?.parentId,
    span,
    window: { from: isoDate(win.from), to: isoDate(win.to) },
    generatedOn: isoDate(today),
    completeness,
    reports: await loadReports(db, memberIds, span.months, nameOf, env.timeZone),
    hotSpots: await loadHotSpots(db, memberIds, win, { nameOf, monthOf, tz: env.timeZone }),
    topics: await loadTopicNames(db, env.locale),
  };
  return { input, tree, unitIds: memberIds, fromAt: win.fromAt, toAt: win.toAt };
}

type ReportRow = typeof reports.$inferSelect;

/** One periodic report per reporter and period: a second one filed instead of an edit replaces the first. */
function newestPeriodic(all: ReportRow[]): ReportRow[] {
  const newest = new Map<string, ReportRow>();
  for (const r of all) {
    const key = `${r.reporterId}/${r.period}`;
    const prev = newest.get(key);
    if (r.kind === 'periodic' && r.reporterId && (!prev || prev.createdAt < r.createdAt)) newest.set(key, r);
  }
  return all.filter((r) => r.kind !== 'periodic' || !r.reporterId || newest.get(`${r.reporterId}/${r.period}`) === r);
}

async function loadReports(db: Executor, unitIds: string[], periods: string[], nameOf: (id: string) => string, tz: string): Promise<ReportData[]> {
  if (unitIds.length === 0) return [];
  const all = await db
    .select()
    .from(reports)
    .where(and(inArray(reports.period, periods), inArray(reports.unitId, unitIds), visibleAmongIds(reports, unitIds), ne(reports.status, 'draft')))
    .orderBy(asc(reports.receiptNo));
  const rows = newestPeriodic(all).filter((r) => r.receiptNo);
  const ids = rows.map((r) => r.id);
  const issues = ids.length ? await db.select().from(reportIssues).where(inArray(reportIssues.reportId, ids)).orderBy(asc(reportIssues.position)) : [];
  const issueIds = issues.map((i) => i.id);
  const streams = issueIds.length
    ? await db.select().from(opinionStreams).where(inArray(opinionStreams.issueId, issueIds)).orderBy(asc(opinionStreams.position))
    : [];
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as ReportKind,
    receiptNo: r.receiptNo!,
    unitName: nameOf(r.unitId),
    period: r.period ?? '',
    submittedOn: isoDate(localDate(r.submittedAt ?? r.createdAt, tz)),
    title: maskOrNull(r.title),
    assessment: r.assessment,
    mood: r.mood,
    rumours: maskOrNull(r.rumours),
    goodPractices: maskOrNull(r.goodPractices),
    proposals: maskOrNull(r.proposals),
    spread: r.spread,
    issues: issues
      .filter((i) => i.reportId === r.id)
      .map((i) => ({
        topicCode: i.topicCode,
        title: maskPii(i.title),
        scope: i.scope,
        summary: maskOrNull(i.summary),
        causes: maskOrNull(i.causes),
        forecast: maskOrNull(i.forecast),
        proposals: maskOrNull(i.proposals),
        source: i.source,
        reliability: i.reliability,
        streams: streams
          .filter((s) => s.issueId === i.id)
          .map((s) => ({ stance: s.stance, prevalence: s.prevalence, holderGroup: maskPii(s.holderGroup), content: maskPii(s.content) })),
      })),
  }));
}

/** Timeline kinds worth a line in a document (notifications and reminders are the machinery's). */
const TIMELINE_KINDS = ['created', 'escalated', 'acknowledged', 'handling', 'note', 'playbook_step', 'update', 'resolved', 'false_alarm', 'merged_in'];

interface HotSpotEnv {
  nameOf: (id: string) => string;
  monthOf: (at: Date) => string;
  tz: string;
}

/** Hot spots raised in the window, and older ones still being handled at its end ("carried over"). */
async function loadHotSpots(db: Executor, unitIds: string[], win: { fromAt: Date; toAt: Date }, env: HotSpotEnv): Promise<HotSpotData[]> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .select()
    .from(hotSpots)
    .where(
      and(
        inArray(hotSpots.unitId, unitIds),
        visibleAmongIds(hotSpots, unitIds),
        lt(hotSpots.createdAt, win.toAt),
        or(gte(hotSpots.createdAt, win.fromAt), inArray(hotSpots.status, ['open', 'acknowledged', 'handling'])),
        ne(hotSpots.status, 'merged'),
      ),
    )
    .orderBy(asc(hotSpots.createdAt));
  const ids = rows.map((h) => h.id);
  const events = ids.length
    ? await db
        .select()
        .from(hotSpotEvents)
        .where(and(inArray(hotSpotEvents.hotSpotId, ids), inArray(hotSpotEvents.kind, TIMELINE_KINDS), lt(hotSpotEvents.createdAt, win.toAt)))
        .orderBy(asc(hotSpotEvents.id))
    : [];
  const stamp = (at: Date) => {
    const l = localTime(at, env.tz);
    return `${isoDate(l)} ${String(l.hour).padStart(2, '0')}:${String(l.minute).padStart(2, '0')}`;
  };
  return rows.map((h) => ({
    receiptNo: h.receiptNo,
    category: h.category,
    severity: h.severity,
    unitName: env.nameOf(h.unitId),
    status: h.status,
    createdAt: stamp(h.createdAt),
    period: env.monthOf(h.createdAt),
    placeText: maskOrNull(h.placeText),
    peopleEstimate: h.peopleEstimate,
    description: maskOrNull(h.description),
    outcome: maskOrNull(h.resultNote),
    outcomeShared: h.resultShareable,
    carriedOver: h.createdAt < win.fromAt,
    timeline: events
      .filter((e) => e.hotSpotId === h.id)
      .map((e): TimelineEntry => ({
        at: stamp(e.createdAt),
        kind: e.kind,
        note: maskOrNull(e.note),
        unitName: e.unitId ? env.nameOf(e.unitId) || null : null,
      })),
  }));
}

async function loadTopicNames(db: Executor, locale: Locale): Promise<SynthesisInput['topics']> {
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
