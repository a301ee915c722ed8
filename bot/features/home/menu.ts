import type { Role } from '../../../core/people/people.js';
import type { FlowContext, Reply, ReplyChoice } from '../../engine/types.js';

/** Each role's buttons, by template key and command; only commands the role may run. */
const MENUS: Record<Role, [string, string][]> = {
  collaborator: [
    ['home-menu-periodic', '/baocao'],
    ['home-menu-quick', '/nhanh'],
    ['home-menu-thematic', '/chuyende'],
    ['home-menu-hotspot', '/diemnong'],
    ['home-menu-status', '/trangthai'],
    ['home-menu-help', '/help'],
  ],
  official: [
    ['home-menu-alerts', '/canhbao'],
    ['home-menu-guidance', '/dinhhuong'],
    ['home-menu-stats', '/thongke'],
    ['home-menu-synthesis', '/tonghop'],
    ['home-menu-hotspot', '/diemnong'],
    ['home-menu-help', '/help'],
  ],
  admin: [
    ['home-menu-alerts', '/canhbao'],
    ['home-menu-guidance', '/dinhhuong'],
    ['home-menu-stats', '/thongke'],
    ['home-menu-synthesis', '/tonghop'],
    ['home-menu-help', '/help'],
  ],
  // A liaison of a responsible body works on the cases sent to it (issue 13 §4).
  liaison: [
    ['cases-menu', '/hoso'],
    ['home-menu-help', '/help'],
  ],
};

function menuChoices(t: FlowContext['t'], role: Role): ReplyChoice[] {
  return MENUS[role].map(([key, value]) => ({ label: t(key), value }));
}

/** The person's main menu for their role; values starting with "/" run the command when chosen. */
export function mainMenu(t: FlowContext['t'], role: Role | undefined, textKey: string, args?: Record<string, string | number>): Reply {
  return { text: t(textKey, args), choices: menuChoices(t, role ?? 'collaborator') };
}
