import { extname } from 'node:path';
import { eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import type { Executor } from '../../db/client.js';
import { charterVersions, media } from '../../db/schema/index.js';
import { storeContent } from '../media/store.js';

/**
 * The document a Quy chế version was published from: its text for the chat, and the file itself
 * kept under FILES_DIR like any attachment (a `media` row owned by the version, so export, erase
 * and retention see it the same way).
 */
export type CharterSource = { kind: 'text'; text: string } | { kind: 'document'; mimeType: string; text: string | null };

const TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

class CharterFileError extends Error {
  override readonly name = 'CharterFileError';
}

/** .md / .txt are the text; a .docx gives its paragraphs; a .pdf has no text we can read (give it with --text). */
export function readCharterFile(name: string, bytes: Uint8Array): CharterSource {
  const ext = extname(name).toLowerCase();
  if (ext === '.md' || ext === '.txt') return { kind: 'text', text: plainMarkdown(strFromU8(bytes)) };
  if (ext === '.docx') return { kind: 'document', mimeType: TYPES[ext]!, text: docxText(bytes) };
  if (ext === '.pdf') return { kind: 'document', mimeType: TYPES[ext]!, text: null };
  throw new CharterFileError(`unsupported file type ${ext || '(none)'}`);
}

/** Markdown read as plain text in chat: heading marks and emphasis stars dropped, the words kept. */
function plainMarkdown(md: string): string {
  return md
    .replace(/^\uFEFF/, '')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\*\*(.+?)\*\*/g, '$1');
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

/** Paragraphs of word/document.xml, blank lines between them. */
function docxText(bytes: Uint8Array): string {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' });
  } catch {
    throw new CharterFileError('not a docx file');
  }
  const xml = files['word/document.xml'];
  if (!xml) throw new CharterFileError('not a docx file');
  const paras = [...strFromU8(xml).matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>/g)]
      .map((m) => m[1]!.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => XML_ENTITIES[e]!))
      .join(''),
  );
  return paras.filter((p) => p.trim() !== '').join('\n\n');
}

/** Keeps the file (content-addressed) and links it to the version. */
export async function attachCharterDocument(
  tx: Executor,
  filesDir: string,
  versionId: string,
  file: { name: string; mimeType: string; bytes: Uint8Array },
): Promise<string> {
  const { sha256, storedPath } = await storeContent(filesDir, file.bytes);
  const [row] = await tx
    .insert(media)
    .values({
      ownerType: 'charter',
      ownerId: versionId,
      channel: 'admin',
      kind: 'document',
      fileId: sha256,
      mimeType: file.mimeType,
      fileName: file.name,
      size: file.bytes.length,
      storedPath,
      sha256,
      status: 'stored',
    })
    .returning({ id: media.id });
  await tx.update(charterVersions).set({ mediaId: row!.id }).where(eq(charterVersions.id, versionId));
  return row!.id;
}
