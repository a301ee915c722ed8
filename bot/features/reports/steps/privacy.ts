import type { ReportDraft } from '../../../../core/reports/draft.js';
import { findPersonalData, isRemovable, removePersonalData, type PersonalDataHit, type RemovableKind } from '../../../../core/compliance/personal-data.js';
import { readChoice } from '../../../engine/common/input.js';
import { effect } from '../../../engine/effects.js';
import type { FlowContext, Reply, ReplyChoice } from '../../../engine/types.js';
import { copy, type Outcome, type Question, type ReportState } from './state.js';

/**
 * Before a report is sent (issue 11 item 20): phone and identity numbers, e-mail addresses and
 * "Ông/Bà + full name" in what was typed are shown and the reporter asked to remove them —
 * numbers go with one tap, names by editing — or to send as it is (the synthesis still masks
 * numbers). Opinions are recorded by group, never by named person.
 */
const EDIT = 'edit';
const SEND = 'send';
const REMOVE = 'rm-';
const KINDS = ['phone', 'id', 'email', 'name'] as const;

/** Every string the reporter typed into the draft, wherever it sits. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function mapStrings<T>(value: T, f: (s: string) => string): T {
  if (typeof value === 'string') return f(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => mapStrings(v, f)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)])) as T;
  return value;
}

function personalDataIn(draft: ReportDraft): PersonalDataHit[] {
  const hits = strings(draft).flatMap(findPersonalData);
  return hits.filter((h, i) => hits.findIndex((x) => x.kind === h.kind && x.text === h.text) === i);
}

function choices(hits: PersonalDataHit[], ctx: FlowContext): ReplyChoice[] {
  const removable = KINDS.filter((k): k is RemovableKind => isRemovable(k) && hits.some((h) => h.kind === k));
  return [
    ...removable.map((k) => ({ label: ctx.t(`reports-pii-remove-${k}`), value: `${REMOVE}${k}` })),
    { label: ctx.t('reports-pii-edit'), value: EDIT },
    { label: ctx.t('reports-pii-send-anyway'), value: SEND },
  ];
}

function ask(s: ReportState, ctx: FlowContext): Reply[] {
  const hits = personalDataIn(s.draft);
  const lines = [ctx.t('reports-pii-found')];
  for (const kind of KINDS) {
    const items = hits.filter((h) => h.kind === kind).map((h) => h.text);
    if (items.length > 0) lines.push(ctx.t(`reports-pii-${kind}`, { items: items.join('; ') }));
  }
  return [{ text: lines.join('\n'), choices: choices(hits, ctx) }];
}

const submit = (s: ReportState): Outcome => ({ state: copy(s), next: 'submitting', effect: effect('reports.submit', { draft: s.draft }) });

/** The review's «Gửi báo cáo»: straight to sending, or first the question about personal data. */
export function submitOrAsk(s: ReportState): Outcome {
  return personalDataIn(s.draft).length > 0 ? { state: copy(s), next: 'privacy' } : submit(s);
}

export const privacyQuestion: Question = {
  ask,
  // Nothing left to ask about (removed elsewhere, or an old stored step): back to the review.
  skip: (s) => (personalDataIn(s.draft).length === 0 ? { next: 'review' } : null),
  answer(s, input, ctx) {
    const offered = choices(personalDataIn(s.draft), ctx).map((c) => c.value);
    const read = readChoice(input, ctx, offered);
    if (!read.ok) return { retry: read.reply };
    if (read.value === SEND) return submit(s);
    if (read.value === EDIT) return { state: copy(s), next: 'edit-menu' };
    const kind = read.value.slice(REMOVE.length) as RemovableKind;
    const next = { ...copy(s), draft: mapStrings(s.draft, (x) => removePersonalData(x, kind)) };
    return { state: next, next: 'review', say: [{ text: ctx.t('reports-pii-removed', { what: ctx.t(`reports-pii-what-${kind}`) }) }] };
  },
};
