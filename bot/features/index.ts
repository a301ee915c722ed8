import type { Config } from '../../core/config.js';
import type { Feature } from '../registry.js';
import { createBroadcastsFeature } from './broadcasts.js';
import { createCollaboratorFeature } from './collaborator.js';
import { createHotSpotOfficialFeature } from './hot-spot-official.js';
import { createInteractionWindowFeature } from './interaction-window.js';
import { createPollsFeature } from './polls.js';
import { createReportingFeature } from './reporting-official.js';

/** Every feature the engine serves, in /help order. */
export function createFeatures(deps: { config: Config }): Feature[] {
  return [
    createCollaboratorFeature({ config: deps.config }),
    createHotSpotOfficialFeature({ config: deps.config }),
    createBroadcastsFeature({ config: deps.config }),
    createReportingFeature({ config: deps.config }),
    createPollsFeature({ config: deps.config }),
    createInteractionWindowFeature(),
  ];
}
