import type { Role } from '../../../core/people/people.js';
import { defaultsFromConfig } from '../../../core/people/unit-tree.js';
import type { ReviewEnv } from '../../../core/reports/review.js';
import type { Feature } from '../../engine/registry.js';
import type { FeatureDeps } from '../deps.js';
import { answerFlow } from './answer-flow.js';
import { caseEffects } from './effects.js';
import { forwardFlow } from './forward-flow.js';
import { casesCommand, tellButton } from './views.js';

const OFFICIALS: Role[] = ['official', 'admin'];

/**
 * Case handling with responsible bodies (issue 13 §4): officials forward (/chuyenxuly, the
 * notice's button), liaisons answer (/xuly, the case's buttons) and list their cases (/hoso),
 * officials tell the reporter a step (`co:<eventId>`). Domain: core/cases.
 */
export function createCasesFeature(deps: FeatureDeps): Feature {
  const env = { t: deps.i18n.t, timeZone: deps.config.TIMEZONE };
  // Forwarding a report receives it (tiếp nhận) with the reports feature's own rules.
  const review: ReviewEnv = { timeZone: deps.config.TIMEZONE, defaults: defaultsFromConfig(deps.config), t: deps.i18n.t, urgency: deps.config };
  return {
    name: 'cases',
    helpSection: 'browse',
    flows: [forwardFlow, answerFlow],
    commands: [
      { names: ['chuyenxuly', 'forward'], flow: forwardFlow.name, roles: OFFICIALS, helpKey: 'cases-help-forward' },
      { names: ['xuly', 'answer'], flow: answerFlow.name, roles: ['liaison'], helpKey: 'cases-help-answer' },
      { names: ['hoso', 'cases'], roles: [...OFFICIALS, 'liaison', 'collaborator'], helpKey: 'cases-help-view', run: (a, h) => casesCommand(env, a, h) },
    ],
    actions: [{ prefix: 'co', run: (rest, h) => tellButton(env, rest, h) }],
    effects: caseEffects(env, review),
  };
}
