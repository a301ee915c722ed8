import { ASSESSMENTS, MOODS, PREVALENCES, SCOPES, STANCES } from '../reports/draft.js';
import { compareVi, matchKey } from '../kernel/text.js';
import type { HotSpotData, IssueData, ReportData, ReportKind, SynthesisInput } from './collect.js';

/**
 * The synthesis as data: every statement keeps the reports it comes from (`sources`), so the
 * document can give its provenance. Pure and deterministic (same input → same model).
 * Opinions are grouped per issue (same topic and title across reports), never pooled across the
 * issues of a topic: each stream keeps its own prevalence, holder group and sources.
 */
export interface Source {
  receipt: string;
  kind: ReportKind;
  unitName: string;
}

export interface Traced {
  text: string;
  sources: Source[];
}

export interface StreamView {
  stance: string;
  prevalence: string;
  holder: string;
  content: string;
  sources: Source[];
}

export interface IssueView {
  topicCode: string;
  topicName: string;
  title: string;
  scope: string | null;
  online: boolean;
  summaries: Traced[];
  streams: StreamView[];
  causes: Traced[];
  forecasts: Traced[];
  proposals: Traced[];
  sources: Source[];
}

interface Tally {
  code: string;
  sources: Source[];
}

export interface SynthesisModel {
  input: Omit<SynthesisInput, 'reports' | 'hotSpots' | 'topics'>;
  reports: ReportData[];
  counts: Record<ReportKind, number>;
  assessments: Tally[];
  moods: Tally[];
  issues: IssueView[];
  rumourIssues: IssueView[];
  rumourNotes: Traced[];
  goodPractices: Traced[];
  generalProposals: Traced[];
  hotSpots: HotSpotData[];
}

const sourceOf = (r: ReportData): Source => ({ receipt: r.receiptNo, kind: r.kind, unitName: r.unitName });

export function mergeSources(...lists: Source[][]): Source[] {
  const out = new Map<string, Source>();
  for (const s of lists.flat()) out.set(s.receipt, s);
  return [...out.values()].sort((a, b) => a.receipt.localeCompare(b.receipt));
}

const keyOf = (text: string) => matchKey(text).replace(/[.;,!]+$/, '');

/** Same text (accent- and case-insensitively) from several reports → one line, all sources. */
export function collectTraced(items: { text: string | null | undefined; source: Source }[]): Traced[] {
  const out = new Map<string, Traced>();
  for (const { text, source } of items) {
    const clean = text?.trim();
    if (!clean) continue;
    const hit = out.get(keyOf(clean)) ?? { text: clean, sources: [] };
    hit.sources = mergeSources(hit.sources, [source]);
    out.set(keyOf(clean), hit);
  }
  return [...out.values()];
}

const rankOf = (list: readonly string[], v: string | null) => {
  const i = v ? list.indexOf(v) : -1;
  return i < 0 ? list.length : i;
};

/** Streams of one issue: the same stance, holder and content from several reports are one stream. */
function mergeStreams(entries: { report: ReportData; issue: IssueData }[]): StreamView[] {
  const out = new Map<string, StreamView>();
  for (const { report, issue } of entries) {
    for (const s of issue.streams) {
      const key = `${s.stance}|${s.holderGroup}|${keyOf(s.content)}`;
      const hit = out.get(key) ?? { stance: s.stance, prevalence: s.prevalence, holder: s.holderGroup, content: s.content, sources: [] };
      if (rankOf(PREVALENCES, s.prevalence) < rankOf(PREVALENCES, hit.prevalence)) hit.prevalence = s.prevalence;
      hit.sources = mergeSources(hit.sources, [sourceOf(report)]);
      out.set(key, hit);
    }
  }
  // Largest prevalence first, then the stance order of the form.
  return [...out.values()].sort(
    (a, b) => rankOf(PREVALENCES, a.prevalence) - rankOf(PREVALENCES, b.prevalence) || rankOf(STANCES, a.stance) - rankOf(STANCES, b.stance),
  );
}

const ONLINE_WORDS = /mang xa hoi|khong gian mang|tren mang|facebook|zalo|tiktok|youtube|social media|online/;

function isOnline(report: ReportData, issue: IssueData): boolean {
  if (issue.source === 'mang_xa_hoi' || report.spread === 'mang_xa_hoi') return true;
  return ONLINE_WORDS.test(matchKey(`${issue.title} ${issue.summary ?? ''}`));
}

function issueViews(input: SynthesisInput, rumours: boolean): IssueView[] {
  const groups = new Map<string, { report: ReportData; issue: IssueData }[]>();
  for (const report of input.reports) {
    for (const issue of report.issues) {
      if ((issue.reliability === 'tin_don') !== rumours) continue;
      const key = `${issue.topicCode}|${keyOf(issue.title)}`;
      groups.set(key, [...(groups.get(key) ?? []), { report, issue }]);
    }
  }
  const views = [...groups.values()].map((entries): IssueView => {
    const first = entries[0]!.issue;
    const traced = (f: (i: IssueData) => string | null) => collectTraced(entries.map((e) => ({ text: f(e.issue), source: sourceOf(e.report) })));
    return {
      topicCode: first.topicCode,
      topicName: input.topics[first.topicCode]?.name ?? first.topicCode,
      title: first.title,
      scope: entries.map((e) => e.issue.scope).find(Boolean) ?? null,
      online: entries.some((e) => isOnline(e.report, e.issue)),
      summaries: traced((i) => i.summary),
      streams: mergeStreams(entries),
      causes: traced((i) => i.causes),
      forecasts: traced((i) => i.forecast),
      proposals: traced((i) => i.proposals),
      sources: mergeSources(entries.map((e) => sourceOf(e.report))),
    };
  });
  const sort = (v: IssueView) => input.topics[v.topicCode]?.sort ?? 1e9;
  return views.sort(
    (a, b) => rankOf(SCOPES, a.scope) - rankOf(SCOPES, b.scope) || b.sources.length - a.sources.length || sort(a) - sort(b) || compareVi(a.title, b.title),
  );
}

function tally(codes: readonly string[], reports: ReportData[], pick: (r: ReportData) => string | null): Tally[] {
  return codes.map((code) => ({ code, sources: reports.filter((r) => pick(r) === code).map(sourceOf) })).filter((t) => t.sources.length > 0);
}

export function buildModel(input: SynthesisInput): SynthesisModel {
  const { reports, hotSpots, topics: _topics, ...rest } = input;
  const each = (f: (r: ReportData) => string | null) => collectTraced(reports.map((r) => ({ text: f(r), source: sourceOf(r) })));
  const periodic = reports.filter((r) => r.kind === 'periodic');
  const count = (k: ReportKind) => reports.filter((r) => r.kind === k).length;
  return {
    input: rest,
    reports,
    counts: { periodic: count('periodic'), quick: count('quick'), thematic: count('thematic') },
    assessments: tally(ASSESSMENTS, periodic, (r) => r.assessment),
    moods: tally(MOODS, periodic, (r) => r.mood),
    issues: issueViews(input, false),
    rumourIssues: issueViews(input, true),
    rumourNotes: each((r) => r.rumours),
    goodPractices: each((r) => r.goodPractices),
    generalProposals: each((r) => r.proposals),
    hotSpots,
  };
}
