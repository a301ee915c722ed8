/**
 * Survey jobs on the reporting queue (payloads carry ids only; each is safe to run again):
 *   `survey-open`   {campaignId} — at the opening time: draw the sample, record it, send the invitations
 *   `survey-remind` {campaignId} — one reminder to sampled people who have not answered
 *   `survey-close`  {campaignId} — at the closing time: close, send the results to the author
 *   `survey-sweep`  {}           — every 5 minutes: opens, reminds and closes what is overdue because
 *                                  Redis lost its delayed job (core/surveys/sweep.ts)
 * Quick polls (core/polls) are campaigns too: the same jobs open, remind and close them.
 */
export const SURVEY_OPEN_JOB = 'survey-open';
export const SURVEY_REMIND_JOB = 'survey-remind';
export const SURVEY_CLOSE_JOB = 'survey-close';
export const SURVEY_SWEEP_JOB = 'survey-sweep';

export const surveyJobId = (what: 'open' | 'remind' | 'close', campaignId: string) => `survey-${what}-${campaignId}`;
