import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Block, Run } from './document.js';

/** Blocks → DOCX paragraphs and tables; footnotes (provenance) and comments (AI review) are collected here. */
export const FONT = 'Times New Roman';
export const BODY = 28; // half-points: 14 pt
export const SMALL = 24;
export const MM = 56.7; // twips per millimetre
const INDENT = Math.round(12.7 * MM);
/** Text width of A4 with 30/15 mm margins, in pixels at 96 dpi (images are scaled to it). */
const TEXT_WIDTH_PX = Math.round(((210 - 45) / 25.4) * 96);

const LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

export interface Notes {
  footnotes: Record<number, { children: Paragraph[] }>;
  comments: { id: number; author: string; initials: string; date: Date; children: Paragraph[] }[];
}

export function createNotes(): Notes {
  return { footnotes: {}, comments: [] };
}

export const textRun = (r: Run, size = BODY) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic, font: FONT, size });

function runChildren(runs: Run[], notes: Notes, date: Date): ParagraphChild[] {
  return runs.flatMap((r): ParagraphChild[] => {
    if (!r.review) return [textRun(r)];
    const id = notes.comments.length;
    notes.comments.push({
      id,
      author: 'dlxh-bot',
      initials: 'AI',
      date,
      children: [new Paragraph({ children: [new TextRun({ text: r.review, font: FONT, size: 20 })] })],
    });
    return [
      new CommentRangeStart(id),
      new TextRun({ text: r.text, bold: r.bold, italics: r.italic, font: FONT, size: BODY, highlight: 'yellow' }),
      new CommentRangeEnd(id),
      new TextRun({ children: [new CommentReference(id)] }),
    ];
  });
}

function footnote(notes: Notes, text: string): FootnoteReferenceRun {
  const id = Object.keys(notes.footnotes).length + 1;
  notes.footnotes[id] = { children: [new Paragraph({ children: [new TextRun({ text, font: FONT, size: 20 })] })] };
  return new FootnoteReferenceRun(id);
}

function cellParagraph(text: string, bold: boolean, left: boolean, size: number): Paragraph {
  return new Paragraph({ alignment: left ? AlignmentType.LEFT : AlignmentType.CENTER, children: [textRun({ text, bold }, size)] });
}

/** Text width of the page in twips (A4 less 30 + 15 mm margins). */
const TEXT_WIDTH_TWIPS = Math.round((210 - 45) * MM);

/**
 * Column widths: a month-by-month table (many narrow number columns) gives its first column a
 * quarter of the width and a smaller font; other tables share the width by the longest text.
 */
function widths(b: Extract<Block, { kind: 'table' }>): number[] {
  const n = b.header.length;
  if (n > 7) {
    // The last column (the sum, or December) gets a little more room so "Cộng" does not break.
    const first = Math.round(TEXT_WIDTH_TWIPS * 0.22);
    const month = Math.floor((TEXT_WIDTH_TWIPS - first) / (n - 1 + 0.4));
    return [first, ...Array.from({ length: n - 2 }, () => month), TEXT_WIDTH_TWIPS - first - month * (n - 2)];
  }
  const longest = b.header.map((h, i) => Math.max(6, Math.min(40, ...[h, ...b.rows.map((r) => r[i] ?? '')].map((c) => c.length))));
  const total = longest.reduce((a, x) => a + x, 0);
  return longest.map((x) => Math.floor((TEXT_WIDTH_TWIPS * x) / total));
}

function table(b: Extract<Block, { kind: 'table' }>): (Paragraph | Table)[] {
  const size = b.header.length > 7 ? 17 : SMALL;
  const columnWidths = widths(b);
  const row = (cells: string[], bold: boolean, header = false) =>
    new TableRow({
      tableHeader: header,
      children: cells.map(
        (c, i) => new TableCell({ width: { size: columnWidths[i]!, type: WidthType.DXA }, children: [cellParagraph(c, bold, i === 0 || c.length > 24, size)] }),
      ),
    });
  const caption = b.caption ? [new Paragraph({ spacing: { before: 120, after: 60 }, children: [textRun({ text: b.caption, italic: true }, SMALL)] })] : [];
  return [
    ...caption,
    new Table({
      width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
      columnWidths,
      layout: TableLayoutType.FIXED,
      rows: [row(b.header, true, true), ...b.rows.map((r) => row(r, false)), ...(b.totalRow ? [row(b.totalRow, true)] : [])],
    }),
    new Paragraph({ children: [] }),
  ];
}

export function docxBlock(b: Block, notes: Notes, date: Date): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [new Paragraph({ heading: LEVELS[b.level], children: [new TextRun({ text: b.text })] })];
    case 'para':
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          spacing: { before: 60, after: 60, line: 300 },
          indent: { firstLine: INDENT },
          children: [...runChildren(b.runs, notes, date), ...(b.note ? [footnote(notes, b.note)] : [])],
        }),
      ];
    case 'table':
      return table(b);
    case 'image': {
      const width = Math.min(TEXT_WIDTH_PX, b.widthPx);
      const height = Math.round((b.heightPx * width) / b.widthPx);
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new ImageRun({ type: 'png', data: b.png, transformation: { width, height }, altText: { name: b.name, description: b.caption, title: b.caption } }),
          ],
        }),
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [textRun({ text: b.caption, italic: true }, SMALL)] }),
      ];
    }
  }
}
