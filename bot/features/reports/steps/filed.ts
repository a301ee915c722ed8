import { readChoice } from '../../../engine/common/input.js';
import { waiting } from '../../../engine/machine.js';
import type { FlowContext, Reply } from '../../../engine/types.js';
import { mainMenu } from '../../home/menu.js';
import { copy, type Question } from './state.js';

const EDIT = 'edit';
const KEEP = 'keep';

/** 'YYYY-MM' → 'MM/YYYY'. */
export const periodText = (period: string): string => period.split('-').reverse().join('/');

/**
 * A second /baocao in a period (issue 11, item 1): the report already filed opens pre-filled
 * with its latest version, so sending it again never drops what was filed; the reporter
 * removes what they want removed. Nothing filed: the form starts, for the period the unit's
 * cycle says (an overdue, unlocked one first).
 */
export function filedQuestions(first: string, intro: (period: string, ctx: FlowContext) => Reply): Record<string, Question> {
  return {
    'filed-check': waiting(
      () => first,
      (s, done, ctx) => {
        if (done.effect !== 'reports.filed' || !done.result.ok) return { next: first, say: [intro(s.draft.period, ctx)] };
        const { period, existing } = done.result;
        if (!existing) return { state: { ...copy(s), draft: { ...s.draft, period } }, next: first, say: [intro(period, ctx)] };
        return { state: { ...copy(s), draft: structuredClone(existing.draft), filed: existing.receiptNo, ix: 0 }, next: 'filed' };
      },
    ),
    filed: {
      ask: (s, ctx) => [
        {
          text: ctx.t('reports-filed-ask', { period: periodText(s.draft.period), receipt: s.filed ?? '' }),
          choices: [
            { label: ctx.t('reports-filed-edit'), value: EDIT },
            { label: ctx.t('reports-filed-keep'), value: KEEP },
          ],
        },
      ],
      answer(s, input, ctx) {
        const read = readChoice(input, ctx, [EDIT, KEEP]);
        if (!read.ok) return { retry: read.reply };
        if (read.value === KEEP)
          return { end: [{ text: ctx.t('reports-filed-kept', { receipt: s.filed ?? '' }) }, mainMenu(ctx.t, ctx.person?.role, 'home-menu-after')] };
        return { state: copy(s), next: 'review', say: [{ text: ctx.t('reports-filed-opened') }] };
      },
    },
  };
}
