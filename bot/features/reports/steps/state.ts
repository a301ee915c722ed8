import type { IssueDraft, ReportDraft, ReportKind, StreamDraft } from '../../../../core/reports/draft.js';
import type { MachineState, Outcome as MachineOutcome, Question as MachineQuestion } from '../../../engine/machine.js';

/**
 * The state of a report conversation, stored as plain JSON in `conversations.state`; drafts
 * are written over several sittings and survive restarts.
 */
export interface ReportState extends MachineState {
  v: 2;
  kind: ReportKind;
  draft: ReportDraft;
  /** Index of the issue the issue steps write to. */
  ix: number;
  /** The opinion stream being built, pushed to the issue when its content arrives. */
  sd: Partial<StreamDraft> | null;
  /** Page of a long choice list (topics). */
  page: number;
  /** Topic group chosen, for the sub-topic question. */
  group: string | null;
  /** Editing a periodic report already filed: its receipt (the draft holds its latest version). */
  filed?: string | null;
  /** The reporter chose to send repeated opinion streams as they are (steps/duplicates.ts): not asked again. */
  dupKept?: boolean;
  /**
   * A photo's caption sent at a long free-text question (steps/evidence.ts): a draft of the answer,
   * offered as «Dùng chú thích ảnh» and put before what the person types there; only for `step`.
   */
  caption?: { step: string; text: string } | null;
  /** Topics nearest to words typed at the topic questions (steps/topic-steps.ts), offered as buttons. */
  guess?: { text: string; codes: string[] } | null;
}

export type Outcome = MachineOutcome<ReportState>;
export type Question = MachineQuestion<ReportState>;

/** Where "add another issue" starts, by kind (the quick and thematic reports ask the title first). */
export const ISSUE_START: Record<ReportKind, string> = { periodic: 'topic-group', quick: 'title', thematic: 'title' };

/** Drafts stored before the flow machine (v1: `at`, and `edit` as a list of steps) keep working. */
export function upgradeReportState(stored: Record<string, unknown>): ReportState {
  const s = stored as unknown as ReportState & { edit: unknown };
  const edit = Array.isArray(s.edit) ? { steps: s.edit.map(String), back: 'review' } : ((s.edit as ReportState['edit']) ?? null);
  return { ...s, v: 2, page: s.page ?? 0, group: s.group ?? null, sd: s.sd ?? null, edit };
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

/** Anything typed or chosen beyond the kind and period (then /huy asks before discarding). */
export function draftHasAnswers(d: ReportDraft): boolean {
  const { kind: _kind, period: _period, issues, ...rest } = d;
  return issues.some((i) => Object.values(i).some(filled)) || Object.values(rest).some(filled);
}

const filled = (v: unknown): boolean => (Array.isArray(v) ? v.length > 0 : v !== null && v !== undefined && v !== '');
