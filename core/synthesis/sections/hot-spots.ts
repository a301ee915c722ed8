import type { HotSpotData, TimelineEntry } from '../collect.js';
import { para, type Block } from '../document.js';
import { ddmm, dmy, lcFirst, sentence, stripEnd, type WriteContext } from '../prose.js';

/** The stored estimate is the lower bound of the range the reporter tapped (core/hot-spots PEOPLE_RANGES). */
function peopleText(ctx: WriteContext, n: number | null): string {
  if (n === null) return ctx.t('syn-hs-people-unknown');
  const ranges: Record<number, string> = { 1: 'lt10', 10: '10_50', 50: '50_200', 200: 'gt200' };
  return ranges[n] ? ctx.t(`syn-hs-people-${ranges[n]}`) : ctx.t('syn-hs-people-about', { n });
}

/** "08:00 ngày 12/11/2026" from "2026-11-12 08:00". */
const whenText = (ctx: WriteContext, at: string) => ctx.t('syn-at', { time: at.slice(11, 16), date: dmy(at.slice(0, 10)) });

/** Entries of one day after the first show the time only ("08:00 ngày 12/11; 08:20; …"). */
function timeline(ctx: WriteContext, entries: TimelineEntry[]): string {
  const items = entries.map((e, i) => {
    const sameDay = i > 0 && entries[i - 1]!.at.slice(0, 10) === e.at.slice(0, 10);
    const when = sameDay ? e.at.slice(11, 16) : ctx.t('syn-at', { time: e.at.slice(11, 16), date: ddmm(e.at) });
    return ctx.t(`syn-tl-${e.kind}`, { when, unit: e.unitName ?? '', note: e.note ? stripEnd(e.note) : '' });
  });
  return sentence(items, false);
}

function spotBlocks(ctx: WriteContext, h: HotSpotData, n: number): Block[] {
  const lead = ctx.t('syn-hs-lead', {
    n,
    category: ctx.lab('hscat', h.category),
    place: h.placeText ? stripEnd(h.placeText) : ctx.t('syn-hs-place-unknown'),
    unit: h.unitName,
    severity: `${h.severity} – ${ctx.lab('hssev', String(h.severity))}`,
  });
  const facts = ctx.t('syn-hs-facts', {
    when: whenText(ctx, h.createdAt),
    description: h.description ? lcFirst(stripEnd(h.description)) : ctx.t('syn-hs-no-description'),
    people: peopleText(ctx, h.peopleEstimate),
  });
  const note = ctx.t('syn-hs-note', { receipt: h.receiptNo, carried: h.carriedOver ? ctx.t('syn-hs-carried') : '' });
  const out: Block[] = [{ kind: 'para', runs: [{ text: lead, bold: true }, { text: ` ${facts}` }], note }];
  if (h.timeline.length) out.push(para(`${ctx.t('syn-hs-timeline')} ${timeline(ctx, h.timeline)}`));
  const status = ctx.lab('hsstatus', h.status);
  const outcome = h.outcome ? ctx.t('syn-hs-outcome', { status, outcome: stripEnd(h.outcome) }) : ctx.t('syn-hs-status', { status });
  out.push(para(outcome));
  return out;
}

/** V. Hot spots of the period: place, description, number of people, handling timeline, outcome. */
export function hotSpotsSection(ctx: WriteContext): Block[] {
  const list = ctx.model.hotSpots;
  if (list.length === 0) return [para(ctx.t('syn-hs-none'))];
  const carried = list.filter((h) => h.carriedOver).length;
  const urgent = list.filter((h) => h.severity >= 3).length;
  const intro = para(ctx.t('syn-hs-intro', { n: list.length, fresh: list.length - carried, carried, urgent }));
  return [intro, ...list.flatMap((h, i) => spotBlocks(ctx, h, i + 1))];
}
