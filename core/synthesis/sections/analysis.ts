import { PREVALENCES } from '../../reports/draft.js';
import { heading, para, type Block } from '../document.js';
import { mergeSources, type IssueView, type Traced } from '../model.js';
import { listJoin, sentence, sourceNote, type WriteContext } from '../prose.js';
import { aiBlocks } from './ai.js';

const ACTIVE = new Set(['open', 'acknowledged', 'handling']);
const WORRY = new Set(['trai_chieu', 'ban_khoan']);
/** "nhiều ý kiến" or more: a worry held that widely is worth a forecast and a proposal. */
const WIDE = PREVALENCES.indexOf('nhieu_y_kien');

const allIssues = (ctx: WriteContext) => [...ctx.model.issues, ...ctx.model.rumourIssues];
const quoted = (issues: IssueView[]) => issues.map((i) => `“${i.title}”`);

function perIssue(ctx: WriteContext, pick: (i: IssueView) => Traced[]): Block[] {
  return allIssues(ctx)
    .filter((i) => pick(i).length > 0)
    .map((i) =>
      para(
        ctx.t('syn-about', {
          title: i.title,
          text: sentence(
            pick(i).map((x) => x.text),
            false,
          ),
        }),
        sourceNote(ctx, mergeSources(...pick(i).map((x) => x.sources))),
      ),
    );
}

/** VI. Good practices the collaborators reported. */
export function goodPracticesSection(ctx: WriteContext): Block[] {
  const items = ctx.model.goodPractices;
  if (items.length === 0) return [para(ctx.t(ctx.model.reports.length ? 'syn-good-none' : 'syn-none'))];
  return items.map((g) => para(sentence([g.text]), sourceNote(ctx, g.sources)));
}

/** VII. Causes, consolidated per issue. */
export function causesSection(ctx: WriteContext): Block[] {
  const blocks = perIssue(ctx, (i) => i.causes);
  return blocks.length ? blocks : [para(ctx.t(ctx.model.reports.length ? 'syn-causes-none' : 'syn-none'))];
}

const worried = (ctx: WriteContext) =>
  ctx.model.issues.filter((i) => i.streams.some((s) => WORRY.has(s.stance) && PREVALENCES.indexOf(s.prevalence as never) <= WIDE));
const openSpots = (ctx: WriteContext) => ctx.model.hotSpots.filter((h) => ACTIVE.has(h.status));

/** VIII. Forecast: the reporters' own forecasts, then what the data suggests. */
export function forecastSection(ctx: WriteContext): Block[] {
  const ai = aiBlocks(ctx, 'forecast');
  if (ai) return ai;
  const out = perIssue(ctx, (i) => i.forecasts);
  const recurring = ctx.model.issues.filter((i) => i.sources.length >= 2);
  if (recurring.length) out.push(para(ctx.t('syn-fc-recurring', { n: recurring.length, titles: listJoin(ctx, quoted(recurring)) })));
  if (worried(ctx).length) out.push(para(ctx.t('syn-fc-worry', { titles: listJoin(ctx, quoted(worried(ctx))) })));
  const open = openSpots(ctx);
  if (open.length) out.push(para(ctx.t('syn-fc-hot-spots', { n: open.length, receipts: open.map((h) => h.receiptNo).join(', ') })));
  if (ctx.model.rumourIssues.length) out.push(para(ctx.t('syn-fc-rumours', { titles: listJoin(ctx, quoted(ctx.model.rumourIssues)) })));
  return out.length ? out : [para(ctx.t('syn-fc-stable'))];
}

/** XI.1 The Ban's own proposals for leadership and orientation, derived from the period's data. */
function banProposals(ctx: WriteContext): Block[] {
  const ai = aiBlocks(ctx, 'proposals');
  if (ai) return ai;
  const out: Block[] = [];
  if (worried(ctx).length) out.push(para(ctx.t('syn-pr-inform', { titles: listJoin(ctx, quoted(worried(ctx))) })));
  const open = openSpots(ctx);
  if (open.length) out.push(para(ctx.t('syn-pr-hot-spots', { units: listJoin(ctx, [...new Set(open.map((h) => h.unitName))]) })));
  if (ctx.model.rumourIssues.length) out.push(para(ctx.t('syn-pr-rumours', { titles: listJoin(ctx, quoted(ctx.model.rumourIssues)) })));
  const late = [...new Set(ctx.model.input.completeness.flatMap((c) => c.view.units.filter((u) => u.missing > 0).map((u) => u.name)))];
  if (late.length) out.push(para(ctx.t('syn-pr-reporting', { units: listJoin(ctx, late) })));
  out.push(para(ctx.t('syn-pr-continue')));
  return out;
}

/** XI. Proposals: the Ban's own, then those of the units and collaborators. */
export function proposalsSection(ctx: WriteContext): Block[] {
  const local = [...perIssue(ctx, (i) => i.proposals), ...ctx.model.generalProposals.map((p) => para(sentence([p.text]), sourceNote(ctx, p.sources)))];
  return [
    heading(2, ctx.t('syn-pr-own')),
    ...banProposals(ctx),
    heading(2, ctx.t('syn-pr-local')),
    ...(local.length ? local : [para(ctx.t(ctx.model.reports.length ? 'syn-pr-local-none' : 'syn-none'))]),
  ];
}
