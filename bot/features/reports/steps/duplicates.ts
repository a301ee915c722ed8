import type { ReportDraft } from '../../../../core/reports/draft.js';
import { readChoice } from '../../../engine/common/input.js';
import type { FlowContext, Reply } from '../../../engine/types.js';
import { submitOrAsk } from './privacy.js';
import { copy, type Outcome, type Question, type ReportState } from './state.js';

/**
 * Before a report is sent: an opinion stream whose text repeats an earlier one of the same issue
 * (a double tap, a paste sent twice) is pointed out — «Ý kiến số 3 trùng với số 1 — bỏ bớt?» —
 * and removed only when the reporter says so; never dropped silently.
 */
const DROP = 'drop';
const KEEP = 'keep';
const EDIT = 'edit';

interface Duplicate {
  /** 0-based issue index; stream numbers are 1-based as the review shows them. */
  issue: number;
  stream: number;
  same: number;
}

/** The same words, whatever the case, spacing or closing full stop. */
const sameText = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.…!]+$/u, '')
    .trim();

function duplicatesIn(draft: ReportDraft): Duplicate[] {
  return draft.issues.flatMap((issue, i) => {
    const keys = issue.streams.map((st) => sameText(st.content));
    return keys.flatMap((key, k) => {
      const first = keys.indexOf(key);
      return key && first < k ? [{ issue: i, stream: k + 1, same: first + 1 }] : [];
    });
  });
}

function ask(s: ReportState, ctx: FlowContext): Reply[] {
  const several = s.draft.issues.length > 1;
  const lines = duplicatesIn(s.draft).map((d) =>
    several ? ctx.t('reports-dup-line-issue', { issue: d.issue + 1, n: d.stream, same: d.same }) : ctx.t('reports-dup-line', { n: d.stream, same: d.same }),
  );
  return [
    {
      text: [...lines, ctx.t('reports-dup-ask')].join('\n'),
      choices: [
        { label: ctx.t('reports-dup-drop'), value: DROP },
        { label: ctx.t('reports-dup-keep'), value: KEEP },
        { label: ctx.t('reports-pii-edit'), value: EDIT },
      ],
    },
  ];
}

/** The review's «Gửi báo cáo»: repeated opinions first (unless kept), then the personal-data check. */
export function checkBeforeSubmit(s: ReportState): Outcome {
  if (!s.dupKept && duplicatesIn(s.draft).length > 0) return { state: copy(s), next: 'duplicates' };
  return submitOrAsk(s);
}

export const duplicatesQuestion: Question = {
  ask,
  skip: (s) => (duplicatesIn(s.draft).length === 0 ? { next: 'review' } : null),
  answer(s, input, ctx) {
    const read = readChoice(input, ctx, [DROP, KEEP, EDIT]);
    if (!read.ok) return { retry: read.reply };
    if (read.value === EDIT) return { state: copy(s), next: 'edit-menu' };
    if (read.value === KEEP) return submitOrAsk({ ...copy(s), dupKept: true });
    const drop = duplicatesIn(s.draft);
    const next = copy(s);
    next.draft.issues = next.draft.issues.map((issue, i) => ({
      ...issue,
      streams: issue.streams.filter((_, k) => !drop.some((d) => d.issue === i && d.stream === k + 1)),
    }));
    return { state: next, next: 'review', say: [{ text: ctx.t('reports-dup-dropped', { count: drop.length }) }] };
  },
};
