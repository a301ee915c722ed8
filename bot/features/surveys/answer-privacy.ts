import { findPersonalDataIn } from '../../../core/compliance/personal-data.js';
import { walk } from '../../../core/surveys/walk.js';
import type { PersonalDataCheck } from '../../engine/common/personal-data.js';
import { effect } from '../../engine/effects.js';
import type { SurveyState as S } from './answer-flow.js';

/** The open answers on the way through the questionnaire (what the send keeps), by question. */
function openAnswers(s: S): [string, string][] {
  if (!s.q) return [];
  return walk(s.q, s.answers).path.flatMap((id) => {
    const a = s.answers[id];
    return typeof a === 'string' ? [[id, a] as [string, string]] : [];
  });
}

/**
 * Personal data in the open answers (issue 11 item 20): the questionnaire is anonymous, so names
 * and numbers are asked about at «Gửi phiếu», like a report's; «Sửa» reopens the first answer with them.
 */
export const surveyPersonalData: PersonalDataCheck<S> = {
  what: 'survey',
  texts: (s) => openAnswers(s).map(([, a]) => a),
  clean: (s, f) => ({ ...s, answers: { ...s.answers, ...Object.fromEntries(openAnswers(s).map(([id, a]) => [id, f(a)])) } }),
  submit: (s) => ({
    next: 'saving',
    effect: effect('surveys.submit', { campaignId: s.campaignId!, mode: s.mode, group: s.group ?? null, answers: s.answers }),
  }),
  edit: (s) => {
    const first = openAnswers(s).find(([, a]) => findPersonalDataIn([a]).length > 0);
    return first ? { state: { ...s, at: first[0], picks: [] }, next: 'q' } : { next: 'review' };
  },
  review: 'review',
};
