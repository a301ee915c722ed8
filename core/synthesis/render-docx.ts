import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { DocOutline, Run } from './document.js';
import { BODY, createNotes, docxBlock, FONT, MM, SMALL, textRun, type Notes } from './render-docx-blocks.js';

/**
 * DOCX in the layout of 36-HD/VPTW: A4, Times New Roman 14 pt, margins 20/15/20/30 mm, a
 * borderless two-column header block, real heading styles (the outline shows in Word), the
 * draft note in the page header, page numbers from the second page, provenance as footnotes,
 * AI sentences highlighted with a review comment, the source list as an appendix.
 */
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

function centred(runs: Run[], size = SMALL, after = 0): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children: runs.map((r) => textRun(r, size)) });
}

function twoColumns(left: Paragraph[], right: Paragraph[], leftShare = 45): Table {
  const cell = (children: Paragraph[], pct: number) => new TableCell({ children, width: { size: pct, type: WidthType.PERCENTAGE }, borders: NO_BORDERS });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, leftShare), cell(right, 100 - leftShare)] })],
  });
}

function header(doc: DocOutline): Table {
  const h = doc.header;
  return twoColumns(
    [
      centred([{ text: h.parent }], SMALL + 2),
      centred([{ text: h.org, bold: true }], SMALL + 2),
      centred([{ text: '*' }]),
      centred([{ text: h.number }], BODY),
    ],
    [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 240 },
        children: [new TextRun({ text: h.nation, bold: true, underline: {}, font: FONT, size: 30 })],
      }),
      centred([{ text: h.placeDate, italic: true }], SMALL + 2),
    ],
    46,
  );
}

function footer(doc: DocOutline): Table {
  return twoColumns(
    [
      new Paragraph({ children: [new TextRun({ text: doc.recipientsTitle, bold: true, italics: true, font: FONT, size: 24 })] }),
      ...doc.recipients.map((r) => new Paragraph({ children: [new TextRun({ text: r, font: FONT, size: 22 })] })),
    ],
    [centred([{ text: doc.signature.role, bold: true }], BODY), centred([{ text: doc.signature.note, italic: true }], SMALL)],
    50,
  );
}

const draftHeader = (doc: DocOutline) => new Header({ children: [centred([{ text: doc.draftNote, italic: true }], 20)] });
const numberHeader = (doc: DocOutline) =>
  new Header({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: BODY })] }),
      centred([{ text: doc.draftNote, italic: true }], 16),
    ],
  });

const heading = (id: string, name: string, size: number, italics = false) => ({
  id,
  name,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  run: { font: FONT, size, bold: true, italics, color: '000000' },
  paragraph: { spacing: { before: 160, after: 60 }, indent: { firstLine: Math.round(12.7 * MM) }, keepNext: true, outlineLevel: Number(id.slice(-1)) - 1 },
});

function body(doc: DocOutline, notes: Notes, date: Date) {
  return [
    header(doc),
    new Paragraph({ spacing: { before: 360 }, alignment: AlignmentType.CENTER, children: [textRun({ text: doc.title, bold: true }, 32)] }),
    centred([{ text: doc.subtitle, bold: true }], BODY),
    centred([{ text: '-----' }], BODY, 240),
    ...doc.blocks.flatMap((b) => docxBlock(b, notes, date)),
    new Paragraph({ children: [] }),
    footer(doc),
    new Paragraph({
      pageBreakBefore: true,
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [textRun({ text: doc.appendixTitle, bold: true })],
    }),
    ...doc.appendix.flatMap((b) => docxBlock(b, notes, date)),
  ];
}

function buildDocx(doc: DocOutline, date = new Date(0)): Document {
  const notes = createNotes();
  const children = body(doc, notes, date);
  const section: ISectionOptions = {
    properties: {
      titlePage: true,
      page: {
        size: { width: 11906, height: 16838 },
        margin: { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) },
      },
    },
    headers: { first: draftHeader(doc), default: numberHeader(doc) },
    children,
  };
  return new Document({
    creator: 'dlxh-bot',
    title: `${doc.title} ${doc.subtitle}`,
    styles: {
      default: { document: { run: { font: FONT, size: BODY } } },
      paragraphStyles: [heading('Heading1', 'Heading 1', BODY), heading('Heading2', 'Heading 2', BODY), heading('Heading3', 'Heading 3', BODY, true)],
    },
    footnotes: notes.footnotes,
    comments: { children: notes.comments },
    sections: [section],
  });
}

export function renderDocx(doc: DocOutline, date?: Date): Promise<Buffer> {
  return Packer.toBuffer(buildDocx(doc, date));
}
