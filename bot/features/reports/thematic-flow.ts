import { periodOf } from '../../../core/reports/draft.js';
import { createReportFlow } from './steps/report-flow.js';
import { emptyIssue } from './steps/state.js';
import { STREAM_STEPS } from './steps/stream-steps.js';

/**
 * Báo cáo chuyên đề: one topic in depth — a title, then issues with their opinion streams,
 * causes, forecast and proposals, and general proposals (CD-…). Issues inherit the topic.
 */
export const thematicReportFlow = createReportFlow({
  name: 'thematic-report',
  kind: 'thematic',
  sequence: [
    'topic-group',
    'topic',
    'report-title',
    'title',
    'scope',
    'summary',
    ...STREAM_STEPS,
    'causes',
    'forecast',
    'proposals',
    'more-issues',
    'general-proposals',
    'review',
  ],
  edit: ['topic', 'report-title', 'issues', 'add-issue', 'general-proposals'],
  minIssues: 1,
  introKey: 'reports-intro-thematic',
  init: (ctx) => ({ draft: { kind: 'thematic', period: periodOf(ctx.now), issues: [emptyIssue()] }, ix: 0 }),
});
