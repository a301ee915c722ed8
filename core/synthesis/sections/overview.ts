import { ASSESSMENTS, PREVALENCES } from '../../reports/draft.js';
import { para, type Block } from '../document.js';
import { mergeSources, type IssueView, type StreamView } from '../model.js';
import { listJoin, sentence, sourceNote, streamClause, type WriteContext } from '../prose.js';
import { aiBlocks } from './ai.js';

/** Holder groups counted as "cán bộ, đảng viên"; every other group is "Nhân dân". */
const CADRE_GROUPS = new Set(['cbccvc', 'llvt', 'huu_tri_ccb']);
const MAX_GROUP_CLAUSES = 5;

/** The opening paragraphs: what is reported, where, over which days, from what. */
export function intro(ctx: WriteContext, territory: string, spanLabel: string): Block[] {
  const m = ctx.model;
  const { from, to } = m.input.window;
  const out = [para(ctx.t('syn-intro', { territory, span: spanLabel, from: dmyOf(from), to: dmyOf(to) }))];
  const counts = (['periodic', 'quick', 'thematic'] as const).filter((k) => m.counts[k] > 0).map((k) => ctx.t(`syn-count-${k}`, { n: m.counts[k] }));
  if (counts.length === 0) return [...out, para(ctx.t('syn-no-reports'))];
  return [...out, para(ctx.t('syn-basis', { reports: listJoin(ctx, counts), hotSpots: m.hotSpots.length }))];
}

const dmyOf = (iso: string) => iso.split('-').reverse().join('/');

function assessment(ctx: WriteContext): Block[] {
  const m = ctx.model;
  const total = m.assessments.reduce((s, a) => s + a.sources.length, 0);
  if (total === 0) return [para(ctx.t('syn-assess-none'))];
  // The most reported state; on a tie the less favourable one, so a mixed month is not overstated.
  const top = [...m.assessments].sort(
    (a, b) => b.sources.length - a.sources.length || ASSESSMENTS.indexOf(b.code as never) - ASSESSMENTS.indexOf(a.code as never),
  )[0]!;
  const detail = m.assessments.map((a) => ctx.t('syn-assess-item', { n: a.sources.length, state: ctx.t(`syn-assess-${a.code}`) }));
  const moods = m.moods.map((x) => ctx.t('syn-mood-item', { mood: ctx.t(`syn-mood-${x.code}`), n: x.sources.length }));
  const sources = mergeSources(...m.assessments.map((a) => a.sources), ...m.moods.map((x) => x.sources));
  const text = ctx.t('syn-assess', { state: ctx.t(`syn-assess-${top.code}`), total, detail: listJoin(ctx, detail) });
  const mood = moods.length ? ` ${ctx.t('syn-mood', { moods: listJoin(ctx, moods) })}` : '';
  return [para(`${text}${mood}`, sourceNote(ctx, sources))];
}

/** Streams of one class of holders, largest first, each with the issue it is about. */
function groupParagraph(ctx: WriteContext, issues: IssueView[], cadres: boolean): Block {
  const picked: { s: StreamView; issue: IssueView }[] = issues
    .flatMap((issue) => issue.streams.map((s) => ({ s, issue })))
    .filter(({ s }) => CADRE_GROUPS.has(s.holder) === cadres)
    .sort((a, b) => PREVALENCES.indexOf(a.s.prevalence as never) - PREVALENCES.indexOf(b.s.prevalence as never))
    .slice(0, MAX_GROUP_CLAUSES);
  const lead = ctx.t(cadres ? 'syn-group-cadres' : 'syn-group-people');
  if (picked.length === 0) return para(`${lead} ${ctx.t(cadres ? 'syn-group-cadres-none' : 'syn-group-people-none')}`);
  const clauses = picked.map(({ s, issue }) => ctx.t('syn-group-clause', { clause: streamClause(ctx, s), issue: issue.title }));
  return para(`${lead} ${sentence(clauses, false)}`, sourceNote(ctx, mergeSources(...picked.map((p) => p.s.sources))));
}

/** I. The overall picture of thinking and mood, then by cán bộ, đảng viên and by Nhân dân. */
export function overview(ctx: WriteContext): Block[] {
  if (ctx.model.reports.length === 0) return [para(ctx.t('syn-none'))];
  const issues = [...ctx.model.issues].sort((a, b) => b.sources.length - a.sources.length);
  const general = aiBlocks(ctx, 'assessment') ?? assessment(ctx);
  return [...general, groupParagraph(ctx, issues, true), groupParagraph(ctx, issues, false)];
}
