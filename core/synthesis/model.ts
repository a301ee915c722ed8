import { ASSESSMENTS, MOODS, PREVALENCES, STANCES } from '../reports/draft.js';
import { matchKey } from '../kernel/text.js';
import type { HotSpotData, ReportData, SynthesisInput } from './collect.js';

/**
 * The synthesis as data: every statement carries the receipt numbers of the reports it comes
 * from. Pure and deterministic (same input → same model), so the Markdown snapshot is stable.
 */
export interface Traced {
  text: string;
  receipts: string[];
}

export interface StreamGroup {
  stance: string;
  /** The largest prevalence any report gave this stance (ordinal scale, domain-vi §1.2). */
  prevalence: string;
  holders: string[];
  contents: Traced[];
  receipts: string[];
}

export interface TopicGroup {
  code: string;
  name: string;
  receipts: string[];
  issues: Traced[];
  streams: StreamGroup[];
  causes: Traced[];
  forecasts: Traced[];
  proposals: Traced[];
}

export interface Tally {
  code: string;
  receipts: string[];
}

export interface SynthesisModel {
  input: Omit<SynthesisInput, 'reports' | 'hotSpots' | 'topics'>;
  reportCount: number;
  assessments: Tally[];
  moods: Tally[];
  topics: TopicGroup[];
  rumours: Traced[];
  goodPractices: Traced[];
  proposals: Traced[];
  hotSpots: HotSpotData[];
}

/** Same text (accent- and case-insensitively) from several reports → one line, all receipts. */
export function collectTraced(items: { text: string | null | undefined; receipt: string }[]): Traced[] {
  const out = new Map<string, Traced>();
  for (const { text, receipt } of items) {
    const clean = text?.trim();
    if (!clean) continue;
    const key = matchKey(clean).replace(/[.;,!]+$/, '');
    const hit = out.get(key) ?? { text: clean, receipts: [] };
    if (!hit.receipts.includes(receipt)) hit.receipts.push(receipt);
    out.set(key, hit);
  }
  return [...out.values()];
}

function tally(codes: readonly string[], reports: ReportData[], pick: (r: ReportData) => string | null): Tally[] {
  return codes.map((code) => ({ code, receipts: reports.filter((r) => pick(r) === code).map((r) => r.receiptNo) })).filter((t) => t.receipts.length > 0);
}

const rank = (p: string) => {
  const i = (PREVALENCES as readonly string[]).indexOf(p);
  return i < 0 ? PREVALENCES.length : i;
};

function streamGroups(entries: { report: ReportData; issue: ReportData['issues'][number] }[]): StreamGroup[] {
  const groups: StreamGroup[] = [];
  for (const stance of [...STANCES, ...new Set(entries.flatMap((e) => e.issue.streams.map((s) => s.stance)))]) {
    if (groups.some((g) => g.stance === stance)) continue;
    const found = entries.flatMap(({ report, issue }) => issue.streams.filter((s) => s.stance === stance).map((s) => ({ s, receipt: report.receiptNo })));
    if (found.length === 0) continue;
    groups.push({
      stance,
      prevalence: [...found].sort((a, b) => rank(a.s.prevalence) - rank(b.s.prevalence))[0]!.s.prevalence,
      holders: [...new Set(found.map((f) => f.s.holderGroup))],
      contents: collectTraced(found.map((f) => ({ text: f.s.content, receipt: f.receipt }))),
      receipts: [...new Set(found.map((f) => f.receipt))],
    });
  }
  return groups;
}

function topicGroups(input: SynthesisInput): TopicGroup[] {
  const byTopic = new Map<string, { report: ReportData; issue: ReportData['issues'][number] }[]>();
  for (const report of input.reports) {
    for (const issue of report.issues) {
      if (issue.reliability === 'tin_don') continue;
      byTopic.set(issue.topicCode, [...(byTopic.get(issue.topicCode) ?? []), { report, issue }]);
    }
  }
  const groups = [...byTopic.entries()].map(([code, entries]) => {
    const traced = (f: (i: ReportData['issues'][number]) => string | null) =>
      collectTraced(entries.map((e) => ({ text: f(e.issue), receipt: e.report.receiptNo })));
    return {
      code,
      name: input.topics[code]?.name ?? code,
      receipts: [...new Set(entries.map((e) => e.report.receiptNo))],
      issues: traced((i) => i.title),
      streams: streamGroups(entries),
      causes: traced((i) => i.causes),
      forecasts: traced((i) => i.forecast),
      proposals: traced((i) => i.proposals),
    };
  });
  // Main issues first: the most reports, then the taxonomy's order.
  return groups.sort(
    (a, b) =>
      b.receipts.length - a.receipts.length || (input.topics[a.code]?.sort ?? 1e9) - (input.topics[b.code]?.sort ?? 1e9) || a.code.localeCompare(b.code),
  );
}

export function buildModel(input: SynthesisInput): SynthesisModel {
  const { reports, hotSpots, topics: _topics, ...rest } = input;
  const each = (f: (r: ReportData) => string | null) => collectTraced(reports.map((r) => ({ text: f(r), receipt: r.receiptNo })));
  // Issues the reporter marked as rumour are reported with the rumours, not as opinion (domain-vi §1.2).
  const rumourIssues = reports.flatMap((r) =>
    r.issues.filter((i) => i.reliability === 'tin_don').map((i) => ({ text: i.summary ? `${i.title}: ${i.summary}` : i.title, receipt: r.receiptNo })),
  );
  return {
    input: rest,
    reportCount: reports.length,
    assessments: tally(ASSESSMENTS, reports, (r) => r.assessment),
    moods: tally(MOODS, reports, (r) => r.mood),
    topics: topicGroups(input),
    rumours: collectTraced([...reports.map((r) => ({ text: r.rumours, receipt: r.receiptNo })), ...rumourIssues]),
    goodPractices: each((r) => r.goodPractices),
    proposals: each((r) => r.proposals),
    hotSpots,
  };
}
