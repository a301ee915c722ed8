import type { Feature } from '../engine/registry.js';
import { createBrowseFeature } from './browse/feature.js';
import { createCasesFeature } from './cases/feature.js';
import { createCharterFeature } from './charter/feature.js';
import { createBroadcastsFeature } from './broadcasts/feature.js';
import { createConsoleFeature } from './console/feature.js';
import { createInteractionWindowFeature } from './delivery/interaction-window.js';
import type { FeatureDeps } from './deps.js';
import { createHomeFeature } from './home/feature.js';
import { createLocaleFeature } from './locale/feature.js';
import { createHotSpotsFeature } from './hot-spots/feature.js';
import { createMeetingsFeature } from './meetings/feature.js';
import { createNoticesFeature } from './notices/feature.js';
import { createNetworkFeature } from './network/feature.js';
import { createPollsFeature } from './polls/feature.js';
import { createSurveysFeature } from './surveys/feature.js';
import { createRegistrationFeature } from './registration/feature.js';
import { createReportsFeature } from './reports/feature.js';
import { createRequestsFeature } from './requests/feature.js';

export type { FeatureDeps } from './deps.js';

/** Every feature the engine serves, in /help order. */
export function createFeatures(deps: FeatureDeps): Feature[] {
  return [
    createRegistrationFeature(),
    createReportsFeature(deps),
    createHotSpotsFeature(deps),
    createNoticesFeature(),
    createBrowseFeature(deps),
    createCasesFeature(deps),
    createHomeFeature(),
    createBroadcastsFeature(deps),
    createPollsFeature(deps),
    createRequestsFeature(deps),
    createNetworkFeature(deps),
    createMeetingsFeature(deps),
    createSurveysFeature(deps),
    createConsoleFeature(deps),
    createCharterFeature(),
    createLocaleFeature(deps),
    createInteractionWindowFeature(),
  ];
}
