import { eq } from 'drizzle-orm';
import { units } from '../../../db/schema/index.js';
import { campaignsInScope } from '../../../core/surveys/console-access.js';
import { formatDateTime } from '../../../core/kernel/datetime.js';
import type { HandlerContext } from '../../engine/registry.js';
import type { Reply } from '../../engine/types.js';

const SHOWN = 5;

/**
 * /ketquakhaosat without a number: the latest questionnaire campaigns of the official's area,
 * each a button to its results (nobody remembers a campaign's number a week later).
 */
export async function campaignList(h: HandlerContext, timeZone: string): Promise<Reply[]> {
  const t = h.flow.t;
  const [own] = h.person ? await h.tx.select({ path: units.path }).from(units).where(eq(units.id, h.person.unitId)) : [];
  const list = own ? await campaignsInScope(h.tx, own.path, SHOWN, 'survey') : [];
  if (list.length === 0) return [{ text: t('surveys-list-empty') }];
  // A campaign not opened yet has drawn no recipients: its state alone, not «0/0».
  const lines = list.map((c) =>
    t(c.status === 'scheduled' ? 'surveys-list-item-scheduled' : 'surveys-list-item', {
      number: c.number,
      title: c.title,
      unit: c.unitName,
      state: t(c.status === 'closed' ? 'surveys-list-state-closed' : 'surveys-list-state-open'),
      responded: c.responded,
      recipients: c.recipients,
      opens: formatDateTime(c.opensAt, timeZone),
    }),
  );
  return [
    {
      text: [t('surveys-list-title'), ...lines].join('\n'),
      choices: list.map((c) => ({ label: t('surveys-list-button', { number: c.number }), value: `/ketquakhaosat ${c.number}` })),
    },
  ];
}
