import type { Executor } from '../../db/client.js';
import { appendAudit } from '../compliance/audit.js';
import type { Translate } from '../kernel/i18n.js';
import { dueDate, isoDate, type CivilDate } from '../kernel/periods.js';
import type { AudienceRoot, Official } from '../people/audience.js';
import type { UnitTree } from '../people/unit-tree.js';
import { periodMissing } from './completeness.js';
import { periodPicker, type PeriodChoice } from './completeness-view.js';
import { claimAndQueue } from './reminders.js';
import { asLocale, fmtDate, OPEN_REPORT_DATA, periodLabel } from './reminder-messages.js';
import type { OutboundMessage } from '../kernel/messages.js';

/**
 * An official's "nhắc" (console Tiến độ): the collaborators of a subtree who have not filed for
 * the period get the reminder through the normal path (the reminder ledger and the bulk lane),
 * at most once a day each, whoever presses and however often. Audited with the count.
 */
export async function remindMissing(
  tx: Executor,
  official: Official,
  root: AudienceRoot,
  which: PeriodChoice,
  env: { t: Translate; tree: UnitTree; today: CivilDate; timeZone: string },
): Promise<{ queued: number; already: number; unreachable: number }> {
  const units = env.tree.subtree(root.path);
  // Only the missing are read (SQL): a province's subtree is thousands of people, most of whom filed.
  const missing = await periodMissing(tx, env.tree, units, periodPicker(which, env.today), env.timeZone);
  const out = { queued: 0, already: 0, unreachable: 0 };
  for (const { unit, period, people } of missing) {
    const due = dueDate(period, env.tree.settings(unit.id));
    for (const p of people) {
      const locale = asLocale(p.locale);
      const text = env.t(locale, 'con-remind-missing', { name: p.displayName, period: periodLabel(env.t, locale, period), due: fmtDate(due) });
      const message: OutboundMessage = { type: 'text', text, choices: [{ label: env.t(locale, 'reports-remind-open'), data: OPEN_REPORT_DATA }] };
      const r = await claimAndQueue(tx, { personId: p.personId, period, step: `manual-${isoDate(env.today)}`, unitId: unit.id }, message);
      if (r === true) out.queued++;
      else if (r === 'unreachable') out.unreachable++;
      else out.already++;
    }
  }
  await appendAudit(tx, { actorId: official.id, action: 'completeness.remind', targetType: 'unit', targetId: root.unitId, outcome: 'ok', details: out });
  return out;
}
