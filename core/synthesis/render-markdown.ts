import type { Block, DocOutline, Run } from './document.js';

/**
 * Markdown with the same content and order as the DOCX (for reading in chat, diffing, archives):
 * provenance and AI review notes as footnotes, charts as images saved beside the file.
 */
const escape = (s: string) => s.replace(/([\\`*_[\]<>|#])/g, '\\$1').replace(/\n+/g, ' ');

class Footnotes {
  readonly lines: string[] = [];
  add(text: string): string {
    this.lines.push(`[^${this.lines.length + 1}]: ${escape(text)}`);
    return `[^${this.lines.length}]`;
  }
}

function runs(list: Run[], notes: Footnotes): string {
  return list
    .map((r) => {
      const text = escape(r.text);
      const trimmed = text.trim();
      if (r.review) return `**[AI]** ${trimmed}${notes.add(r.review)}`;
      if (!trimmed || (!r.bold && !r.italic)) return text;
      const mark = r.bold ? '**' : '_';
      return text.replace(trimmed, `${mark}${trimmed}${mark}`);
    })
    .join('')
    .trim();
}

function table(b: Extract<Block, { kind: 'table' }>): string {
  const row = (cells: string[], bold = false) => `| ${cells.map((c) => (bold && c ? `**${escape(c)}**` : escape(c))).join(' | ')} |`;
  const lines = [
    ...(b.caption ? [`_${escape(b.caption)}_`, ''] : []),
    row(b.header),
    `|${b.header.map(() => ' --- ').join('|')}|`,
    ...b.rows.map((r) => row(r)),
  ];
  if (b.totalRow) lines.push(row(b.totalRow, true));
  return lines.join('\n');
}

function block(b: Block, notes: Footnotes, stem: string): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level + 2)} ${escape(b.text)}`;
    case 'para':
      return `${runs(b.runs, notes)}${b.note ? notes.add(b.note) : ''}`;
    case 'table':
      return table(b);
    case 'image':
      return `![${escape(b.caption)}](${imageFile(stem, b.name)})`;
  }
}

export const imageFile = (stem: string, name: string) => `${stem}-${name}.png`;

/** `imageStem`: the file-name stem the chart PNGs are saved under, beside the Markdown file. */
export function renderMarkdown(doc: DocOutline, imageStem = doc.fileStem): string {
  const h = doc.header;
  const notes = new Footnotes();
  const parts = [
    `_${escape(doc.draftNote)}_`,
    `${escape(h.parent)}  \n**${escape(h.org)}**  \n\\*  \n${escape(h.number)}`,
    `**${escape(h.nation)}**  \n_${escape(h.placeDate)}_`,
    `# ${escape(doc.title)}\n\n**${escape(doc.subtitle)}**`,
    ...doc.blocks.map((b) => block(b, notes, imageStem)),
    `**${escape(doc.signature.role)}**  \n_${escape(doc.signature.note)}_`,
    `_${escape(doc.recipientsTitle)}_  \n${doc.recipients.map(escape).join('  \n')}`,
    `## ${escape(doc.appendixTitle)}`,
    ...doc.appendix.map((b) => block(b, notes, imageStem)),
    ...(notes.lines.length ? [notes.lines.join('\n')] : []),
  ];
  return `${parts.join('\n\n')}\n`;
}
