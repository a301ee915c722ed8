import { acceptCharter, charterParts, currentCharter, hasAccepted, markAsked, type CharterView } from '../../../core/charter/charter.js';
import type { Feature, HandlerContext } from '../../engine/registry.js';
import type { FlowContext, Reply } from '../../engine/types.js';
import { UUID_PATTERN } from '../../../core/kernel/uuid.js';

const UUID = new RegExp(`^a:(${UUID_PATTERN})$`, 'i');

/** The text in parts, then the question (or the note that it was accepted). */
export function charterReplies(ctx: Pick<FlowContext, 't'>, c: CharterView, headKey: string, accepted: boolean): Reply[] {
  const t = ctx.t;
  const parts = charterParts(c.body).map((text) => ({ text }));
  const head = { text: t(headKey, { title: c.title, version: c.version }) };
  if (accepted) return [head, ...parts, { text: t('charter-already', { version: c.version }) }];
  return [head, ...parts, { text: t('charter-ask', { version: c.version }), choices: [{ label: t('charter-accept'), value: `qc:a:${c.id}` }] }];
}

/**
 * Quy chế hoạt động (issue 17 item 5): /quyche shows the version in force any time, with
 * «Tôi đã đọc và chấp thuận» for a collaborator who has not accepted it yet; a collaborator due
 * to be asked (a new version since they were last asked) gets it once, after the answer to their
 * message and before the question that message left open (onInbound). Registration asks it too
 * (bot/features/registration), right after the consent to data processing.
 */
export function createCharterFeature(): Feature {
  return {
    name: 'charter',
    helpSection: 'network',
    commands: [{ names: ['quyche', 'charter'], run: (_args, h) => show(h), helpKey: 'charter-help' }],
    actions: [{ prefix: 'qc', run: (rest, h) => accept(h, rest) }],
    onInbound: async (h) => {
      const due = h.person?.charterDue;
      if (!due || !(await markAsked(h.tx, h.person!.id, due, h.flow.now))) return [];
      const c = await currentCharter(h.tx);
      return c?.id === due ? charterReplies(h.flow, c, 'charter-new-head', false) : [];
    },
  };
}

async function show(h: HandlerContext): Promise<Reply[]> {
  const c = await currentCharter(h.tx);
  if (!c) return [{ text: h.flow.t('charter-none') }];
  const person = h.person!;
  // Shown now: the question on the next message would say the same again.
  await markAsked(h.tx, person.id, c.id, h.flow.now);
  const accepted = person.role !== 'collaborator' || (await hasAccepted(h.tx, person.id, c.id));
  return charterReplies(h.flow, c, 'charter-head', accepted);
}

async function accept(h: HandlerContext, rest: string): Promise<Reply[]> {
  const t = h.flow.t;
  const m = UUID.exec(rest);
  if (!m?.[1] || !h.person) return [{ text: t('engine-stale-button') }];
  const r = await acceptCharter(h.tx, h.person.id, m[1].toLowerCase(), h.flow.now);
  if (!r.ok)
    return r.code === 'outdated'
      ? [{ text: t('charter-x-outdated'), choices: [{ label: t('charter-open'), value: '/quyche' }] }]
      : [{ text: t('charter-none') }];
  return [{ text: t(r.changed ? 'charter-accepted' : 'charter-already', { version: r.version }) }];
}
