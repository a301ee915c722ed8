import { effect } from '../../engine/effects.js';
import { submitOrAskPersonalData, type PersonalDataCheck } from '../../engine/common/personal-data.js';
import type { HotSpotState } from './raise-flow.js';

/**
 * Personal data in an alert's description (issue 11 item 20): asked about at the send, like a
 * report's — «Gửi ngay» or the confidential route's answer (issue 13 §7). «Sửa mô tả» reopens the
 * description and comes back to the confirmation, or to the route question when one was chosen,
 * so a confidential alert is never sent openly by a habitual tap; after a removal a routed alert
 * goes on (asked again only if something is left).
 */
export const hotSpotPersonalData: PersonalDataCheck<HotSpotState> = {
  what: 'hot-spot',
  texts: (s) => (s.draft.description ? [s.draft.description] : []),
  clean: (s, f) => ({ ...s, draft: { ...s.draft, description: s.draft.description ? f(s.draft.description) : s.draft.description } }),
  submit: (s) => ({ state: s, next: 'submitting', effect: effect('hot-spots.create', { draft: s.draft }) }),
  edit: (s) => ({ state: { ...s, edit: { steps: ['description'], back: s.draft.route ? 'route' : 'confirm' } }, next: 'description' }),
  review: 'confirm',
  afterRemoval: (s) => (s.draft.route ? submitOrAskPersonalData(hotSpotPersonalData, s, 'privacy') : { state: s, next: 'confirm' }),
};
