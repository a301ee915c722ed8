import { sectorLabel, stratumLabel } from '../../../core/people/labels.js';
import type { FlowContext, Reply } from '../../engine/types.js';
import { cancelChoice, choice, fileArgs, MAX_OPTION_BUTTONS, V, type ComposeState, type Step } from './compose-state.js';

type Prompt = (s: ComposeState, ctx: FlowContext) => Reply[];

const withCancel = (ctx: FlowContext, text: string, choices = [] as ReturnType<typeof choice>[]): Reply => ({ text, choices: [...choices, cancelChoice(ctx)] });

/** A sector or stratum code as the official reads it. */
export function filterLabel(ctx: Pick<FlowContext, 't'>, which: 'sectors' | 'strata', code: string): string {
  return (which === 'sectors' ? sectorLabel : stratumLabel)((k) => ctx.t(k), code);
}

/** Filter choices: "no filter" first, then the values known in the official's subtree, by label. */
function filterChoices(ctx: FlowContext, which: 'sectors' | 'strata', values: string[]) {
  return [choice(ctx.t('broadcast-filter-all'), V.all), ...values.slice(0, MAX_OPTION_BUTTONS).map((v) => choice(filterLabel(ctx, which, v), v))];
}

/** Typed words for «Khẩn» and «Thường» besides the labels (matched without accents or case). */
const URGENT_WORDS = ['khẩn cấp', 'gấp', 'hỏa tốc', 'thượng khẩn', 'urgent'];
const NORMAL_WORDS = ['bình thường', 'thông thường', 'không khẩn', 'normal'];

/** The question of each step the official answers (the waiting steps ask nothing). */
export const PROMPTS: Partial<Record<Step, Prompt>> = {
  title: (_s, ctx) => [withCancel(ctx, ctx.t('broadcast-compose-title'))],
  body: (s, ctx) => [
    withCancel(
      ctx,
      ctx.t(s.body ? 'broadcast-compose-body-more' : 'broadcast-compose-body', { max: s.opts?.maxBody ?? 0 }),
      s.body ? [choice(ctx.t('broadcast-btn-done'), V.done)] : [],
    ),
  ],
  attachment: (s, ctx) =>
    s.attachment
      ? [
          withCancel(ctx, ctx.t('broadcast-compose-attachment-has', fileArgs(s.attachment)), [
            choice(ctx.t('broadcast-btn-keep-file'), V.keep),
            choice(ctx.t('broadcast-btn-no-file'), V.skip),
          ]),
        ]
      : [withCancel(ctx, ctx.t('broadcast-compose-attachment'), [choice(ctx.t('broadcast-btn-skip'), V.skip)])],
  unit: (s, ctx) => {
    const [own, ...children] = s.opts?.units ?? [];
    const kind = own && 'kind' in own ? own.kind : 'khac';
    const choices = own ? [choice(ctx.t('engine-own-area', { name: own.name, kind }), own.id)] : [];
    for (const u of children.slice(0, MAX_OPTION_BUTTONS)) choices.push(choice(u.name, u.id));
    choices.push(choice(ctx.t('broadcast-btn-unit-code'), V.code));
    return [withCancel(ctx, ctx.t('broadcast-compose-unit'), choices)];
  },
  unit_code: (_s, ctx) => [withCancel(ctx, ctx.t('broadcast-compose-unit-code'))],
  role: (_s, ctx) => {
    const asked = withCancel(ctx, ctx.t('broadcast-compose-role'), [
      choice(ctx.t('broadcast-role-all'), V.all),
      choice(ctx.t('broadcast-role-collaborator'), 'collaborator'),
      choice(ctx.t('broadcast-role-official'), 'official'),
    ]);
    // «ctv» is how officials write «cộng tác viên»: typed, it is that button.
    return [{ ...asked, typed: [...(asked.choices ?? []), choice('CTV', 'collaborator'), choice('CTV DLXH', 'collaborator')] }];
  },
  sector: (s, ctx) => [withCancel(ctx, ctx.t('broadcast-compose-sector'), filterChoices(ctx, 'sectors', s.opts?.sectors ?? []))],
  stratum: (s, ctx) => [withCancel(ctx, ctx.t('broadcast-compose-stratum'), filterChoices(ctx, 'strata', s.opts?.strata ?? []))],
  ack: (_s, ctx) => [withCancel(ctx, ctx.t('broadcast-compose-ack'), [choice(ctx.t('broadcast-yes'), V.yes), choice(ctx.t('broadcast-no'), V.no)])],
  deadline: (_s, ctx) => [
    withCancel(ctx, ctx.t('broadcast-compose-deadline'), [
      choice(ctx.t('broadcast-deadline-4h'), V.h4),
      choice(ctx.t('broadcast-deadline-24h'), V.h24),
      choice(ctx.t('broadcast-deadline-3d'), V.d3),
    ]),
  ],
  urgent: (s, ctx) => {
    const asked = withCancel(ctx, ctx.t('broadcast-compose-urgent', { quiet: s.opts?.quietHours || '—' }), [
      choice(ctx.t('broadcast-urgency-normal'), V.normal),
      choice(ctx.t('broadcast-urgency-urgent'), V.urgent),
    ]);
    // How officials say the two when they type them («khan cap» was refused beside «Khẩn»).
    const said = [...URGENT_WORDS.map((w) => choice(w, V.urgent)), ...NORMAL_WORDS.map((w) => choice(w, V.normal))];
    return [{ ...asked, typed: [...(asked.choices ?? []), ...said] }];
  },
  when: (_s, ctx) => [
    withCancel(ctx, ctx.t('broadcast-compose-when'), [choice(ctx.t('broadcast-when-now'), V.now), choice(ctx.t('broadcast-when-later'), V.later)]),
  ],
  time: (_s, ctx) => [withCancel(ctx, ctx.t('broadcast-compose-time'))],
};
