import { hotSpotFlow } from '../hot-spots/raise-flow.js';
import { mainMenu } from '../../engine/common/menu.js';
import { periodicReportFlow } from '../reports/periodic-flow.js';
import { quickReportFlow } from '../reports/quick-flow.js';
import { registrationFlow } from '../registration/flow.js';
import { thematicReportFlow } from '../reports/thematic-flow.js';
import type { Role } from '../../engine/types.js';
import type { Feature } from '../../engine/registry.js';
import { configSchema, type Config } from '../../../core/platform/config.js';
import { createI18n } from '../../../core/kernel/i18n.js';
import { defaultsFromConfig } from '../../../core/people/unit-tree.js';
import { createCollaboratorEffects } from './effects.js';
import { myStatus } from './status.js';

const REPORTERS: Role[] = ['collaborator', 'official'];

/**
 * The collaborator's side: registration by invite, the three reports, hot-spot alerts, the
 * status of what they sent, and the main menu shown when a registered user just types.
 */
export function createCollaboratorFeature(deps: { config?: Config } = {}): Feature {
  const config = deps.config ?? configSchema.parse({});
  return {
    name: 'collaborator',
    flows: [registrationFlow, periodicReportFlow, quickReportFlow, thematicReportFlow, hotSpotFlow],
    commands: [
      { names: ['baocao', 'report'], flow: periodicReportFlow.name, roles: REPORTERS, helpKey: 'ctv-help-baocao' },
      { names: ['nhanh', 'quick'], flow: quickReportFlow.name, roles: REPORTERS, helpKey: 'ctv-help-nhanh' },
      { names: ['chuyende', 'thematic'], flow: thematicReportFlow.name, roles: REPORTERS, helpKey: 'ctv-help-chuyende' },
      { names: ['diemnong', 'hotspot'], flow: hotSpotFlow.name, roles: REPORTERS, helpKey: 'ctv-help-diemnong' },
      { names: ['trangthai', 'status'], run: (_args, h) => myStatus(h), helpKey: 'ctv-help-trangthai' },
      {
        names: ['menu'],
        run: async (_args, h) => [mainMenu(h.flow.t, 'ctv-menu-title', { name: h.person?.displayName ?? '' })],
        helpKey: 'ctv-help-menu',
      },
    ],
    effects: createCollaboratorEffects({ timeZone: config.TIMEZONE, defaults: defaultsFromConfig(config), t: createI18n().t }),
  };
}
