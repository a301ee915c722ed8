import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type ISectionOptions } from 'docx';
import type { Block, DocOutline, Run } from './outline.js';

/**
 * DOCX in the conventional Vietnamese administrative layout: A4, Times New Roman 14 pt body,
 * margins 20/15/20/30 mm (top/right/bottom/left), a borderless two-column header block, centred
 * bold title, justified paragraphs with a first-line indent, "Nơi nhận" and signature blocks.
 */
const FONT = 'Times New Roman';
const BODY = 28; // half-points: 14 pt
const SMALL = 26;
const MM = 56.7; // twips per millimetre
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

const text = (r: Run, size = BODY) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic, font: FONT, size });

function centred(runs: Run[], size = SMALL, after = 0): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children: runs.map((r) => text(r, size)) });
}

function body(runs: Run[], indent = true): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { before: 60, after: 60, line: 300 },
    indent: indent ? { firstLine: Math.round(12.7 * MM) } : undefined,
    children: runs.map((r) => text(r)),
  });
}

function twoColumns(left: Paragraph[], right: Paragraph[], leftShare = 45): Table {
  const cell = (children: Paragraph[], pct: number) => new TableCell({ children, width: { size: pct, type: WidthType.PERCENTAGE }, borders: NO_BORDERS });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, leftShare), cell(right, 100 - leftShare)] })],
  });
}

function table(b: Extract<Block, { kind: 'table' }>): Table {
  const row = (cells: string[], bold: boolean) =>
    new TableRow({
      children: cells.map(
        (c, i) =>
          new TableCell({
            children: [new Paragraph({ alignment: i === 0 ? AlignmentType.LEFT : AlignmentType.CENTER, children: [text({ text: c, bold }, SMALL)] })],
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(b.header, true), ...b.rows.map((r) => row(r, false)), ...(b.totalRow ? [row(b.totalRow, true)] : [])],
  });
}

function block(b: Block): (Paragraph | Table)[] {
  if (b.kind === 'heading')
    return [
      new Paragraph({ spacing: { before: 120, after: 60 }, indent: { firstLine: Math.round(12.7 * MM) }, children: [text({ text: b.text, bold: true })] }),
    ];
  if (b.kind === 'para') return [body(b.runs)];
  if (b.kind === 'bullets') return b.items.map((i) => body([{ text: '- ' }, ...i]));
  return [table(b), new Paragraph({ children: [] })];
}

function header(doc: DocOutline): Table {
  const h = doc.header;
  return twoColumns(
    [centred([{ text: h.parent }]), centred([{ text: h.org, bold: true }]), centred([{ text: '*' }]), centred([{ text: h.number }])],
    [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 240 },
        children: [new TextRun({ text: h.nation, bold: true, underline: {}, font: FONT, size: 30 })],
      }),
      centred([{ text: h.placeDate, italic: true }], BODY),
    ],
  );
}

function footer(doc: DocOutline): Table {
  return twoColumns(
    [
      new Paragraph({ children: [new TextRun({ text: doc.recipientsTitle, bold: true, italics: true, underline: {}, font: FONT, size: 24 })] }),
      ...doc.recipients.map((r) => new Paragraph({ children: [new TextRun({ text: r, font: FONT, size: 22 })] })),
    ],
    [centred([{ text: doc.signature.role, bold: true }], BODY), centred([{ text: doc.signature.note, italic: true }], SMALL)],
    50,
  );
}

export function buildDocx(doc: DocOutline): Document {
  const section: ISectionOptions = {
    properties: {
      page: {
        size: { width: 11906, height: 16838 },
        margin: { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) },
      },
    },
    children: [
      header(doc),
      new Paragraph({ spacing: { before: 360 }, alignment: AlignmentType.CENTER, children: [text({ text: doc.title, bold: true }, 32)] }),
      centred([{ text: doc.subtitle, bold: true }], BODY),
      centred([{ text: '-----' }], BODY, 240),
      ...doc.blocks.flatMap(block),
      new Paragraph({ children: [] }),
      footer(doc),
    ],
  };
  return new Document({
    creator: 'dlxh-bot',
    title: `${doc.title} ${doc.subtitle}`,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [section],
  });
}

export function renderDocx(doc: DocOutline): Promise<Buffer> {
  return Packer.toBuffer(buildDocx(doc));
}
