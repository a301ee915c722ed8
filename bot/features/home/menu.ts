import type { FlowContext, Reply } from '../../engine/types.js';

/** The collaborator's main menu; values starting with "/" run the command when chosen. */
export function mainMenu(t: FlowContext['t'], textKey: string, args?: Record<string, string | number>): Reply {
  return {
    text: t(textKey, args),
    choices: [
      { label: t('ctv-menu-periodic'), value: '/baocao' },
      { label: t('ctv-menu-quick'), value: '/nhanh' },
      { label: t('ctv-menu-thematic'), value: '/chuyende' },
      { label: t('ctv-menu-hotspot'), value: '/diemnong' },
      { label: t('ctv-menu-status'), value: '/trangthai' },
      { label: t('ctv-menu-help'), value: '/help' },
    ],
  };
}
