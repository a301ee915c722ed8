import { remindFromStats, REMIND_PREFIX } from './remind-button.js';
import { defaultsFromConfig } from '../../../core/people/unit-tree.js';
import type { ReviewEnv } from '../../../core/reports/review.js';
import type { Role } from '../../../core/people/people.js';
import type { Feature } from '../../engine/registry.js';
import type { FeatureDeps } from '../deps.js';
import { reportEffects } from './effects.js';
import { openReport, received, stats, synthesis } from './official-commands.js';
import { reportMoreFlow } from './more-flow.js';
import { reportSupplementFlow } from './supplement-flow.js';
import { periodicReportFlow } from './periodic-flow.js';
import { quickReportFlow } from './quick-flow.js';
import { thematicReportFlow } from './thematic-flow.js';

const REPORTERS: Role[] = ['collaborator', 'official'];
const OFFICIALS: Role[] = ['official', 'admin'];

/**
 * Reports: collaborators file the periodic (/baocao), quick (/nhanh) and thematic (/chuyende)
 * reports; officials follow completeness (/thongke), request the synthesis (/tonghop) and review
 * filed reports (/nhanbaocao, /bosung, the `rv:<reportId>` button). The reminder's `r:open`
 * button says where the reporter's periodic report stands (a worker's button carries raw data,
 * so it cannot start a flow itself; one tap more opens the draft).
 */
export function createReportsFeature(deps: FeatureDeps): Feature {
  const { config } = deps;
  const review: ReviewEnv = { timeZone: config.TIMEZONE, defaults: defaultsFromConfig(config), t: deps.i18n.t, urgency: config };
  return {
    name: 'reports',
    helpSection: 'reports',
    flows: [periodicReportFlow, quickReportFlow, thematicReportFlow, reportMoreFlow, reportSupplementFlow],
    commands: [
      { names: ['baocao', 'report'], flow: periodicReportFlow.name, roles: REPORTERS, helpKey: 'reports-help-baocao' },
      { names: ['nhanh', 'quick'], flow: quickReportFlow.name, roles: REPORTERS, helpKey: 'reports-help-nhanh' },
      { names: ['chuyende', 'thematic'], flow: thematicReportFlow.name, roles: REPORTERS, helpKey: 'reports-help-chuyende' },
      { names: ['thongke', 'stats'], roles: OFFICIALS, helpKey: 'reports-help-thongke', run: (args, h) => stats(config, review, args, h) },
      { names: ['tonghop', 'synthesis'], roles: OFFICIALS, helpKey: 'syn-help', run: (args, h) => synthesis(config, args, h) },
      { names: ['nhanbaocao', 'reportok'], roles: OFFICIALS, helpKey: 'reports-review-help-received', run: (args, h) => received(review, args.trim(), h) },
      { names: ['bosung', 'needmore'], roles: OFFICIALS, helpKey: 'reports-review-help-more', flow: reportMoreFlow.name },
      { names: ['guibosung', 'supplement'], roles: REPORTERS, helpKey: 'reports-supplement-help', flow: reportSupplementFlow.name },
    ],
    actions: [
      { prefix: 'r', run: (_rest, h) => openReport(review, h) },
      { prefix: 'rv', run: (rest, h) => received(review, rest, h) },
      { prefix: REMIND_PREFIX, run: (rest, h) => remindFromStats(review, rest, h) },
    ],
    effects: reportEffects(review),
  };
}
