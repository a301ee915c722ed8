import { and, eq } from 'drizzle-orm';
import { channelAccounts } from '../../db/schema/index.js';
import { cleanText } from '../../core/kernel/text.js';
import type { InboundMessage } from '../../core/kernel/messages.js';
import { changedMind, lookupButton, matchTyped, rememberTyped, sameLabel, type ConversationState } from './conversation-state.js';
import { ASIDE_COMMAND, dropAside, keepAside, keepIdle, keepMedia, offerAside, peekAside, withMediaReplies } from './aside.js';
import { typedYesNo } from './common/input.js';
import { hold, LONG_TEXT_COMMAND, release, sendBack, shouldHold, typedRelease } from './long-text.js';
import { checkClash } from './draft-clash.js';
import { typedNoticeButton } from './notice-buttons.js';
import { parseCommand, runFlow, type Catalogue } from './router.js';
import type { Flow, FlowInput, Reply } from './types.js';
import type { CommandSpec, HandlerContext } from './registry.js';

type Refresh = () => Promise<HandlerContext>;

const ACTION_DATA = /^([a-z]{1,12}):(.*)$/s;

/** Decides what an inbound message means for this user right now and produces the replies. */
export async function dispatch(cat: Catalogue, state: ConversationState, msg: InboundMessage, h: HandlerContext, refresh: Refresh): Promise<Reply[]> {
  const before = { flow: state.flow, data: JSON.stringify(state.data) };
  const replies = await decide(cat, state, msg, h, refresh);
  const moved = state.flow !== before.flow || JSON.stringify(state.data) !== before.data;
  return offerAside(state, before.flow, moved, replies, h.flow.t, (text) => wouldAccept(cat, state, text, h));
}

/**
 * Whether the open question takes this text as its answer: the flow is pure, so its step is
 * tried on a copy and dropped (the same test as a refusal: the draft did not move).
 */
function wouldAccept(cat: Catalogue, state: ConversationState, text: string, h: HandlerContext): boolean {
  const flow = state.flow ? cat.flows.get(state.flow) : undefined;
  if (!flow) return false;
  const r = flow.step(structuredClone(state.data), { type: 'text', text }, h.flow);
  return !!r.effect || r.state === null || JSON.stringify(r.state) !== JSON.stringify(state.data);
}

async function decide(cat: Catalogue, state: ConversationState, msg: InboundMessage, h: HandlerContext, refresh: Refresh): Promise<Reply[]> {
  const t = h.flow.t;
  const p = msg.payload;
  if (p.type === 'event') return onEvent(p.event, h);
  // A suspended (or former) member is told kindly; /help is all they see, and it says the same.
  if (h.person && h.person.status !== 'active') {
    const cmd = p.type === 'text' ? parseCommand(cleanText(p.text)) : null;
    return [{ text: t(cmd && (cmd.name === 'help' || cmd.name === 'trogiup') ? 'engine-suspended-help' : 'engine-suspended') }];
  }

  if (p.type === 'choice') {
    const hit = lookupButton(state, p.data);
    if (hit.kind === 'value') return onValue(cat, state, hit.value, h, refresh);
    if (hit.kind === 'answered') {
      // A different option of the question just answered is a change of mind, not a double tap: say what stands.
      const before = changedMind(state, hit.index);
      const said = before ? t('engine-answered-other', { label: before.replace(/^\d{1,3}\.\s+/, '') }) : t('engine-already-answered');
      return [{ text: said }, ...(await resume(cat, state, h, refresh, false))];
    }
    if (hit.kind === 'stale') return [{ text: t('engine-stale-button') }, ...(await resume(cat, state, h, refresh, false))];
    // Standalone buttons (menus, notices, cards) carry a command ("/baocao") or an action ("h:<id>:ack").
    if (p.data.startsWith('/')) return onValue(cat, state, p.data, h, refresh);
    return runAction(cat, state, p.data, h, refresh);
  }
  if (p.type === 'text') {
    const text = cleanText(p.text);
    if (text.length === 0) return [{ text: t('engine-empty') }];
    const cmd = parseCommand(text);
    if (cmd) return onCommand(cat, state, cmd.name, cmd.args, h, refresh);
    const typed = matchTyped(state, text) ?? confirmTyped(state, text);
    if (typed !== null) {
      rememberTyped(state, typed);
      return onValue(cat, state, typed, h, refresh);
    }
    const notice = state.flow ? null : ((await typedNoticeButton(h, text)) ?? (await typedMenuItem(cat, h, text)));
    if (notice !== null) return notice.startsWith('/') ? onValue(cat, state, notice, h, refresh) : runAction(cat, state, notice, h, refresh);
    const released = typedRelease(state, text);
    if (released) return releaseHeld(cat, state, released, h, refresh);
    if (shouldHold(state, text)) return hold(state, text, t, h.flow.maxTextLength);
    const asked = state.pending;
    const data = JSON.stringify(state.data);
    const idle = !state.flow && !!h.person;
    const replies = await onInput(cat, state, { type: 'text', text }, h, refresh);
    if (idle) return keepIdle(state, text, replies, t);
    return keepAside(state, asked, text, JSON.stringify(state.data) === data, replies, t);
  }
  if (p.type === 'location') {
    const place = p.place && cleanText(p.place);
    return onInput(cat, state, { type: 'location', latitude: p.latitude, longitude: p.longitude, ...(place ? { place } : {}) }, h, refresh);
  }
  if (p.type === 'media') {
    const input = { type: 'media' as const, media: p.media, caption: p.caption && cleanText(p.caption) };
    // No form open: kept for the form picked next (a photo first, then «Báo tin điểm nóng»), not lost.
    if (!state.flow && h.person) return keepMedia(state, input, await menu(cat, h), (k, a) => t(k, { ...a, role: menuRole(h) }));
    return onInput(cat, state, input, h, refresh);
  }
  return thenAskAgain(cat, state, [{ text: t('engine-unsupported') }], h, refresh);
}

/** Whose menu the texts about kept files point to: an admin's offers guidance as an official's does. */
const menuRole = (h: HandlerContext): string => (h.person?.role === 'admin' ? 'official' : (h.person?.role ?? ''));

/** A chosen value: a command ("/baocao"), a button action ("h:…"), or an answer for the flow. */
function onValue(cat: Catalogue, state: ConversationState, value: string, h: HandlerContext, refresh: Refresh): Promise<Reply[]> {
  const cmd = value.startsWith('/') ? parseCommand(value) : null;
  if (cmd) return onCommand(cat, state, cmd.name, cmd.args, h, refresh);
  const action = ACTION_DATA.exec(value);
  if (action?.[1] && cat.actions.has(action[1])) return runAction(cat, state, value, h, refresh);
  return onInput(cat, state, { type: 'choice', value }, h, refresh);
}

async function onInput(cat: Catalogue, state: ConversationState, input: FlowInput, h: HandlerContext, refresh: Refresh): Promise<Reply[]> {
  const flow = state.flow ? cat.flows.get(state.flow) : undefined;
  if (flow) return runFlow(cat, state, flow, (ctx) => flow.step(state.data, input, ctx), h, refresh);
  if (!h.person) {
    const registration = cat.flows.get('registration');
    if (registration && input.type === 'text') return startFlow(cat, state, registration, input.text, h, refresh);
    return [{ text: h.flow.t('engine-not-registered') }];
  }
  return menu(cat, h);
}

/**
 * «bao cao nhanh» typed with no menu on screen (a first message, or the menu long scrolled away):
 * a whole label of the person's own menu is that button, not a story to keep.
 */
async function typedMenuItem(cat: Catalogue, h: HandlerContext, text: string): Promise<string | null> {
  if (!h.person) return null;
  const items = (await menu(cat, h)).flatMap((r) => r.choices ?? []);
  const item = items.find((c) => c.value.startsWith('/') && sameLabel(c.label, text))?.value;
  if (item) return item;
  // «da nhan» typed for a guidance's «✅ Đã nhận» (its message is built by the sender, not held here).
  const spoken = [...cat.commands.values()].find((spec) => allowed(spec, h) && spec.typedLabels?.some((k) => sameLabel(h.flow.t(k), text)));
  return spoken ? `/${spoken.names[0]}` : null;
}

function menu(cat: Catalogue, h: HandlerContext): Promise<Reply[]> | Reply[] {
  const spec = cat.commands.get('menu');
  return spec?.run ? spec.run('', h) : [{ text: helpText(cat, h) }];
}

async function onCommand(cat: Catalogue, state: ConversationState, name: string, args: string, h: HandlerContext, refresh: Refresh): Promise<Reply[]> {
  const t = h.flow.t;
  switch (name) {
    case 'start':
      if (h.person) return state.flow ? resume(cat, state, h, refresh, true) : menu(cat, h);
      if (!args) return [{ text: t('engine-welcome-unregistered') }];
      // A registration in progress keeps its attempt counter: the code is just another answer.
      if (state.flow === 'registration') return onInput(cat, state, { type: 'text', text: args }, h, refresh);
      return startWith(cat, state, 'registration', args, h, refresh);
    case 'help':
    case 'trogiup':
      return thenAskAgain(cat, state, [{ text: helpText(cat, h) }], h, refresh);
    case 'huy':
    case 'cancel':
      return cancel(cat, state, args, h);
    case 'tieptuc':
    case 'resume':
      // «Không, làm tiếp» answers «chắc muốn hủy?»: left pending under a question without buttons,
      // a "1" or /huy typed next discarded the draft.
      if (state.pending?.values.includes(CONFIRM_VALUE)) {
        state.answered = state.pending.nonce;
        state.pending = null;
      }
      return resume(cat, state, h, refresh, true);
    case LONG_TEXT_COMMAND:
      return releaseHeld(cat, state, args, h, refresh);
    case ASIDE_COMMAND:
      return useAside(cat, state, args, h, refresh);
  }
  const spec = cat.commands.get(name);
  if (!spec) return [{ text: t('engine-unknown-command', { command: `/${name}` }) }];
  if (!h.person) return [{ text: t('engine-not-registered') }];
  if (!allowed(spec, h)) {
    // Named, with the way on: a collaborator typing /canhbao most likely wants to raise one.
    const refused: Reply = { text: t('engine-not-allowed-command', { command: `/${name}` }) };
    return state.flow ? [refused] : [refused, ...(await menu(cat, h))];
  }
  if (spec.flow) return startWith(cat, state, spec.flow, args, h, refresh, name);
  if (!spec.run) return [];
  const open = state.flow;
  const replies = await spec.run(args, h);
  return open && state.flow === open ? thenAskAgain(cat, state, replies, h, refresh) : replies;
}

/**
 * A reply that asks nothing (/trangthai, /xem, /help, an unsupported message) mid-form pushes the
 * open question out of sight: it is asked again below (same buttons: the question is unchanged,
 * so the old ones still work). Outside a form, the replies alone.
 */
async function thenAskAgain(cat: Catalogue, state: ConversationState, replies: Reply[], h: HandlerContext, refresh: Refresh): Promise<Reply[]> {
  return state.flow ? [...replies, ...(await resume(cat, state, h, refresh, false))] : replies;
}

function allowed(spec: CommandSpec, h: HandlerContext): boolean {
  if (!h.person) return false;
  return !spec.roles || spec.roles.includes(h.person.role);
}

function startWith(
  cat: Catalogue,
  state: ConversationState,
  name: string,
  arg: string,
  h: HandlerContext,
  refresh: Refresh,
  command: string | null = null,
): Promise<Reply[]> {
  const flow = cat.flows.get(name);
  if (!flow) throw new Error(`unknown flow ${name}`);
  // Opening a different draft than the one held for this flow asks first (./draft-clash.ts).
  const clash = checkClash(state, flow, command, arg, h.flow.t);
  if (clash.kind === 'ask') return Promise.resolve(clash.replies);
  return startFlow(cat, state, flow, clash.arg, h, refresh);
}

/** Starting a flow parks a resumable draft in progress (one per flow), never discards it. */
async function startFlow(cat: Catalogue, state: ConversationState, flow: Flow, arg: string, h: HandlerContext, refresh: Refresh): Promise<Reply[]> {
  // The draft in hand is never restarted from scratch: the same command just re-asks where it stopped.
  if (state.flow === flow.name && flow.resumable) return resume(cat, state, h, refresh, false);
  if (state.flow && state.flow !== flow.name && cat.flows.get(state.flow)?.resumable) {
    state.parked = [...state.parked.filter((d) => d.flow !== state.flow), { flow: state.flow, data: state.data }];
  }
  const parked = flow.resumable ? state.parked.find((d) => d.flow === flow.name) : undefined;
  if (parked) {
    state.parked = state.parked.filter((d) => d !== parked);
    state.flow = flow.name;
    state.data = parked.data;
    const restored = [
      { text: h.flow.t('engine-draft-restored') },
      ...(await runFlow(cat, state, flow, (ctx) => flow.step(parked.data, { type: 'resume' }, ctx), h, refresh)),
    ];
    return giveKeptMedia(cat, state, flow, h, refresh, restored);
  }
  const started = await runFlow(cat, state, flow, (ctx) => flow.start(ctx, arg), h, refresh);
  return giveKeptMedia(cat, state, flow, h, refresh, started);
}

/**
 * Photos and files sent with no form open go to the form just started (or taken up again), each
 * as if sent at its open question, when it takes them (a hot spot, a report's evidence, a
 * guidance's file). A form that does not take them says so — they were promised to «the form
 * picked next», and were dropped in silence when it ended — and they are not kept further.
 */
async function giveKeptMedia(cat: Catalogue, state: ConversationState, flow: Flow, h: HandlerContext, refresh: Refresh, started: Reply[]): Promise<Reply[]> {
  const kept = state.media ?? [];
  if (kept.length === 0 || state.flow !== flow.name) return started;
  const first = kept[0]!;
  const tried = flow.step(structuredClone(state.data), { type: 'media', ...first }, h.flow);
  state.media = null;
  // Said first, so that the form's question stays the last message.
  if (JSON.stringify(tried.state) === JSON.stringify(state.data))
    return [{ text: h.flow.t('engine-media-not-taken', { n: kept.length, role: menuRole(h) }) }, ...started];
  // Several photos: the last one's answer alone («Đã nhận 3 ảnh», the question once).
  let last: Reply[] = [];
  for (const m of kept) last = await runFlow(cat, state, flow, (ctx) => flow.step(state.data, { type: 'media', ...m }, ctx), h, refresh);
  return withMediaReplies(started, last);
}

/** Re-asks the current question, or restores the newest parked draft. */
async function resume(cat: Catalogue, state: ConversationState, h: HandlerContext, refresh: Refresh, announce: boolean): Promise<Reply[]> {
  if (!state.flow) {
    const last = state.parked.at(-1);
    if (!last) return announce ? [{ text: h.flow.t('engine-no-draft') }] : [];
    state.parked = state.parked.slice(0, -1);
    state.flow = last.flow;
    state.data = last.data;
  }
  const flow = cat.flows.get(state.flow ?? '');
  if (!flow) {
    state.flow = null;
    return [{ text: h.flow.t('engine-no-draft') }];
  }
  return runFlow(cat, state, flow, (ctx) => flow.step(state.data, { type: 'resume' }, ctx), h, refresh);
}

/** «Xong» or «Bỏ» on a held long paste: the joined text answers the open question, or is dropped. */
async function releaseHeld(cat: Catalogue, state: ConversationState, args: string, h: HandlerContext, refresh: Refresh): Promise<Reply[]> {
  const r = release(state, args, h.flow.t, h.flow.maxTextLength);
  if (r.kind === 'answer') {
    const before = JSON.stringify(state.data);
    const asked = state.pending;
    const replies = await onInput(cat, state, { type: 'text', text: r.text }, h, refresh);
    if (JSON.stringify(state.data) !== before) return [...replies, ...r.rest];
    // The question refused it (a title has 200 characters at most…): the text comes back to be
    // shortened, and is kept for the next question that takes it («Dùng: …»), not lost.
    return keepAside(state, asked, r.text, true, [...replies, ...sendBack(r.text, h.flow.t), ...r.rest], h.flow.t);
  }
  const said: Reply[] = r.kind === 'dropped' ? [{ text: h.flow.t('engine-long-dropped') }] : [];
  return [...said, ...(await resume(cat, state, h, refresh, false))];
}

/** «Dùng "…"»: a text typed earlier where buttons were offered answers the open question. */
async function useAside(cat: Catalogue, state: ConversationState, args: string, h: HandlerContext, refresh: Refresh): Promise<Reply[]> {
  const text = state.flow ? peekAside(state, args) : null;
  if (text === null) return resume(cat, state, h, refresh, false);
  const before = JSON.stringify(state.data);
  const replies = await onInput(cat, state, { type: 'text', text }, h, refresh);
  // Refused (too long for a title…): it stays offered for a later question.
  if (JSON.stringify(state.data) !== before) dropAside(state, text);
  return replies;
}

/**
 * «có», «ok» typed at «Đồng chí có chắc muốn hủy?» discard the draft, «không» goes on (found in
 * the sandbox: «có» fell through to the form and became the meeting's agenda).
 */
function confirmTyped(state: ConversationState, text: string): string | null {
  if (!state.pending?.values.includes(CONFIRM_VALUE)) return null;
  const said = typedYesNo(text);
  return said === 'yes' ? CONFIRM_VALUE : said === 'no' ? '/tieptuc' : null;
}

/** The argument of "/huy" that confirms discarding a draft with answers (its button's value). */
const CONFIRM = 'xacnhan';
const CONFIRM_VALUE = `/huy ${CONFIRM}`;

/**
 * /huy: a draft with answers is discarded only after a "yes" (the button, "1", or /huy again);
 * an empty one at once. /tieptuc is suggested only when a parked draft is there to resume.
 */
function cancel(cat: Catalogue, state: ConversationState, args: string, h: HandlerContext): Reply[] {
  const t = h.flow.t;
  if (!state.flow) return [{ text: t(state.parked.length > 0 ? 'engine-nothing-to-cancel-parked' : 'engine-nothing-to-cancel') }];
  const confirmed = args.toLowerCase() === CONFIRM || (args === '' && !!state.pending?.values.includes(CONFIRM_VALUE));
  if (!confirmed && cat.flows.get(state.flow)?.hasAnswers?.(state.data)) {
    return [
      {
        text: t('engine-cancel-confirm'),
        choices: [
          { label: t('engine-cancel-yes'), value: CONFIRM_VALUE },
          { label: t('engine-cancel-no'), value: '/tieptuc' },
        ],
      },
    ];
  }
  state.flow = null;
  state.data = null;
  state.held = null;
  state.aside = null;
  state.media = null;
  return [{ text: t(state.parked.length > 0 ? 'engine-cancelled-parked' : 'engine-cancelled') }];
}

/** Commands that act on the conversation in hand: their buttons belong to the question that offered them. */
const CONTEXTUAL = new Set(['huy', 'cancel', LONG_TEXT_COMMAND, ASIDE_COMMAND]);

/** A value whose button works whenever pressed: a command, or a registered action ("h:<id>:ack"). */
export function isStandalone(cat: Catalogue, value: string): boolean {
  if (value.startsWith('/')) {
    const cmd = parseCommand(value);
    return !!cmd && !CONTEXTUAL.has(cmd.name);
  }
  const m = ACTION_DATA.exec(value);
  return !!m?.[1] && cat.actions.has(m[1]);
}

async function runAction(cat: Catalogue, state: ConversationState, data: string, h: HandlerContext, refresh: Refresh): Promise<Reply[]> {
  const m = ACTION_DATA.exec(data);
  const spec = m?.[1] ? cat.actions.get(m[1]) : undefined;
  if (!spec || m?.[2] === undefined) return [{ text: h.flow.t('engine-stale-button') }];
  if (!h.person) return [{ text: h.flow.t('engine-not-registered') }];
  // A button that opens a question (e.g. «Ghi chú» on an alert) starts its flow at once: what is typed next is the answer.
  const command = spec.command?.(m[2]);
  if (command) return onValue(cat, state, command, h, refresh);
  return spec.run(m[2], h);
}

async function onEvent(event: 'follow' | 'unfollow' | 'blocked' | 'unblocked', h: HandlerContext): Promise<Reply[]> {
  const reachable = event === 'follow' || event === 'unblocked';
  await h.tx
    .update(channelAccounts)
    .set({ status: reachable ? 'active' : 'unreachable', unreachableReason: reachable ? null : event })
    .where(and(eq(channelAccounts.channel, h.account.channel), eq(channelAccounts.externalId, h.account.accountId)));
  if (event !== 'follow') return [];
  return [{ text: h.flow.t(h.person ? 'engine-follow-again' : 'engine-welcome-unregistered') }];
}

/** The commands this person may use, under their features' headings (general ones last), then how to answer. */
function helpText(cat: Catalogue, h: HandlerContext): string {
  const t = h.flow.t;
  const sections = new Map<string, string[]>();
  for (const { spec, section } of cat.commandList) {
    if (!spec.helpKey || (h.person && spec.roles && !spec.roles.includes(h.person.role)) || (!h.person && spec.roles)) continue;
    const lines = sections.get(section) ?? [];
    lines.push(`/${spec.names[0]} — ${t(spec.helpKey)}`);
    sections.set(section, lines);
  }
  // The general heading also holds the commands every form answers (/tieptuc, /huy, /help).
  const general = [...(sections.get('general') ?? []), t('engine-help-common')];
  sections.delete('general');
  sections.set('general', general);
  const blocks = [...sections].map(([s, lines]) => [t(`engine-help-section-${s}`), ...lines].join('\n'));
  return [t('engine-help-title'), ...blocks, t('engine-help-tip')].join('\n\n');
}
