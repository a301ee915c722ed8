import type { Block, DocOutline, Run } from './outline.js';

/** Markdown with the same content and order as the DOCX (for reading in chat, diffing, archives). */
const escape = (s: string) => s.replace(/([\\`*_[\]<>|#])/g, '\\$1').replace(/\n+/g, ' ');

function runs(list: Run[]): string {
  return list
    .map((r) => {
      const text = escape(r.text);
      const trimmed = text.trim();
      if (!trimmed || (!r.bold && !r.italic)) return text;
      const mark = r.bold ? '**' : '_';
      return text.replace(trimmed, `${mark}${trimmed}${mark}`);
    })
    .join('')
    .trim();
}

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `${b.level === 1 ? '###' : '####'} ${escape(b.text)}`;
    case 'para':
      return runs(b.runs);
    case 'bullets':
      return b.items.map((i) => `- ${runs(i)}`).join('\n');
    case 'table': {
      const row = (cells: string[], bold = false) => `| ${cells.map((c) => (bold && c ? `**${escape(c)}**` : escape(c))).join(' | ')} |`;
      const lines = [row(b.header), `|${b.header.map(() => ' --- ').join('|')}|`, ...b.rows.map((r) => row(r))];
      if (b.totalRow) lines.push(row(b.totalRow, true));
      return lines.join('\n');
    }
  }
}

export function renderMarkdown(doc: DocOutline): string {
  const h = doc.header;
  const parts = [
    `${escape(h.parent)}  \n**${escape(h.org)}**  \n\\*  \n${escape(h.number)}`,
    `**${escape(h.nation)}**  \n_${escape(h.placeDate)}_`,
    `# ${escape(doc.title)}\n\n**${escape(doc.subtitle)}**`,
    ...doc.blocks.map(block),
    `**${escape(doc.signature.role)}**  \n_${escape(doc.signature.note)}_`,
    `_${escape(doc.recipientsTitle)}_  \n${doc.recipients.map(escape).join('  \n')}`,
  ];
  return `${parts.join('\n\n')}\n`;
}
