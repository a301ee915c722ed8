import { eq } from 'drizzle-orm';
import { formatDateTime } from '../../../core/kernel/datetime.js';
import { units } from '../../../db/schema/index.js';
import type { Role } from '../../../core/people/people.js';

import { requestStatuses, type RequestStatus } from '../../../core/reports/requests/status.js';
import type { Feature, HandlerContext } from '../../engine/registry.js';
import type { Reply } from '../../engine/types.js';
import type { FeatureDeps } from '../deps.js';
import { requestCreateFlow } from './create-flow.js';
import { requestEffects } from './effects.js';

const OFFICIALS: Role[] = ['official', 'admin'];
/** Names listed per request before "… and N more". */
const MAX_NAMES = 10;

/**
 * Report requests (yêu cầu báo cáo đột xuất / chuyên đề, issue 13 §6): officials ask a subtree
 * for a thematic report (/yeucaubaocao) and follow who answered (/yeucaubaocao_ds). Recipients
 * answer with the button on the request, which opens /chuyende preset to it (reports feature).
 */
export function createRequestsFeature(deps: Pick<FeatureDeps, 'config'>): Feature {
  const tz = deps.config.TIMEZONE;
  return {
    name: 'requests',
    helpSection: 'reports',
    flows: [requestCreateFlow],
    commands: [
      { names: ['yeucaubaocao', 'requestreport'], flow: requestCreateFlow.name, roles: OFFICIALS, helpKey: 'requests-help-create' },
      { names: ['yeucaubaocao_ds', 'requests'], roles: OFFICIALS, helpKey: 'requests-help-list', run: (_a, h) => list(h, tz) },
    ],
    effects: requestEffects(deps.config),
  };
}

function names(list: { name: string; unitName: string; receiptNo?: string | null; late?: boolean }[], h: HandlerContext): string {
  const late = h.flow.t('requests-list-late');
  const shown = list.slice(0, MAX_NAMES).map((p) => `${p.name} (${[p.unitName, p.receiptNo, p.late ? late : null].filter(Boolean).join(', ')})`);
  const more = list.length - shown.length;
  return more > 0 ? `${shown.join('; ')}; ${h.flow.t('requests-list-more', { n: more })}` : shown.join('; ');
}

function render(r: RequestStatus, i: number, h: HandlerContext, tz: string): string {
  const t = h.flow.t;
  const lines = [
    t('requests-list-item', { n: i + 1, subject: r.subject, unit: r.unitName, due: formatDateTime(r.dueAt, tz), answered: r.answered.length, asked: r.asked }),
  ];
  if (r.answered.length) lines.push(t('requests-list-answered', { names: names(r.answered, h) }));
  if (r.pending.length) lines.push(t('requests-list-pending', { names: names(r.pending, h) }));
  return lines.join('\n');
}

async function list(h: HandlerContext, tz: string): Promise<Reply[]> {
  const t = h.flow.t;
  if (!h.person) return [{ text: t('engine-not-registered') }];
  const [own] = await h.tx.select({ path: units.path }).from(units).where(eq(units.id, h.person.unitId));
  const rows = own ? await requestStatuses(h.tx, own.path) : [];
  if (rows.length === 0) return [{ text: t('requests-list-empty') }];
  return [{ text: [t('requests-list-title'), ...rows.map((r, i) => render(r, i, h, tz))].join('\n\n') }];
}
