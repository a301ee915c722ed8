import type { Locale, Translate } from '../kernel/i18n.js';
import { parsePeriod } from '../kernel/periods.js';
import { dmy, label, receipts } from './labels.js';
import type { SynthesisModel, TopicGroup, Traced } from './model.js';

/**
 * The document as a renderer-neutral outline (DOCX and Markdown render the same outline), in the
 * conventional layout of a Party committee body's report: header block (issuing body left,
 * "ĐẢNG CỘNG SẢN VIỆT NAM" right, number, place and date), title, numbered sections, recipients.
 */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'para'; runs: Run[] }
  | { kind: 'bullets'; items: Run[][] }
  | { kind: 'table'; header: string[]; rows: string[][]; totalRow?: string[] };

export interface DocOutline {
  header: { parent: string; org: string; number: string; nation: string; placeDate: string };
  title: string;
  subtitle: string;
  blocks: Block[];
  recipientsTitle: string;
  recipients: string[];
  signature: { role: string; note: string };
  fileStem: string;
}

export interface OrgInfo {
  parentName: string;
  orgName: string;
  place: string;
  docSuffix: string;
}

type T = (key: string, args?: Record<string, string | number>) => string;

const traced = (x: Traced): Run[] => [{ text: `${x.text} ` }, { text: receipts(x.receipts), italic: true }];

function list(t: T, items: Traced[]): Block {
  return items.length ? { kind: 'bullets', items: items.map(traced) } : { kind: 'para', runs: [{ text: t('syn-none'), italic: true }] };
}

function completeness(t: T, m: SynthesisModel): Block[] {
  const c = m.input.completeness;
  if (!c.total || c.units.length === 0) return [{ kind: 'para', runs: [{ text: t('syn-no-expected') }] }];
  const row = (s: (typeof c.units)[number], name: string) => [name, dmy(s.due), String(s.expected), String(s.onTime), String(s.late), String(s.missing)];
  return [
    {
      kind: 'table',
      header: ['syn-col-unit', 'syn-col-due', 'syn-col-expected', 'syn-col-on-time', 'syn-col-late', 'syn-col-missing'].map((k) => t(k)),
      rows: c.units.map((s) => row(s, s.name)),
      totalRow: [t('syn-total'), '', String(c.total.expected), String(c.total.onTime), String(c.total.late), String(c.total.missing)],
    },
    {
      kind: 'para',
      runs: [{ text: t('syn-completeness-summary', { expected: c.total.expected, onTime: c.total.onTime, late: c.total.late, missing: c.total.missing }) }],
    },
  ];
}

function general(t: T, lab: (list: string, code: string) => string, m: SynthesisModel): Block[] {
  if (m.reportCount === 0) return [{ kind: 'para', runs: [{ text: t('syn-none'), italic: true }] }];
  const tallies = (list: string, items: SynthesisModel['assessments']): Block => ({
    kind: 'bullets',
    items: items.map((x) => [
      { text: `${t('syn-tally', { label: lab(list, x.code), count: x.receipts.length })} ` },
      { text: receipts(x.receipts), italic: true },
    ]),
  });
  const out: Block[] = [];
  if (m.assessments.length) out.push({ kind: 'para', runs: [{ text: t('syn-assessment-intro'), bold: true }] }, tallies('assessment', m.assessments));
  if (m.moods.length) out.push({ kind: 'para', runs: [{ text: t('syn-mood-intro'), bold: true }] }, tallies('mood', m.moods));
  return out.length ? out : [{ kind: 'para', runs: [{ text: t('syn-none'), italic: true }] }];
}

function topic(t: T, lab: (list: string, code: string) => string, g: TopicGroup, n: number): Block[] {
  const out: Block[] = [{ kind: 'heading', level: 2, text: t('syn-topic', { n, name: g.name, count: g.receipts.length }) }];
  out.push({ kind: 'para', runs: [{ text: t('syn-issues'), bold: true }] }, list(t, g.issues));
  if (g.streams.length) {
    out.push({ kind: 'para', runs: [{ text: t('syn-streams'), bold: true }] });
    for (const s of g.streams) {
      const holders = s.holders.map((h) => lab('stratum', h)).join(', ');
      out.push({
        kind: 'para',
        runs: [{ text: t('syn-stream', { stance: lab('stance', s.stance), prevalence: lab('prevalence', s.prevalence), holders }), italic: true }],
      });
      out.push(list(t, s.contents));
    }
  }
  for (const [key, items] of [
    ['syn-causes', g.causes],
    ['syn-forecasts', g.forecasts],
    ['syn-proposals', g.proposals],
  ] as const) {
    if (items.length) out.push({ kind: 'para', runs: [{ text: t(key), bold: true }] }, list(t, items));
  }
  return out;
}

function hotSpots(t: T, lab: (list: string, code: string) => string, m: SynthesisModel): Block[] {
  if (m.hotSpots.length === 0) return [{ kind: 'para', runs: [{ text: t('syn-none'), italic: true }] }];
  return [
    {
      kind: 'table',
      header: ['syn-col-receipt', 'syn-col-unit', 'syn-col-category', 'syn-col-severity', 'syn-col-status', 'syn-col-outcome'].map((k) => t(k)),
      rows: m.hotSpots.map((h) => [
        `${h.receiptNo}${h.carriedOver ? ` ${t('syn-carried')}` : ''}`,
        h.unitName,
        lab('hscat', h.category),
        `${h.severity} – ${lab('hssev', String(h.severity))}`,
        lab('hsstatus', h.status),
        h.outcome ?? '',
      ]),
    },
  ];
}

export function buildOutline(model: SynthesisModel, tr: Translate, locale: Locale, org: OrgInfo): DocOutline {
  const t: T = (key, args) => tr(locale, key, args);
  const lab = (list: string, code: string) => label(tr, locale, list, code);
  const { year, month } = parsePeriod(model.input.period);
  const [gy, gm, gd] = model.input.generatedOn.split('-');
  const m = model;
  const intro: Run[] = [
    { text: `${t('syn-scope-line', { unit: m.input.scope.name })} ` },
    { text: `${t('syn-window-line', { from: dmy(m.input.window.from), to: dmy(m.input.window.to) })} ` },
    { text: m.reportCount ? t('syn-basis', { count: m.reportCount }) : t('syn-no-reports') },
  ];
  const blocks: Block[] = [
    { kind: 'para', runs: intro },
    { kind: 'heading', level: 1, text: t('syn-s1') },
    ...completeness(t, m),
    { kind: 'heading', level: 1, text: t('syn-s2') },
    ...general(t, lab, m),
    { kind: 'heading', level: 1, text: t('syn-s3') },
    ...(m.topics.length ? m.topics.flatMap((g, i) => topic(t, lab, g, i + 1)) : [list(t, [])]),
    { kind: 'heading', level: 1, text: t('syn-s4') },
    list(t, m.rumours),
    { kind: 'heading', level: 1, text: t('syn-s5') },
    ...hotSpots(t, lab, m),
    { kind: 'heading', level: 1, text: t('syn-s6') },
    list(t, m.goodPractices),
    { kind: 'heading', level: 1, text: t('syn-s7') },
    list(t, m.proposals),
    { kind: 'para', runs: [{ text: t('syn-generated', { date: dmy(m.input.generatedOn) }), italic: true }] },
  ];
  return {
    header: {
      parent: org.parentName,
      org: org.orgName,
      number: t('syn-number', { suffix: org.docSuffix }),
      nation: t('syn-nation'),
      placeDate: t('syn-place-date', { place: org.place, day: gd ?? '', month: gm ?? '', year: gy ?? '' }),
    },
    title: t('syn-title'),
    subtitle: t('syn-subtitle', { month: String(month), year: String(year) }),
    blocks,
    recipientsTitle: t('syn-recipients-title'),
    recipients: t('syn-recipients')
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean),
    signature: { role: t('syn-sign-role'), note: t('syn-sign-note') },
    fileStem: `tong-hop-${m.input.scope.code.toLowerCase()}-${m.input.period}`,
  };
}
