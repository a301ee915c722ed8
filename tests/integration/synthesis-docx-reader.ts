import { inflateRawSync } from 'node:zlib';

/**
 * A minimal ZIP reader (central directory → local entries, stored or deflated), independent of
 * the `docx` package, to prove a generated .docx opens and to read its text back.
 */
export function unzip(buf: Buffer): Map<string, Buffer> {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file (no end of central directory)');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const files = new Map<string, Buffer>();
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory entry');
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const skip = nameLen + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.subarray(at + 46, at + 46 + nameLen).toString('utf8');
    if (buf.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + size);
    files.set(name, method === 0 ? Buffer.from(raw) : method === 8 ? inflateRawSync(raw) : Buffer.alloc(0));
    at += 46 + skip;
  }
  return files;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of word/document.xml, one line per paragraph. */
export function docxText(buf: Buffer): string {
  const xml = unzip(buf).get('word/document.xml')?.toString('utf8');
  if (!xml) throw new Error('no word/document.xml');
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .map((s) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!))
    .filter((s) => s.length > 0)
    .join('\n');
}

const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!);

/** Text of any XML part of the package (headers, footnotes, comments), one line per paragraph. */
export function partText(buf: Buffer, name: string): string {
  const xml = unzip(buf).get(name)?.toString('utf8') ?? '';
  return xml
    .split('</w:p>')
    .map((p) => decode([...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')))
    .filter((s) => s.length > 0)
    .join('\n');
}

/** The body's paragraphs with their style id ("Heading1"…; '' for Normal). */
export function docxParagraphs(buf: Buffer): { style: string; text: string }[] {
  const xml = unzip(buf).get('word/document.xml')?.toString('utf8') ?? '';
  return xml
    .split('</w:p>')
    .map((p) => ({
      style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? '',
      text: decode([...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
    }))
    .filter((p) => p.text.length > 0);
}

/** The rows of the first worksheet of an XLSX, cells as strings (inline strings or values). */
export function xlsxRows(buf: Buffer): string[][] {
  const xml = unzip(buf).get('xl/worksheets/sheet1.xml')?.toString('utf8');
  if (!xml) throw new Error('no xl/worksheets/sheet1.xml');
  return [...xml.matchAll(/<row [^>]*>([\s\S]*?)<\/row>/g)].map((row) => {
    const cells: string[] = [];
    // A cell without a reference (r="B3") is the one after the previous cell.
    for (const c of row[1]!.matchAll(/<c(?: r="([A-Z]+)\d+")?(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const col = c[1] ? [...c[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 : cells.length;
      const inner = c[2] ?? '';
      cells[col] = decode(/<t[^>]*>([\s\S]*?)<\/t>/.exec(inner)?.[1] ?? /<v>([^<]*)<\/v>/.exec(inner)?.[1] ?? '');
    }
    return Array.from(cells, (v) => v ?? '');
  });
}
