import { findPersonalDataIn, isRemovable, removePersonalData, type PersonalDataHit, type RemovableKind } from '../../../core/compliance/personal-data.js';
import type { Outcome, Question } from '../machine.js';
import type { FlowContext, Reply, ReplyChoice } from '../types.js';
import { readChoice } from './input.js';

/**
 * The personal-data question before a send (issue 11 item 20), for flows other than reports
 * (whose own step is bot/features/reports/steps/privacy.ts, same look): phone and identity
 * numbers, e-mail addresses and "Ông/Bà + full name" found in what the person typed are listed;
 * numbers go with one tap, names by editing, or «Vẫn gửi như vậy» sends as it is (the synthesis
 * still masks numbers). The flow says where its texts are and what sending and editing are.
 */
export interface PersonalDataCheck<S> {
  /** The wording: templates `personal-data-found-<what>` and `personal-data-edit-<what>` (hot-spot, survey). */
  what: string;
  /** Every text the person typed that the send would keep. */
  texts(s: S): string[];
  /** The state with `f` applied to each of those texts. */
  clean(s: S, f: (text: string) => string): S;
  /** Sending (the flow's submit effect). */
  submit(s: S): Outcome<S>;
  /** «Sửa»: where the person changes the text. */
  edit(s: S): Outcome<S>;
  /** The summary shown before the send (after a removal, the person looks again). */
  review: string;
  /** After a removal, instead of the summary (e.g. straight on with a choice the summary would not keep). */
  afterRemoval?(s: S): Outcome<S>;
}

const KINDS = ['phone', 'id', 'email', 'name'] as const;
const EDIT = 'pd-edit';
const SEND = 'pd-send';
const REMOVE = 'pd-rm-';

function choices<S>(check: PersonalDataCheck<S>, hits: PersonalDataHit[], ctx: FlowContext): ReplyChoice[] {
  const removable = KINDS.filter((k): k is RemovableKind => isRemovable(k) && hits.some((h) => h.kind === k));
  return [
    ...removable.map((k) => ({ label: ctx.t(`personal-data-remove-${k}`), value: `${REMOVE}${k}` })),
    { label: ctx.t(`personal-data-edit-${check.what}`), value: EDIT },
    { label: ctx.t('personal-data-send-anyway'), value: SEND },
  ];
}

/** The send button's outcome: straight to `submit`, or first to the question at `step`. */
export function submitOrAskPersonalData<S>(check: PersonalDataCheck<S>, s: S, step: string): Outcome<S> {
  return findPersonalDataIn(check.texts(s)).length > 0 ? { state: s, next: step } : check.submit(s);
}

export function personalDataQuestion<S>(check: PersonalDataCheck<S>): Question<S> {
  return {
    ask(s, ctx): Reply[] {
      const hits = findPersonalDataIn(check.texts(s));
      const lines = [ctx.t(`personal-data-found-${check.what}`)];
      for (const kind of KINDS) {
        const items = hits.filter((h) => h.kind === kind).map((h) => h.text);
        if (items.length > 0) lines.push(ctx.t(`personal-data-${kind}`, { items: items.join('; ') }));
      }
      return [{ text: lines.join('\n'), choices: choices(check, hits, ctx) }];
    },
    // Nothing left to ask about (edited away, or an old stored step): back to the summary.
    skip: (s) => (findPersonalDataIn(check.texts(s)).length === 0 ? { next: check.review } : null),
    answer(s, input, ctx) {
      const offered = choices(check, findPersonalDataIn(check.texts(s)), ctx).map((c) => c.value);
      const read = readChoice(input, ctx, offered);
      if (!read.ok) return { retry: read.reply };
      if (read.value === SEND) return check.submit(s);
      if (read.value === EDIT) return check.edit(s);
      const kind = read.value.slice(REMOVE.length) as RemovableKind;
      const next = check.clean(s, (x) => removePersonalData(x, kind));
      const said = { text: ctx.t('personal-data-removed', { what: ctx.t(`personal-data-what-${kind}`) }) };
      const after = check.afterRemoval?.(next) ?? { state: next, next: check.review };
      return 'retry' in after ? after : { ...after, say: [said, ...(after.say ?? [])] };
    },
  };
}
