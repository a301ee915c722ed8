import type { Feature } from '../../engine/registry.js';
import { noticeButton, noticeCommand } from './settings.js';

/** Report notices: officials choose how they hear of filed reports (/thongbao, `nt:` buttons). The notices themselves are queued by core/reports/notices.ts. */
export function createNoticesFeature(): Feature {
  return {
    name: 'notices',
    helpSection: 'reports',
    commands: [{ names: ['thongbao', 'notices'], roles: ['official', 'admin'], helpKey: 'notices-help', run: noticeCommand }],
    actions: [{ prefix: 'nt', run: noticeButton }],
  };
}
