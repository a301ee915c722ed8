import type { IssueDraft, ReportDraft, ReportKind, StreamDraft } from '../../../../core/reports/draft.js';
import type { Effect, FlowContext, FlowInput, Reply } from '../../../engine/types.js';

/**
 * The state of a report conversation, stored as plain JSON in `conversations.state`; drafts
 * are written over several sittings and survive restarts.
 */
export interface ReportState {
  v: 1;
  kind: ReportKind;
  /** The question being asked (a step id). */
  at: string;
  draft: ReportDraft;
  /** Index of the issue the issue steps write to. */
  ix: number;
  /** The opinion stream being built, pushed to the issue when its content arrives. */
  sd: Partial<StreamDraft> | null;
  /** Page of a long choice list (topics). */
  page: number;
  /** Topic group chosen, for the sub-topic question. */
  group: string | null;
  /** While re-answering a section from the review screen: its steps; leaving them returns to review. */
  edit: string[] | null;
}

export interface Nav {
  /** The step that follows `step` in this flow's sequence. */
  after(step: string): string;
  /** Where "add another issue" starts. */
  issueStart: string;
}

export type Outcome = { state: ReportState; next?: string; stay?: boolean; replies?: Reply[]; effects?: Effect[]; end?: Reply[] } | { retry: Reply };

export interface Question {
  ask(s: ReportState, ctx: FlowContext): Reply[];
  answer(s: ReportState, input: FlowInput, ctx: FlowContext, nav: Nav): Outcome;
  /** Answers itself when there is nothing to ask (e.g. a topic group without sub-topics). */
  auto?(s: ReportState, ctx: FlowContext): ReportState | null;
}

export function emptyIssue(): IssueDraft {
  return { streams: [] };
}

/** A deep copy to change: flows never mutate the state they were given. */
export function copy(s: ReportState): ReportState {
  return structuredClone(s);
}

export function issueOf(s: ReportState): IssueDraft {
  const issue = s.draft.issues[s.ix];
  if (!issue) throw new Error(`report state has no issue ${s.ix}`);
  return issue;
}

export function patchIssue(s: ReportState, patch: Partial<IssueDraft>): ReportState {
  const next = copy(s);
  Object.assign(issueOf(next), patch);
  return next;
}

export function patchDraft(s: ReportState, patch: Partial<ReportDraft>): ReportState {
  const next = copy(s);
  Object.assign(next.draft, patch);
  return next;
}

export function addIssue(s: ReportState): ReportState {
  const next = copy(s);
  next.draft.issues.push(emptyIssue());
  next.ix = next.draft.issues.length - 1;
  return next;
}
