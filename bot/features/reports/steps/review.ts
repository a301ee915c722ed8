import { BACK, readChoice } from '../../../engine/common/input.js';
import { waiting } from '../../../engine/machine.js';
import { mainMenu } from '../../home/menu.js';
import type { FlowContext, ReplyChoice } from '../../../engine/types.js';
import { checkBeforeSubmit, duplicatesQuestion } from './duplicates.js';
import { privacyQuestion } from './privacy.js';
import { renderDraft, shorten } from './render.js';
import { addIssue, copy, ISSUE_START, issueOf, patchIssue, type Question, type ReportState } from './state.js';
import { STREAM_STEPS } from './stream-steps.js';
import { readRoute, ROUTE_BUTTON, routeAsk, routeButton, routeReceipt } from './route.js';

const SUBMIT = 'submit';
/** Quick and thematic reports can be sent as urgent (khẩn): acknowledged and escalated like a hot spot (core/reports/urgent.ts). */
const SUBMIT_URGENT = 'submit-urgent';
const canBeUrgent = (s: ReportState) => s.kind === 'quick' || s.kind === 'thematic';
const EDIT = 'edit';
const DELETE = 'delete';

/**
 * An entry of the edit menu: a step id (re-answer that step), 'topic' (group + sub-topic),
 * 'issues' (one entry per issue, opening the issue's parts), 'add-issue', or 'issue-parts'
 * (the parts of issue 1 inline, for the single-event quick report).
 */
export type EditEntry = string;

export interface ReviewConfig {
  sequence: string[];
  edit: EditEntry[];
  /** Thematic reports keep at least one issue; periodic ones may have none. */
  minIssues: number;
}

interface Section {
  value: string;
  label: string;
  start: string;
  /** Steps to re-answer; leaving them returns to the review screen. None: just navigate. */
  steps?: readonly string[];
  prepare?(s: ReportState): ReportState;
}

const TOPIC_STEPS = ['topic-group', 'topic'];

/** Parts of an issue, offered when present in the flow's sequence, in the order they were asked. */
const ISSUE_PARTS: { value: string; steps: readonly string[]; prepare?(s: ReportState): ReportState }[] = [
  { value: 'topic', steps: TOPIC_STEPS },
  { value: 'title', steps: ['title'] },
  { value: 'scope', steps: ['scope'] },
  { value: 'summary', steps: ['summary'] },
  { value: 'streams-add', steps: STREAM_STEPS },
  { value: 'streams-redo', steps: STREAM_STEPS, prepare: (s) => patchIssue(s, { streams: [] }) },
  { value: 'causes', steps: ['causes'] },
  { value: 'forecast', steps: ['forecast'] },
  { value: 'source', steps: ['source'] },
  { value: 'reliability', steps: ['reliability'] },
  { value: 'proposals', steps: ['proposals'] },
];

function issueParts(cfg: ReviewConfig, s: ReportState, ctx: FlowContext): Section[] {
  const issueSteps = cfg.sequence.slice(cfg.sequence.indexOf(ISSUE_START[s.kind]));
  const order = (p: (typeof ISSUE_PARTS)[number]) => issueSteps.indexOf(p.steps[0]!);
  return ISSUE_PARTS.filter((p) => order(p) >= 0 && !(p.value === 'topic' && s.kind === 'thematic'))
    .sort((a, b) => order(a) - order(b))
    .map((p) => ({
      value: p.value,
      label: ctx.t(`reports-part-${p.value}`),
      start: p.steps[0]!,
      steps: p.steps,
      prepare: p.prepare,
    }));
}

function sections(cfg: ReviewConfig, s: ReportState, ctx: FlowContext): Section[] {
  return cfg.edit.flatMap((entry): Section[] => {
    if (entry === 'issue-parts') return issueParts(cfg, { ...s, ix: 0 }, ctx).map((p) => ({ ...p, prepare: (x) => (p.prepare ?? copy)({ ...x, ix: 0 }) }));
    if (entry === 'issues') {
      return s.draft.issues.map((i, n) => ({
        value: `issue-${n}`,
        label: ctx.t('reports-edit-issue', { n: n + 1, title: shorten(i.title) }),
        start: 'edit-issue',
        prepare: (x) => ({ ...copy(x), ix: n }),
      }));
    }
    if (entry === 'add-issue') {
      const steps = cfg.sequence.slice(cfg.sequence.indexOf(ISSUE_START[s.kind]), cfg.sequence.indexOf('proposals') + 1);
      return [{ value: entry, label: ctx.t('reports-part-add-issue'), start: ISSUE_START[s.kind], steps, prepare: addIssue }];
    }
    const steps = entry === 'topic' ? TOPIC_STEPS : [entry];
    return [{ value: entry, label: ctx.t(`reports-part-${entry}`), start: steps[0]!, steps }];
  });
}

const menuChoices = (list: Section[], ctx: FlowContext): ReplyChoice[] => [
  ...list.map((x) => ({ label: x.label, value: x.value })),
  { label: ctx.t('reports-back-to-review'), value: BACK },
];

function pick(list: Section[], s: ReportState, value: string) {
  const section = list.find((x) => x.value === value)!;
  const next = (section.prepare ?? copy)(s);
  next.edit = section.steps ? { steps: [...section.steps], back: 'review' } : null;
  return { state: next, next: section.start };
}

/** The review screen, the edit menus and the wait for the submission's result. */
export function reviewQuestions(cfg: ReviewConfig): Record<string, Question> {
  return {
    review: {
      ask: (s, ctx) => [
        ...renderDraft(s, ctx),
        {
          text: ctx.t('reports-review-ask'),
          choices: [
            { label: ctx.t('reports-submit'), value: SUBMIT },
            ...(canBeUrgent(s) ? [{ label: ctx.t('reports-submit-urgent'), value: SUBMIT_URGENT }, routeButton(ctx)] : []),
            { label: ctx.t('reports-edit'), value: EDIT },
            { label: ctx.t('reports-cancel'), value: '/huy' },
          ],
        },
      ],
      answer(s, input, ctx) {
        const read = readChoice(input, ctx, canBeUrgent(s) ? [SUBMIT, SUBMIT_URGENT, ROUTE_BUTTON, EDIT] : [SUBMIT, EDIT]);
        if (!read.ok) return { retry: read.reply };
        if (read.value === EDIT) return { state: copy(s), next: 'edit-menu' };
        if (read.value === ROUTE_BUTTON) return { state: copy(s), next: 'route' };
        // The choice travels in the draft, so the checks in between (repeats, personal data) keep it.
        return checkBeforeSubmit({ ...s, draft: { ...s.draft, urgent: read.value === SUBMIT_URGENT || undefined, route: undefined } });
      },
    },
    // «🔒 Chỉ gửi cấp trên» (issue 13 §7): who may see it; the answer sends it.
    route: {
      ask: (_s, ctx) => routeAsk(ctx),
      answer(s, input, ctx) {
        const read = readRoute(input, ctx);
        if (!read.ok) return { retry: read.reply };
        return checkBeforeSubmit({ ...s, draft: { ...s.draft, urgent: undefined, route: read.route ?? undefined } });
      },
    },
    duplicates: duplicatesQuestion,
    privacy: privacyQuestion,
    'edit-menu': {
      ask: (s, ctx) => [{ text: ctx.t('reports-edit-ask'), choices: menuChoices(sections(cfg, s, ctx), ctx) }],
      answer(s, input, ctx) {
        const list = sections(cfg, s, ctx);
        const read = readChoice(input, ctx, [...list.map((x) => x.value), BACK]);
        if (!read.ok) return { retry: read.reply };
        return read.value === BACK ? { state: copy(s), next: 'review' } : pick(list, s, read.value);
      },
    },
    'edit-issue': {
      ask: (s, ctx) => [{ text: ctx.t('reports-edit-issue-ask', { n: s.ix + 1, title: shorten(issueOf(s).title) }), choices: issueMenu(cfg, s, ctx) }],
      answer(s, input, ctx) {
        const list = issueParts(cfg, s, ctx);
        const read = readChoice(
          input,
          ctx,
          issueMenu(cfg, s, ctx).map((c) => c.value),
        );
        if (!read.ok) return { retry: read.reply };
        if (read.value === BACK) return { state: copy(s), next: 'review' };
        if (read.value !== DELETE) return pick(list, s, read.value);
        const next = copy(s);
        next.draft.issues.splice(s.ix, 1);
        next.ix = 0;
        return { state: next, next: 'review', say: [{ text: ctx.t('reports-issue-deleted', { n: s.ix + 1 }) }] };
      },
    },
    submitting: waiting(
      () => 'review',
      (s, done, ctx) => {
        if (done.effect === 'reports.submit' && done.result.ok) {
          const { receiptNo: receipt, version } = done.result;
          const text =
            version > 1 ? ctx.t('reports-updated', { receipt, version }) : ctx.t('reports-received', { receipt, kind: ctx.t(`reports-kind-${s.kind}`) });
          const who = routeReceipt(ctx, s.draft.route, done.result.visibleFrom ?? null);
          // Sent as urgent: the reporter hears what that set in motion (a deadline, then the unit above).
          const urgent = s.draft.urgent && version === 1 ? [{ text: ctx.t('reports-received-urgent') }] : [];
          return { end: [{ text }, ...urgent, ...who, mainMenu(ctx.t, ctx.person?.role, 'home-menu-after')] };
        }
        const why = done.effect === 'reports.submit' && !done.result.ok && done.result.code === 'locked' ? 'reports-locked' : 'reports-submit-failed';
        return { state: copy(s), next: 'review', say: [{ text: ctx.t(why) }] };
      },
    ),
  };
}

function issueMenu(cfg: ReviewConfig, s: ReportState, ctx: FlowContext): ReplyChoice[] {
  const parts = issueParts(cfg, s, ctx).map((x) => ({ label: x.label, value: x.value }));
  const del = s.draft.issues.length > cfg.minIssues ? [{ label: ctx.t('reports-part-delete'), value: DELETE }] : [];
  return [...parts, ...del, { label: ctx.t('reports-back-to-review'), value: BACK }];
}
