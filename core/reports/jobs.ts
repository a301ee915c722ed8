/**
 * Queues and job names of periodic reporting and the synthesis (payloads carry ids only); the
 * survey jobs, which also run quick polls, are named in core/surveys/jobs.ts.
 *
 *   reporting : `reminder-scan` {}            — hourly; today's reminder ladder steps (ledger-guarded)
 *               `inactive-scan` {}            — monthly; inactive collaborators to their officials
 *               `synthesis-schedule` {}       — daily; queues the syntheses due before each province's deadline
 *               `report-request-send` {requestId}   — snapshot who is asked, queue the request (issue 13 §6)
 *               `report-request-remind` {requestId} — before the due time: remind those who have not answered
 *               `report-request-due` {requestId}    — at the due time: who answered and who not, unit by unit, to the author
 *               `report-digest` {}            — daily at REPORT_DIGEST_HOUR; one list of the day's reports per official (core/reports/notices.ts)
 *   synthesis : `synthesis-generate` {runId}  — build the DOCX + Markdown, send the DOCX (one at a time)
 */
export const REPORTING_QUEUE = 'reporting';
export const SYNTHESIS_QUEUE = 'synthesis';

export const REMINDER_SCAN_JOB = 'reminder-scan';
export const INACTIVE_SCAN_JOB = 'inactive-scan';
export const SYNTHESIS_JOB = 'synthesis-generate';
export const SYNTHESIS_SCHEDULE_JOB = 'synthesis-schedule';
export const REPORT_DIGEST_JOB = 'report-digest';
export const REQUEST_SEND_JOB = 'report-request-send';
export const REQUEST_REMIND_JOB = 'report-request-remind';
export const REQUEST_DUE_JOB = 'report-request-due';
/** Local hour of the daily report digest (end of the working day). */
export const REPORT_DIGEST_HOUR = 17;

export const requestSendJobId = (requestId: string) => `report-request-send-${requestId}`;
export const requestRemindJobId = (requestId: string) => `report-request-remind-${requestId}`;
export const requestDueJobId = (requestId: string) => `report-request-due-${requestId}`;
export const synthesisJobId = (runId: string) => `synthesis-${runId}`;
