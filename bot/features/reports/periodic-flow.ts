import { periodOf } from '../../../core/reports/draft.js';
import { createReportFlow } from './steps/report-flow.js';
import { STREAM_STEPS } from './steps/stream-steps.js';

/**
 * Báo cáo định kỳ (monthly): I. general assessment and mood, II. the issues with their opinion
 * streams, III. rumours, IV. good practices, V. general proposals; review, then submit (BC-…).
 * The period is the month the draft was started in (Vietnam time), kept if finished later.
 */
export const periodicReportFlow = createReportFlow({
  name: 'periodic-report',
  kind: 'periodic',
  sequence: [
    'assessment',
    'mood',
    'issues-any',
    'topic-group',
    'topic',
    'title',
    'scope',
    'summary',
    ...STREAM_STEPS,
    'causes',
    'forecast',
    'proposals',
    'more-issues',
    'rumours',
    'good-practices',
    'general-proposals',
    'review',
  ],
  edit: ['assessment', 'mood', 'issues', 'add-issue', 'rumours', 'good-practices', 'general-proposals'],
  minIssues: 0,
  introKey: 'reports-intro-periodic',
  init: (ctx) => ({ draft: { kind: 'periodic', period: periodOf(ctx.now), issues: [] }, ix: 0 }),
});
