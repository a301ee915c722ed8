import { SCOPES } from '../../reports/draft.js';
import { heading, para, type Block } from '../document.js';
import { mergeSources, type IssueView, type Source } from '../model.js';
import { listJoin, sentence, sourceNote, streamClause, titled, type WriteContext } from '../prose.js';

const LETTERS = 'abcdefghiklmnopqrstuvxy';
const letter = (i: number) => LETTERS[i % LETTERS.length]!.repeat(1 + Math.floor(i / LETTERS.length));

/** "2 báo cáo định kỳ của Xã Tân Cương, 1 báo cáo nhanh của Phường …": quick and periodic marked. */
function origin(ctx: WriteContext, sources: Source[]): string {
  const groups = new Map<string, number>();
  for (const s of sources) groups.set(`${s.kind}|${s.unitName}`, (groups.get(`${s.kind}|${s.unitName}`) ?? 0) + 1);
  const items = [...groups.entries()].map(([key, n]) => {
    const [kind, unit] = key.split('|');
    return ctx.t('syn-origin-item', { n, kind: ctx.t(`syn-kind-${kind}`), unit: unit ?? '' });
  });
  return listJoin(ctx, items);
}

/** One issue: its facts (summaries), where the reports came from, and each opinion stream. */
function issueBlocks(ctx: WriteContext, issue: IssueView, index: number): Block[] {
  const out: Block[] = [heading(3, `${letter(index)}) ${issue.title}`)];
  const facts = issue.summaries.map((s) => s.text);
  const lead = ctx.t('syn-issue-origin', { topic: issue.topicName, origin: origin(ctx, issue.sources) });
  out.push(para(facts.length ? `${sentence(facts)} ${lead}` : lead, sourceNote(ctx, mergeSources(...issue.summaries.map((s) => s.sources), issue.sources))));
  if (issue.streams.length) {
    const clauses = issue.streams.map((s) => streamClause(ctx, s));
    out.push(para(`${ctx.t('syn-issue-opinion')} ${sentence(clauses, false)}`, sourceNote(ctx, mergeSources(...issue.streams.map((s) => s.sources)))));
  }
  return out;
}

/** II. Opinion on notable issues, by the scope the reporters gave: international → local. */
export function issuesSection(ctx: WriteContext): Block[] {
  const issues = ctx.model.issues;
  if (issues.length === 0) return [para(ctx.t(ctx.model.reports.length ? 'syn-issues-none' : 'syn-none'))];
  const out: Block[] = [];
  let n = 0;
  for (const scope of [...SCOPES, null]) {
    const group = issues.filter((i) => i.scope === scope);
    if (group.length === 0) continue;
    out.push(heading(2, `${++n}. ${ctx.t(`syn-scope-${scope ?? 'none'}`)}`));
    group.forEach((issue, i) => out.push(...issueBlocks(ctx, issue, i)));
  }
  return out;
}

/** III. Opinion in cyberspace: issues and rumours reported from social media or spreading there. */
export function onlineSection(ctx: WriteContext): Block[] {
  const online = [...ctx.model.issues, ...ctx.model.rumourIssues].filter((i) => i.online);
  if (online.length === 0) return [para(ctx.t(ctx.model.reports.length ? 'syn-online-none' : 'syn-none'))];
  const out: Block[] = [para(ctx.t('syn-online-intro', { n: online.length }))];
  for (const issue of online) {
    const main = issue.streams[0];
    const clauses = [...issue.summaries.map((s) => s.text).slice(0, 1), ...(main ? [streamClause(ctx, main)] : [])];
    out.push(para(titled(issue.title, clauses), sourceNote(ctx, issue.sources)));
  }
  return out;
}

/** IV. Rumours, kept apart from opinion (domain-vi §1.2), each with its streams and proposals. */
export function rumoursSection(ctx: WriteContext): Block[] {
  const m = ctx.model;
  const out: Block[] = [];
  for (const issue of m.rumourIssues) {
    out.push(
      para(
        titled(
          issue.title,
          issue.summaries.map((s) => s.text),
        ),
        sourceNote(ctx, issue.sources),
      ),
    );
    if (issue.streams.length)
      out.push(
        para(
          `${ctx.t('syn-rumour-reaction')} ${sentence(
            issue.streams.map((s) => streamClause(ctx, s)),
            false,
          )}`,
        ),
      );
    if (issue.proposals.length)
      out.push(
        para(
          `${ctx.t('syn-rumour-proposal')} ${sentence(
            issue.proposals.map((p) => p.text),
            false,
          )}`,
        ),
      );
  }
  for (const note of m.rumourNotes) out.push(para(sentence([note.text]), sourceNote(ctx, note.sources)));
  return out.length ? out : [para(ctx.t(m.reports.length ? 'syn-rumours-none' : 'syn-none'))];
}
