import { hotSpotFlow } from '../flows/hot-spot.js';
import { mainMenu } from '../flows/common/menu.js';
import { periodicReportFlow } from '../flows/periodic-report.js';
import { quickReportFlow } from '../flows/quick-report.js';
import { registrationFlow } from '../flows/registration.js';
import { thematicReportFlow } from '../flows/thematic-report.js';
import type { Role } from '../flows/types.js';
import type { Feature } from '../registry.js';
import { configSchema, type Config } from '../../core/config.js';
import { createI18n } from '../../core/i18n.js';
import { defaultsFromConfig } from '../../core/unit-tree.js';
import { createCollaboratorEffects } from './collaborator-effects.js';
import { myStatus } from './collaborator-status.js';

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
