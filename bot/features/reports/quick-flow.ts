import { periodOf } from '../../../core/reports/draft.js';
import { createReportFlow } from './steps/report-flow.js';
import { emptyIssue } from './steps/state.js';
import { STREAM_STEPS } from './steps/stream-steps.js';

/**
 * Báo cáo nhanh: one event — what, where, when, how many; its topic; the first reactions as
 * opinion streams; how far it has spread; source and reliability; an initial proposal (BN-…).
 */
export const quickReportFlow = createReportFlow({
  name: 'quick-report',
  kind: 'quick',
  sequence: ['title', 'summary', 'topic-group', 'topic', ...STREAM_STEPS, 'spread', 'source', 'reliability', 'proposals', 'review'],
  edit: ['issue-parts', 'spread'],
  minIssues: 1,
  introKey: 'reports-intro-quick',
  init: (ctx) => ({ draft: { kind: 'quick', period: periodOf(ctx.now), issues: [emptyIssue()] }, ix: 0 }),
});
