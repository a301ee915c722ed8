import type { Feature } from '../../engine/registry.js';
import { registrationEffects } from './effects.js';
import { registrationFlow } from './registration-flow.js';

/**
 * Registration by invite code: the only flow an unknown account may start (the engine hands it
 * any text from someone it does not know, and /start <code> deep links).
 */
export function createRegistrationFeature(): Feature {
  return { name: 'registration', flows: [registrationFlow], effects: registrationEffects };
}
