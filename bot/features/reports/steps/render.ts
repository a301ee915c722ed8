import type { IssueDraft } from '../../../../core/reports/draft.js';
import { optionLabel } from '../../../engine/common/options.js';
import { holderLabel, REPORT_OPTIONS } from '../options.js';
import type { FlowContext, Reply } from '../../../engine/types.js';
import type { ReportState } from './state.js';

/** '2026-11' → '11/2026', the way a Vietnamese report names its period. */
export function periodLabel(period: string): string {
  const [y, m] = period.split('-');
  return `${m}/${y}`;
}

function topicName(ctx: FlowContext, code: string | null | undefined): string {
  if (!code) return '—';
  return ctx.topics.find((t) => t.code === code)?.name ?? code;
}

export function shorten(text: string | null | undefined, max = 40): string {
  if (!text) return '—';
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

const line = (ctx: FlowContext, field: string, value: string | null | undefined) => `${ctx.t(`reports-field-${field}`)}: ${value ?? '—'}`;

function renderIssue(ctx: FlowContext, s: ReportState, issue: IssueDraft, n: number): string {
  const quick = s.kind === 'quick';
  const lines = [ctx.t(quick ? 'reports-review-event' : 'reports-review-issue', { n, title: issue.title ?? '—' })];
  if (s.kind !== 'thematic') lines.push(line(ctx, 'topic', topicName(ctx, issue.topicCode)));
  if (!quick) lines.push(line(ctx, 'scope', optionLabel(ctx, REPORT_OPTIONS.scope, issue.scope)));
  lines.push(line(ctx, 'summary', issue.summary));
  lines.push(`${ctx.t('reports-field-streams')}:`);
  issue.streams.forEach((st, k) => {
    const head = [
      optionLabel(ctx, REPORT_OPTIONS.stance, st.stance),
      optionLabel(ctx, REPORT_OPTIONS.prevalence, st.prevalence),
      holderLabel(ctx, st.holderGroup),
    ].join(' · ');
    lines.push(`  ${k + 1}. [${head}] ${st.content}`);
  });
  if (quick) {
    lines.push(line(ctx, 'spread', optionLabel(ctx, REPORT_OPTIONS.spread, s.draft.spread)));
    lines.push(line(ctx, 'source', optionLabel(ctx, REPORT_OPTIONS.source, issue.source)));
    lines.push(line(ctx, 'reliability', optionLabel(ctx, REPORT_OPTIONS.reliability, issue.reliability)));
    lines.push(line(ctx, 'initial-proposal', issue.proposals));
  } else {
    lines.push(line(ctx, 'causes', issue.causes), line(ctx, 'forecast', issue.forecast), line(ctx, 'proposals', issue.proposals));
  }
  return lines.join('\n');
}

function renderHead(ctx: FlowContext, s: ReportState): string {
  const d = s.draft;
  if (s.kind === 'periodic') {
    return [
      ctx.t('reports-review-head-periodic', { period: periodLabel(d.period) }),
      line(ctx, 'assessment', optionLabel(ctx, REPORT_OPTIONS.assessment, d.assessment)),
      line(ctx, 'mood', optionLabel(ctx, REPORT_OPTIONS.mood, d.mood)),
      d.issues.length === 0 ? ctx.t('reports-review-no-issues') : ctx.t('reports-review-issue-count', { n: d.issues.length }),
    ].join('\n');
  }
  if (s.kind === 'quick') return ctx.t('reports-review-head-quick');
  return [ctx.t('reports-review-head-thematic'), line(ctx, 'topic', topicName(ctx, d.topicCode)), line(ctx, 'report-title', d.title)].join('\n');
}

function renderTail(ctx: FlowContext, s: ReportState): string | null {
  const d = s.draft;
  if (s.kind === 'periodic') {
    return [line(ctx, 'rumours', d.rumours), line(ctx, 'good-practices', d.goodPractices), line(ctx, 'general-proposals', d.proposals)].join('\n');
  }
  const files = d.media?.length ? ctx.t('reports-review-media', { n: d.media.length }) : null;
  if (s.kind === 'thematic') return [line(ctx, 'general-proposals', d.proposals), files].filter(Boolean).join('\n');
  return files;
}

/**
 * The whole draft as readable messages: the header, one message per issue (an issue with many
 * streams is long, and channels split at 2,000–4,096 characters), then sections III–V.
 */
export function renderDraft(s: ReportState, ctx: FlowContext): Reply[] {
  const parts = [renderHead(ctx, s), ...s.draft.issues.map((i, n) => renderIssue(ctx, s, i, n + 1)), renderTail(ctx, s)];
  return parts.filter((p): p is string => p !== null).map((text) => ({ text }));
}
