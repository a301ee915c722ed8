import type { Feature } from '../../engine/registry.js';
import { mainMenu } from './menu.js';
import { myStatus } from './status.js';

/**
 * Home: the main menu (also shown when a registered person just types outside a flow) and
 * /trangthai, the status of what the person sent.
 */
export function createHomeFeature(): Feature {
  return {
    name: 'home',
    commands: [
      { names: ['trangthai', 'status'], run: (_args, h) => myStatus(h), helpKey: 'home-help-trangthai' },
      {
        names: ['menu'],
        run: async (_args, h) => [mainMenu(h.flow.t, h.person?.role, 'home-menu-title', { name: h.person?.displayName ?? '' })],
        helpKey: 'home-help-menu',
      },
    ],
  };
}
