import { checklistOf, tickStep, type Checklist } from '../../../core/hot-spots/playbook-steps.js';
import { actionData } from '../../../core/hot-spots/messages.js';
import { findHotSpotByReceipt, isActive, type HotSpotRow } from '../../../core/hot-spots/queries.js';
import { isUuid } from '../../../core/kernel/uuid.js';
import { guarded, type Actor } from '../../../core/hot-spots/scope.js';
import type { HandlerContext } from '../../engine/registry.js';
import type { Reply, ReplyChoice } from '../../engine/types.js';
import { actorOf } from './effects.js';
import { outcomeReply } from './views.js';
import { describeOutcome } from '../../../core/hot-spots/outcome.js';
import type { HotSpotEnv } from '../../../core/hot-spots/messages.js';

type T = (key: string, args?: Record<string, string | number>) => string;

/** `hk:<id>:<n>` ticks step n; ≤ 64 bytes. */
export const TICK_PREFIX = 'hk';
const tickData = (hotSpotId: string, n: number) => `${TICK_PREFIX}:${hotSpotId}:${n}`;

/** The playbook as a checklist, with a button per step still to do while the alert is live. */
function checklistReply(t: T, hs: HotSpotRow, list: Checklist | null, lead?: string): Reply {
  if (!list) return { text: t('hot-spots-plan-none') };
  const pb = list.playbook;
  const lines = lead ? [lead, ''] : [];
  lines.push(t('hot-spots-plan-title', { title: pb.title, receipt: hs.receiptNo }));
  pb.steps.forEach((s, i) => {
    lines.push(t('hot-spots-plan-step', { mark: list.ticked.has(s.id) ? '☑' : '☐', n: i + 1, text: s.text }));
    if (s.call) lines.push(t('hot-spots-plan-call', { call: s.call }));
  });
  if (pb.report_up) lines.push(t('hot-spots-plan-report-up', { text: pb.report_up }));
  const live = isActive(hs.status);
  if (live) lines.push(t('hot-spots-plan-hint'));
  const choices: ReplyChoice[] = live
    ? pb.steps.flatMap((s, i) => (list.ticked.has(s.id) ? [] : [{ label: t('hot-spots-btn-step', { n: i + 1 }), value: tickData(hs.id, i + 1) }]))
    : [];
  choices.push({ label: t('hot-spots-btn-view'), value: actionData(hs.id, 'view') });
  return { text: lines.join('\n'), choices };
}

/** `h:<id>:plan` and /kichban <mã>: the checklist, scope-checked and audited like every official view. */
export async function planReply(env: HotSpotEnv, h: HandlerContext, ref: string): Promise<Reply[]> {
  const actor = actorOf(h);
  if (!actor) return [{ text: h.flow.t('hot-spots-x-not_official') }];
  const target = ref.trim();
  if (!target) return [{ text: h.flow.t('hot-spots-plan-usage') }];
  const id = isUuid(target) ? target : ((await findHotSpotByReceipt(h.tx, target))?.id ?? target);
  const r = await guarded(h.tx, actor, id, 'playbook_view', async (hs) => ({ ok: true, code: 'viewed', hs }));
  if (!r.ok) return [r.code === 'out_of_scope' ? { text: h.flow.t('hot-spots-x-not_found') } : outcomeReply(h.flow.t, await describeOutcome(h.tx, r))];
  return [checklistReply(h.flow.t, r.hs, await checklistOf(h.tx, r.hs))];
}

/** `hk:<id>:<n>`: ticks the step, answers with the checklist as it now stands. */
export async function onTick(env: HotSpotEnv, rest: string, h: HandlerContext): Promise<Reply[]> {
  const actor: Actor | null = actorOf(h);
  if (!actor) return [{ text: h.flow.t('hot-spots-x-not_official') }];
  const m = /^([0-9a-f-]{36}):(\d{1,2})$/i.exec(rest);
  if (!m || !isUuid(m[1]!)) return [{ text: h.flow.t('hot-spots-x-bad_input') }];
  const r = await tickStep(h.tx, env, actor, m[1]!, Number(m[2]));
  if (!r.ok) return [outcomeReply(h.flow.t, await describeOutcome(h.tx, r))];
  const lead = h.flow.t(`hot-spots-r-${r.code}`, { n: Number(m[2]), receipt: r.hs.receiptNo });
  return [checklistReply(h.flow.t, r.hs, await checklistOf(h.tx, r.hs), lead)];
}
