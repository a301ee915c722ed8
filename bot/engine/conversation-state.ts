import { randomBytes } from 'node:crypto';
import { matchKey } from '../../core/kernel/text.js';
import type { Choice, OutboundMessage } from '../../core/kernel/messages.js';
import type { Reply } from './types.js';

/** What `conversations.state` holds: the active flow's state, parked drafts, the pending question. */
export interface ConversationState {
  flow: string | null;
  data: unknown;
  /** Drafts of resumable flows set aside when another flow started (newest last). */
  parked: { flow: string; data: unknown }[];
  /** The last question's choices: buttons carry `c:<nonce>:<index>`, typed answers match values. */
  pending: { nonce: string; values: string[]; labels: string[] } | null;
}

export function emptyState(): ConversationState {
  return { flow: null, data: null, parked: [], pending: null };
}

export function readState(raw: unknown): ConversationState {
  const s = (raw ?? {}) as Partial<ConversationState>;
  return {
    flow: typeof s.flow === 'string' ? s.flow : null,
    data: s.data ?? null,
    parked: Array.isArray(s.parked) ? s.parked : [],
    pending: validPending(s.pending) ? s.pending : null,
  };
}

/** A damaged row must not break the next update: a pending question that is not exactly our shape is dropped. */
function validPending(p: unknown): p is NonNullable<ConversationState['pending']> {
  const strings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');
  const q = p as ConversationState['pending'];
  return !!q && typeof q === 'object' && typeof q.nonce === 'string' && strings(q.values) && strings(q.labels);
}

/** Button data for conversation choices; never longer than 2 + 8 + 1 + 3 bytes. */
const CHOICE_DATA = /^c:([a-z0-9]{8}):(\d{1,3})$/;

export type ChoiceLookup = { kind: 'value'; value: string } | { kind: 'stale' } | { kind: 'none' };

/** A pressed button → the pending value, or stale when it belongs to an older question. */
export function lookupButton(state: ConversationState, data: string): ChoiceLookup {
  const m = CHOICE_DATA.exec(data);
  if (!m) return { kind: 'none' };
  const pending = state.pending;
  const value = pending && pending.nonce === m[1] ? pending.values[Number(m[2])] : undefined;
  return value === undefined ? { kind: 'stale' } : { kind: 'value', value };
}

/** Typed answer → pending value: "2", "2.", or the label/value, accent- and case-insensitive. */
export function matchTyped(state: ConversationState, text: string): string | null {
  const pending = state.pending;
  if (!pending) return null;
  const key = matchKey(text).replace(/[.)]$/, '');
  if (/^\d{1,3}$/.test(key)) return pending.values[Number(key) - 1] ?? null;
  const i = pending.labels.findIndex((l) => matchKey(l) === key);
  if (i >= 0) return pending.values[i] ?? null;
  const j = pending.values.findIndex((v) => matchKey(v) === key);
  return j >= 0 ? (pending.values[j] ?? null) : null;
}

/**
 * Turns replies into outbound messages. The last reply with choices becomes the pending
 * question (a fresh nonce makes every older button stale).
 */
export function renderReplies(replies: Reply[], state: ConversationState): OutboundMessage[] {
  let lastWithChoices = -1;
  replies.forEach((r, i) => {
    if (r.choices?.length) lastWithChoices = i;
  });
  state.pending = null;
  return replies.map((r, i) => {
    if (!r.choices?.length) return { type: 'text', text: r.text, requestLocation: r.requestLocation };
    const nonce = randomBytes(6)
      .toString('base64url')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, 'x')
      .slice(0, 8);
    const choices: Choice[] = r.choices.map((c, n) => ({ label: c.label, data: `c:${nonce}:${n}` }));
    if (i === lastWithChoices) {
      state.pending = { nonce, values: r.choices.map((c) => c.value), labels: r.choices.map((c) => c.label) };
    }
    return { type: 'text', text: r.text, choices, requestLocation: r.requestLocation };
  });
}
