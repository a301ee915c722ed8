/** Respondent groups (giai tầng) an interviewer picks from: the report forms' strata. */
export { STRATA as RESPONDENT_GROUPS } from '../reports/draft.js';
