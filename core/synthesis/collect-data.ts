import type { CompletenessView } from '../reports/completeness-view.js';
import type { Span } from './span.js';

/**
 * Everything a synthesis is made of, read in one go for (subtree, span). Pure data after this;
 * every free text already passed through `maskPii`.
 */
interface StreamData {
  stance: string;
  prevalence: string;
  holderGroup: string;
  content: string;
}

export interface IssueData {
  topicCode: string;
  title: string;
  scope: string | null;
  summary: string | null;
  causes: string | null;
  forecast: string | null;
  proposals: string | null;
  source: string | null;
  reliability: string | null;
  streams: StreamData[];
}

export type ReportKind = 'periodic' | 'quick' | 'thematic';

export interface ReportData {
  id: string;
  kind: ReportKind;
  receiptNo: string;
  unitName: string;
  period: string;
  /** Local date of the (first) submission, YYYY-MM-DD. */
  submittedOn: string;
  title: string | null;
  assessment: string | null;
  mood: string | null;
  rumours: string | null;
  goodPractices: string | null;
  proposals: string | null;
  spread: string | null;
  issues: IssueData[];
}

export interface TimelineEntry {
  /** Local date and time, YYYY-MM-DD HH:MM. */
  at: string;
  kind: string;
  note: string | null;
  unitName: string | null;
}

export interface HotSpotData {
  receiptNo: string;
  category: string;
  severity: number;
  unitName: string;
  status: string;
  /** Local YYYY-MM-DD HH:MM. */
  createdAt: string;
  /** The reporting month the hot spot arose in. */
  period: string;
  placeText: string | null;
  peopleEstimate: number | null;
  description: string | null;
  /** The official's outcome note, whether or not it was shared with the reporter. */
  outcome: string | null;
  outcomeShared: boolean;
  carriedOver: boolean;
  timeline: TimelineEntry[];
}

export interface MonthCompleteness {
  period: string;
  view: CompletenessView;
}

export interface SynthesisScope {
  unitId: string;
  code: string;
  name: string;
  path: string;
}

export interface SynthesisInput {
  scope: SynthesisScope;
  /** Whether the scope is a root of the unit tree (the province) or a unit within it. */
  isRoot: boolean;
  span: Span;
  window: { from: string; to: string };
  generatedOn: string;
  completeness: MonthCompleteness[];
  reports: ReportData[];
  hotSpots: HotSpotData[];
  /** code → display name (with its group's name first for sub-topics) and sort key. */
  topics: Record<string, { name: string; sort: number }>;
}
