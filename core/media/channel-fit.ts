import type { ChannelName, MediaKind } from '../kernel/messages.js';

/** A file kept under FILES_DIR (core/media/store.ts), as the send path needs it. */
export interface KeptFile {
  /** Absolute path: the adapters upload local files. */
  path: string;
  mimeType: string;
  fileName: string;
  size: number;
}

const MB = 1024 * 1024;
/** Zalo OA uploads: jpg/png images up to 1 MB, pdf/doc/docx files up to 5 MB (bot/channels/zalo-oa/client.ts). */
const ZALO_IMAGES = new Set(['image/jpeg', 'image/png']);
const ZALO_FILES = new Set(['application/pdf', 'application/msword']);

function zaloTakes(f: KeptFile): 'photo' | 'document' | null {
  if (ZALO_IMAGES.has(f.mimeType)) return f.size <= MB ? 'photo' : null;
  // A .docx is a zip by its bytes: the name says which zip Zalo accepts.
  const docx = f.mimeType === 'application/zip' && /\.docx$/i.test(f.fileName);
  return (ZALO_FILES.has(f.mimeType) || docx) && f.size <= 5 * MB ? 'document' : null;
}

/**
 * Pure: how a kept file goes out on a channel, or null when that channel cannot carry it (Zalo
 * Bot takes no uploads; Zalo OA only the kinds and sizes above). Telegram takes photos up to
 * 10 MB and any document up to 50 MB; the sandbox shows any file.
 */
export function keptFileKind(f: KeptFile, channel: ChannelName): Extract<MediaKind, 'photo' | 'document'> | null {
  const image = f.mimeType.startsWith('image/') && f.mimeType !== 'image/gif';
  switch (channel) {
    case 'zalobot':
      return null;
    case 'zalo':
      return zaloTakes(f);
    case 'telegram':
      if (image && f.size <= 10 * MB) return 'photo';
      return f.size <= 50 * MB ? 'document' : null;
    case 'sandbox':
      return image ? 'photo' : 'document';
  }
}
