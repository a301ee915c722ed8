import type { Config } from '../../core/platform/config.js';
import type { Feature } from '../engine/registry.js';
import { createBroadcastsFeature } from './broadcasts/feature.js';
import { createConsoleFeature } from './console/feature.js';
import { createCollaboratorFeature } from './home/feature.js';
import { createHotSpotOfficialFeature } from './hot-spots/feature.js';
import { createInteractionWindowFeature } from './delivery/interaction-window.js';
import { createPollsFeature } from './polls/feature.js';
import { createReportingFeature } from './reports/official.js';

/** Every feature the engine serves, in /help order. */
export function createFeatures(deps: { config: Config }): Feature[] {
  return [
    createCollaboratorFeature({ config: deps.config }),
    createHotSpotOfficialFeature({ config: deps.config }),
    createBroadcastsFeature({ config: deps.config }),
    createReportingFeature({ config: deps.config }),
    createPollsFeature({ config: deps.config }),
    createConsoleFeature({ config: deps.config }),
    createInteractionWindowFeature(),
  ];
}
