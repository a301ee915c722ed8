import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { request } from 'undici';
import { AppError } from '../../../core/kernel/errors.js';

interface LoadedMedia {
  bytes: Uint8Array;
  fileName: string;
  mimeType?: string;
}

/** Where outbound media bytes come from before an upload: an http(s) URL or a local path. */
export type MediaLoader = (source: string, fileName?: string) => Promise<LoadedMedia>;

export class MediaLoadError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('media_load_failed', message, options);
  }
}

export const isHttpUrl = (s: string): boolean => /^https?:\/\//i.test(s);

/** Default loader: downloads URLs with undici, reads paths (and file:// URLs) from disk. */
export const loadMedia: MediaLoader = async (source, fileName) => {
  if (isHttpUrl(source)) {
    const res = await request(source, { method: 'GET', headersTimeout: 15_000, bodyTimeout: 30_000 }).catch((cause: unknown) => {
      throw new MediaLoadError('could not download media', { cause });
    });
    if (res.statusCode !== 200) {
      await res.body.dump();
      throw new MediaLoadError(`media download answered HTTP ${res.statusCode}`);
    }
    const bytes = new Uint8Array(await res.body.arrayBuffer());
    const type = res.headers['content-type'];
    const name = fileName ?? (basename(new URL(source).pathname) || 'file');
    return { bytes, fileName: name, ...(typeof type === 'string' ? { mimeType: type } : {}) };
  }
  const path = source.startsWith('file://') ? fileURLToPath(source) : source;
  const bytes = await readFile(path).catch((cause: unknown) => {
    throw new MediaLoadError('could not read media file', { cause });
  });
  return { bytes: new Uint8Array(bytes), fileName: fileName ?? basename(path) };
};
