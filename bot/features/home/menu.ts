import type { FlowContext, Reply } from '../../engine/types.js';

/** The collaborator's main menu; values starting with "/" run the command when chosen. */
export function mainMenu(t: FlowContext['t'], textKey: string, args?: Record<string, string | number>): Reply {
  return {
    text: t(textKey, args),
    choices: [
      { label: t('home-menu-periodic'), value: '/baocao' },
      { label: t('home-menu-quick'), value: '/nhanh' },
      { label: t('home-menu-thematic'), value: '/chuyende' },
      { label: t('home-menu-hotspot'), value: '/diemnong' },
      { label: t('home-menu-status'), value: '/trangthai' },
      { label: t('home-menu-help'), value: '/help' },
    ],
  };
}
